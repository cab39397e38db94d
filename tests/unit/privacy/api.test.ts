import { AutoLinkNode, LinkNode } from '@lexical/link'
import { ListItemNode, ListNode } from '@lexical/list'
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { $getRoot, createEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import type { ApiEvent } from '../../../src/shared/api/events.ts'
import { failure, newCore, workshopWithCountermeasures } from '../outcomes/fixture.ts'

const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 })
const para = (...children: unknown[]) => ({ type: 'paragraph', children, direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' })
const state = (...children: unknown[]) =>
  JSON.stringify({ root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } })

/** Lexical itself loads the stored JSON and reads its text: the note must stay a valid editor state. */
function lexicalText(json: string): string {
  const ed = createEditor({ nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode], onError: (e) => { throw e } })
  return ed.parseEditorState(json).read(() => $getRoot().getTextContent())
}

describe('notes', () => {
  it('saves per meeting and per phase, derives the plain text, and is not an undo step', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const history = (await core.call('workshop.get', { docId: ws.docId })).history
    const meetingNote = await core.call('note.save', { docId: ws.docId, meetingId: ws.meetingId, phaseId: null, lexicalJson: state(para(text('Hela mötet'))) })
    const phaseNote = await core.call('note.save', {
      docId: ws.docId,
      meetingId: ws.meetingId,
      phaseId: ws.phaseId,
      lexicalJson: state(para(text('Första')), para(text('Andra '), text('fet', 1)))
    })
    expect(phaseNote.plainText).toBe('Första\n\nAndra fet')
    expect(phaseNote.plainText).toBe(lexicalText(phaseNote.lexicalJson))
    const updated = await core.call('note.save', { docId: ws.docId, meetingId: ws.meetingId, phaseId: ws.phaseId, lexicalJson: state(para(text('Ändrad'))) })
    expect(updated.id).toBe(phaseNote.id)
    expect(await core.call('note.get', { docId: ws.docId, meetingId: ws.meetingId, phaseId: ws.phaseId })).toEqual(updated)
    expect(await core.call('note.get', { docId: ws.docId, meetingId: ws.meetingId, phaseId: null })).toEqual(meetingNote)
    expect((await core.call('note.list', { docId: ws.docId })).map((n) => n.plainText).sort()).toEqual(['Hela mötet', 'Ändrad'])
    expect((await core.call('workshop.get', { docId: ws.docId })).history).toEqual(history)
  })

  it('writes nothing when autosave sends the same content again', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const json = state(para(text('Samma')))
    await core.call('note.save', { docId: ws.docId, meetingId: ws.meetingId, phaseId: null, lexicalJson: json })
    const events: ApiEvent[] = []
    const off = core.subscribe((e) => events.push(e))
    await core.call('note.save', { docId: ws.docId, meetingId: ws.meetingId, phaseId: null, lexicalJson: json })
    off()
    expect(events).toEqual([])
  })

  it('refuses what is not a note, naming the field', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const save = (lexicalJson: string, place: { meetingId?: string; phaseId?: string | null } = {}) =>
      failure(core, 'note.save', { docId: ws.docId, meetingId: ws.meetingId, phaseId: null, ...place, lexicalJson })
    expect((await save('not json')).issues?.[0].path).toBe('lexicalJson')
    expect((await save('{"root":{"type":"root"}}')).issues?.[0].path).toBe('lexicalJson.root.children')
    const js = await save(state(para({ type: 'link', url: 'javascript:alert(1)', children: [text('x')], version: 1 })))
    expect([js.code, js.issues?.[0].path]).toEqual(['invalid_input', 'lexicalJson.root.children[0].children[0].url'])
    expect((await save(state(), { meetingId: 'nope' })).code).toBe('not_found')
    const e = await save(state(), { phaseId: ws.otherPhaseId })
    expect([e.code, e.issues?.[0].path]).toEqual(['invalid_input', 'phaseId'])
    expect((await save(state(), { phaseId: 'nope' })).code).toBe('not_found')
    expect(await core.call('note.list', { docId: ws.docId })).toEqual([])
  })
})

describe('personal-data guard', () => {
  it('finds a personnummer on a sticky, replaces it, and undo brings the sticky back', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const sticky = await core.call('sticky.add', { docId: ws.docId, phaseId: ws.phaseId, text: 'Kontakta mig, 811218-9876, om bostaden' })
    const { hits } = await core.call('privacy.scan', { docId: ws.docId })
    expect(hits).toEqual([{ entity: 'sticky', id: sticky.id, field: 'text', kind: 'personnummer', match: '811218-9876', start: 14, end: 25 }])
    const r = await core.call('privacy.resolve', { docId: ws.docId, ...hits[0], style: 'placeholder' })
    expect(r.text).toBe('Kontakta mig, [personnummer], om bostaden')
    const resolved = await core.call('workshop.get', { docId: ws.docId })
    expect(resolved.data.stickies.find((s) => s.id === sticky.id)?.text).toBe(r.text)
    expect(resolved.history.undoLabel).toBe('privacy.resolve')
    await core.call('history.undo', { docId: ws.docId })
    const { data } = await core.call('workshop.get', { docId: ws.docId })
    expect(data.stickies.find((s) => s.id === sticky.id)?.text).toBe('Kontakta mig, 811218-9876, om bostaden')
    expect((await core.call('privacy.scan', { docId: ws.docId })).hits).toHaveLength(1)
  })

  it('replaces inside a Lexical note: the JSON stays a valid editor state and the text is replaced', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    await core.call('knownName.add', { docId: ws.docId, name: 'Fatima Ali' })
    // The number is split over a plain and a bold node, as happens when part of it was formatted.
    const json = state(
      { type: 'heading', tag: 'h2', children: [text('Anteckningar')], direction: null, format: '', indent: 0, version: 1 },
      para(text('Fatima sa att hennes nummer 811218-'), text('9876', 1), text(' stod på blanketten.'))
    )
    const note = await core.call('note.save', { docId: ws.docId, meetingId: ws.meetingId, phaseId: ws.phaseId, lexicalJson: json })
    const before = (await core.call('workshop.get', { docId: ws.docId })).history
    const { hits } = await core.call('privacy.scan', { docId: ws.docId })
    expect(hits.map((h) => [h.entity, h.id, h.field, h.kind, h.match])).toEqual([
      ['note', note.id, 'plainText', 'name', 'Fatima'],
      ['note', note.id, 'plainText', 'personnummer', '811218-9876']
    ])
    for (const h of [...hits].reverse()) await core.call('privacy.resolve', { docId: ws.docId, ...h, style: 'pseudonym' })
    const saved = await core.call('note.get', { docId: ws.docId, meetingId: ws.meetingId, phaseId: ws.phaseId })
    expect(saved?.plainText).toBe('Anteckningar\n\nDeltagare A sa att hennes nummer [personnummer] stod på blanketten.')
    expect(lexicalText(saved?.lexicalJson ?? '')).toBe(saved?.plainText)
    expect(saved?.lexicalJson).not.toContain('9876')
    expect(saved?.lexicalJson).not.toContain('Fatima')
    // The editor owns a note's history: the app's undo stack is untouched.
    expect((await core.call('workshop.get', { docId: ws.docId })).history).toEqual(before)
    expect((await core.call('privacy.scan', { docId: ws.docId })).hits).toEqual([])
  })

  it('replaces everything at once with one pseudonym per person, and keeps no names in the map', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const omar = await core.call('knownName.add', { docId: ws.docId, name: 'Omar Hassan' })
    const again = await core.call('knownName.add', { docId: ws.docId, name: ' omar  hassan ' })
    expect(again.id).toBe(omar.id)
    await core.call('knownName.add', { docId: ws.docId, name: 'Lena Berg' })
    const s1 = await core.call('sticky.add', { docId: ws.docId, phaseId: ws.phaseId, text: 'Omar vill ha fler bänkar', authorLabel: 'Lena Berg' })
    const s2 = await core.call('sticky.add', { docId: ws.docId, phaseId: ws.phaseId, text: 'Ring Lena på 070-123 45 67 eller lena.berg@exempel.se' })
    await core.call('note.save', { docId: ws.docId, meetingId: ws.meetingId, phaseId: null, lexicalJson: state(para(text('Omar Hassan och Lena höll med'))) })
    const { hits } = await core.call('privacy.scan', { docId: ws.docId })
    expect(hits).toHaveLength(7)
    const r = await core.call('privacy.resolveAll', { docId: ws.docId, style: 'pseudonym' })
    expect(r.replaced).toBe(7)
    const { data, history } = await core.call('workshop.get', { docId: ws.docId })
    const st = (id: string) => data.stickies.find((s) => s.id === id)
    expect([st(s1.id)?.text, st(s1.id)?.authorLabel]).toEqual(['Deltagare A vill ha fler bänkar', 'Deltagare B'])
    expect(st(s2.id)?.text).toBe('Ring Deltagare B på [telefonnummer] eller [e-post]')
    expect(data.notes[0].plainText).toBe('Deltagare A och Deltagare B höll med')
    const map = data.settings.find((s) => s.id === 'privacy.pseudonyms')
    expect(map?.valueJson).not.toMatch(/omar|lena/i)
    expect(history.undoLabel).toBe('privacy.resolveAll')
    // One undo step restores the board; the note keeps its replacement (its editor owns its history).
    await core.call('history.undo', { docId: ws.docId })
    const undone = (await core.call('workshop.get', { docId: ws.docId })).data
    expect(undone.stickies.find((s) => s.id === s1.id)?.text).toBe('Omar vill ha fler bänkar')
    expect(undone.notes[0].plainText).toBe('Deltagare A och Deltagare B höll med')
    // Letters are never handed out twice, even after undo and a removed name.
    await core.call('knownName.remove', { docId: ws.docId, id: omar.id })
    await core.call('knownName.add', { docId: ws.docId, name: 'Sara Lind' })
    await core.call('sticky.add', { docId: ws.docId, phaseId: ws.phaseId, text: 'Sara undrade' })
    await core.call('privacy.resolveAll', { docId: ws.docId, style: 'pseudonym', kinds: ['name'] })
    const last = (await core.call('workshop.get', { docId: ws.docId })).data.stickies.map((s) => s.text)
    expect(last).toContain('Deltagare C undrade')
    expect(last).toContain('Omar vill ha fler bänkar') // no longer a listed name
  })

  it('refuses a stale or made-up position instead of replacing the wrong text', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const s = await core.call('sticky.add', { docId: ws.docId, phaseId: ws.phaseId, text: 'Nr 811218-9876' })
    const { hits } = await core.call('privacy.scan', { docId: ws.docId })
    await core.call('sticky.update', { docId: ws.docId, id: s.id, patch: { text: 'Mitt nr 811218-9876' } })
    expect((await failure(core, 'privacy.resolve', { docId: ws.docId, ...hits[0], style: 'placeholder' })).code).toBe('conflict')
    const bad = await failure(core, 'privacy.resolve', { docId: ws.docId, entity: 'sticky', id: s.id, field: 'colour', start: 0, end: 2, style: 'placeholder' })
    expect([bad.code, bad.issues?.[0].path]).toEqual(['invalid_input', 'field'])
    expect((await failure(core, 'privacy.resolve', { docId: ws.docId, entity: 'sticky', id: 'x', field: 'text', start: 0, end: 2, style: 'placeholder' })).code).toBe('not_found')
  })

  it('scans every kind of free text: clusters, countermeasures, rows, recommendations, answers, feedback', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const body = await core.call('body.add', { docId: ws.docId, name: 'Socialnämnden', isReceiver: true, contact: 'registrator@kommun.se' })
    await core.call('effectRow.add', { docId: ws.docId, activity: 'Samtal med 701063-2391' })
    const p = await core.call('proposal.add', { docId: ws.docId, text: 'Ring 08-123 456 78', receiverIds: [body.id] })
    await core.call('response.record', { docId: ws.docId, proposalId: p.id, bodyId: body.id, decision: 'agreed', responsible: 'kim@kommun.se' })
    await core.call('feedback.add', { docId: ws.docId, text: 'Brev till 19811218-9876' })
    const { hits } = await core.call('privacy.scan', { docId: ws.docId })
    expect(hits.map((h) => `${h.entity}.${h.field}:${h.kind}`).sort()).toEqual([
      'effectRow.activity:samordningsnummer',
      'feedback.text:personnummer',
      'proposal.text:phone',
      'response.responsible:email'
    ])
    expect((await core.call('privacy.scan', { docId: ws.docId, kinds: ['email'] })).hits).toHaveLength(1)
    await core.call('privacy.resolveAll', { docId: ws.docId, style: 'placeholder', language: 'en' })
    const data = (await core.call('workshop.export', { docId: ws.docId }))
    expect([data.effectRows[0].activity, data.proposals[0].text, data.responses[0].responsible, data.feedback[0].text]).toEqual([
      'Samtal med [coordination number]',
      'Ring [phone number]',
      '[e-mail]',
      'Brev till [personal identity number]'
    ])
    // An official's work address on the body itself is meant to be there.
    expect(data.bodies[0].contact).toBe('registrator@kommun.se')
  })

  it('records that participants were given the information', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const given = await core.call('workshop.recordParticipantInfo', { docId: ws.docId, given: true })
    expect(given.participantInfoGivenAt).toBeGreaterThan(0)
    const cleared = await core.call('workshop.recordParticipantInfo', { docId: ws.docId, given: false })
    expect(cleared.participantInfoGivenAt).toBeNull()
    expect((await core.call('knownName.list', { docId: ws.docId }))).toEqual([])
    expect((await failure(core, 'knownName.add', { docId: ws.docId, name: '   ' })).code).toBe('invalid_input')
  })
})
