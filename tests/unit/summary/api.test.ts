import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prepareReport } from '../../../src/main/report/build.ts'
import { PSEUDONYM_SETTING } from '../../../src/shared/report/redact.ts'
import { readSnapshot } from '../../../src/shared/summary/snapshot.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { toRawText } from '../report/helpers.ts'
import { AUTHOR_LABEL, failure, newCore, openCircle, PNR, RIGHT, WRONG } from './fixture.ts'

describe('summary.check and summary.export: safe to send', () => {
  it('finds the personnummer in what would be printed, and never the author label', async () => {
    const core = newCore()
    const { docId, data } = await openCircle(core)
    const check = await core.call('summary.check', { docId, meetingId: data.ids.m2 })
    expect(check.version).toBe(1)
    expect(check.hitCount).toBe(1)
    expect(check.hits[0]).toMatchObject({ kind: 'personnummer', match: PNR, source: { entity: 'sticky', id: data.ids.pnrSticky, field: 'text' } })
    expect(check.text).toContain(PNR)
    expect(check.text).not.toContain(AUTHOR_LABEL)
    expect(check.date).toBe('2025-04-10')
    expect(check.correctionsBy).toBe('2025-04-24')
    expect(check.fileName).toBe('2025-04-10 Minnesanteckningar träff 2 – Trygghet i Fittja – forskarcirkel.docx')
  })

  it('refuses to export while the guard finds something, listing every find, and writes and records nothing', async () => {
    const core = newCore()
    const { docId, data } = await openCircle(core)
    const out = path.join(tempDir(), 'm2.docx')
    const err = await failure(core, 'summary.export', { docId, meetingId: data.ids.m2, path: out })
    expect(err.code).toBe('conflict')
    expect(err.message).toContain('personal data')
    expect(err.issues).toEqual([{ path: `sticky ${data.ids.pnrSticky}.text`, message: expect.stringContaining('personal identity number') }])
    expect(fs.existsSync(out)).toBe(false)
    expect(await core.call('summary.list', { docId })).toEqual([])
  })

  it('exports with every find pseudonymised: the file holds neither the number nor the label, the workshop keeps its text', async () => {
    const core = newCore()
    const { docId, data } = await openCircle(core)
    const out = path.join(tempDir(), 'm2.docx')
    const r = await core.call('summary.export', { docId, meetingId: data.ids.m2, path: out, options: { pseudonymise: true }, writeText: true })
    expect(r).toMatchObject({ version: 1, path: out, replaced: 1, textPath: out.replace(/\.docx$/, '.txt') })
    const text = await toRawText(fs.readFileSync(out))
    expect(text).toContain('[personnummer]')
    expect(text).toContain('Ring mig om bostaden')
    for (const secret of [PNR, AUTHOR_LABEL, 'Sara Lind']) {
      expect(text).not.toContain(secret)
      expect(r.text).not.toContain(secret)
      expect(fs.readFileSync(r.textPath as string, 'utf8')).not.toContain(secret)
    }
    // Not even in the file's properties (the organiser here is a person).
    expect(fs.readFileSync(out).includes(Buffer.from('Sara Lind'))).toBe(false)
    const { data: after } = await core.call('workshop.get', { docId })
    expect(after.stickies.find((s) => s.id === data.ids.pnrSticky)?.text).toContain(PNR)
    const [summary] = after.summaries
    const snapshot = readSnapshot(summary)
    expect(snapshot?.pseudonymised).toBe(true)
    expect(JSON.stringify(snapshot)).not.toContain(PNR)
    expect(JSON.stringify(snapshot)).not.toContain(AUTHOR_LABEL)
  })

  it('exports once the number is replaced in the workshop itself, without pseudonymising', async () => {
    const core = newCore()
    const { docId, data } = await openCircle(core)
    await core.call('privacy.resolveAll', { docId, style: 'placeholder' })
    const check = await core.call('summary.check', { docId, meetingId: data.ids.m2 })
    expect(check.hitCount).toBe(0)
    const r = await core.call('summary.export', { docId, meetingId: data.ids.m2, path: path.join(tempDir(), 's.docx') })
    expect(r.replaced).toBe(0)
    expect(r.text).not.toContain(PNR)
  })

  it('gives listed names the workshop pseudonyms and keeps new ones for next time', async () => {
    const core = newCore()
    const { docId, data } = await openCircle(core)
    await core.call('privacy.resolveAll', { docId, style: 'placeholder' })
    const anna = await core.call('knownName.add', { docId, name: 'Anna Berg' })
    await core.call('sticky.add', { docId, phaseId: data.ids.capture, text: 'Anna Berg sa att tunneln är värst' })
    const check = await core.call('summary.check', { docId, meetingId: data.ids.m2 })
    expect(check.hits.map((h) => h.kind)).toEqual(['name'])
    const r = await core.call('summary.export', { docId, meetingId: data.ids.m2, path: path.join(tempDir(), 's.docx'), options: { pseudonymise: true } })
    expect(r.text).toContain('Deltagare A sa att tunneln är värst')
    expect(r.text).not.toContain('Anna')
    const { data: after } = await core.call('workshop.get', { docId })
    const map = JSON.parse(after.settings.find((s) => s.id === PSEUDONYM_SETTING)?.valueJson ?? '{}') as { assigned: Record<string, number> }
    expect(map.assigned).toEqual({ [anna.id]: 0 })
  })

  it('prints the organiser contact as written (the guard does not read it) and offers it again next time', async () => {
    const core = newCore()
    const { docId, data } = await openCircle(core)
    await core.call('privacy.resolveAll', { docId, style: 'placeholder' })
    const contact = 'svara på mejlet till trygghet@botkyrka.se'
    const r = await core.call('summary.export', { docId, meetingId: data.ids.m2, path: path.join(tempDir(), 's.docx'), options: { contact, correctionsBy: '2025-04-30' } })
    expect(r.text).toContain(`Hör av dig senast 30 april 2025 om något är fel eller saknas: ${contact}.`)
    const again = await core.call('summary.check', { docId, meetingId: data.ids.m2 })
    expect(again).toMatchObject({ contact, hitCount: 0, version: 2 })
  })

  it('answers bad input with the field: an unknown meeting, a missing meeting in a series, a path that is not .docx', async () => {
    const core = newCore()
    const { docId, data } = await openCircle(core)
    expect((await failure(core, 'summary.check', { docId, meetingId: 'nope' })).code).toBe('not_found')
    expect((await failure(core, 'summary.check', { docId })).issues?.[0].path).toBe('meetingId')
    const bad = await failure(core, 'summary.export', { docId, meetingId: data.ids.m2, path: path.join(tempDir(), 'x.pdf') })
    expect(bad.issues?.[0].path).toBe('path')
    const date = await failure(core, 'summary.check', { docId, meetingId: data.ids.m2, options: { correctionsBy: '2025-02-30' } })
    expect(date.issues?.[0].path).toBe('options.correctionsBy')
  })
})

describe('versions, corrections and approval', () => {
  async function exported() {
    const core = newCore()
    const opened = await openCircle(core)
    const { docId, data } = opened
    const v1 = await core.call('summary.export', { docId, meetingId: data.ids.m2, path: path.join(tempDir(), 'v1.docx'), options: { pseudonymise: true } })
    return { core, docId, data, v1 }
  }

  it('records a correction as "a participant" and applies it to the note on the board, as one undoable step', async () => {
    const { core, docId, data, v1 } = await exported()
    const c = await core.call('summary.addCorrection', {
      docId,
      summaryId: v1.summaryId,
      description: 'Hållplatsen ligger vid Fittja centrum, inte vid torget',
      targetType: 'sticky',
      targetId: data.ids.wrongSticky,
      after: RIGHT
    })
    expect(c).toMatchObject({ summaryId: v1.summaryId, targetType: 'sticky', before: WRONG, after: RIGHT })
    let live = (await core.call('workshop.get', { docId })).data
    expect(live.stickies.find((s) => s.id === data.ids.wrongSticky)?.text).toBe(RIGHT)
    expect((await core.call('workshop.get', { docId })).history.undoLabel).toBe('summary.addCorrection')
    await core.call('history.undo', { docId })
    live = (await core.call('workshop.get', { docId })).data
    expect(live.stickies.find((s) => s.id === data.ids.wrongSticky)?.text).toBe(WRONG)
    expect(live.corrections).toEqual([])
  })

  it('refuses a name in the description, a stale "before" and a target from another meeting', async () => {
    const { core, docId, data, v1 } = await exported()
    await core.call('knownName.add', { docId, name: 'Anna Berg' })
    const base = { docId, summaryId: v1.summaryId, targetType: 'sticky', targetId: data.ids.wrongSticky, after: RIGHT }
    const named = await failure(core, 'summary.addCorrection', { ...base, description: 'Anna Berg ville ändra hållplatsen' })
    expect(named.issues?.[0].path).toBe('description')
    expect(named.message).toContain('a participant')
    const stale = await failure(core, 'summary.addCorrection', { ...base, description: 'Rättat', before: 'något annat' })
    expect(stale.code).toBe('conflict')
    const m1Sticky = data.stickies.find((s) => s.text === 'Hur många känner sig otrygga?')?.id
    const other = await failure(core, 'summary.addCorrection', { ...base, description: 'Rättat', targetId: m1Sticky })
    expect(other.issues?.[0].path).toBe('targetId')
    expect((await core.call('workshop.get', { docId })).data.corrections).toEqual([])
  })

  it('replaces one piece of a note inside its editor state, and refuses a piece that is missing or ambiguous', async () => {
    const { core, docId, data, v1 } = await exported()
    const base = { docId, summaryId: v1.summaryId, description: 'Förtydligat', targetType: 'note', targetId: data.ids.note }
    const c = await core.call('summary.addCorrection', { ...base, before: 'på vintern', after: 'på vintern och på kvällarna' })
    expect(c).toMatchObject({ targetId: data.ids.note, before: 'på vintern', after: 'på vintern och på kvällarna' })
    const note = (await core.call('workshop.get', { docId })).data.notes.find((n) => n.id === data.ids.note)
    expect(note?.plainText).toContain('är det största problemet på vintern och på kvällarna.')
    // The bold word keeps its formatting.
    expect(note?.lexicalJson).toContain('"text":"mörkret","format":1')
    expect((await failure(core, 'summary.addCorrection', { ...base, before: 'finns inte', after: 'x' })).code).toBe('conflict')
    const twice = await failure(core, 'summary.addCorrection', { ...base, before: 'och', after: 'samt' })
    expect(twice.message).toContain('occurs')
  })

  it('makes the next export version 2 with the corrected text and a note of what changed', async () => {
    const { core, docId, data, v1 } = await exported()
    await core.call('summary.addCorrection', {
      docId,
      summaryId: v1.summaryId,
      description: 'Rätt hållplats',
      targetType: 'sticky',
      targetId: data.ids.wrongSticky,
      after: RIGHT
    })
    await core.call('summary.addCorrection', {
      docId,
      summaryId: v1.summaryId,
      description: 'Tillägg om äldre',
      targetType: 'note',
      after: 'Äldre vill ha bänkar längs gångvägen.'
    })
    await core.call('summary.addCorrection', {
      docId,
      summaryId: v1.summaryId,
      description: 'Rättat stavningen av gården',
      targetType: 'text',
      before: 'Fittja gård',
      after: 'Fittja gårds'
    })
    const v2 = await core.call('summary.export', { docId, meetingId: data.ids.m2, path: path.join(tempDir(), 'v2.docx'), options: { pseudonymise: true } })
    expect(v2.version).toBe(2)
    expect(v2.text).toContain('Version 2 · 2025-04-10')
    expect(v2.text).toContain(RIGHT)
    expect(v2.text).not.toContain(WRONG)
    expect(v2.text).toContain('Äldre vill ha bänkar längs gångvägen.')
    expect(v2.text).toContain('från Fittja gårds')
    expect(v2.text).toContain('ÄNDRAT SEDAN VERSION 1')
    expect(v2.text).toContain('– Rätt hållplats')
    // The "text" correction leaves the live workshop as it was.
    const live = (await core.call('workshop.get', { docId })).data
    expect(live.stickies.some((s) => s.text.includes('från Fittja gård') && !s.text.includes('gårds'))).toBe(true)
    const list = await core.call('summary.list', { docId, meetingId: data.ids.m2 })
    expect(list.map((s) => [s.version, s.latest, s.corrections.length])).toEqual([
      [2, true, 0],
      [1, false, 3]
    ])
    expect((await core.call('summary.text', { docId, summaryId: v1.summaryId })).text).toContain(WRONG)
  })

  it('approves only the newest version, and only once its corrections are in a new version', async () => {
    const { core, docId, data, v1 } = await exported()
    await core.call('summary.addCorrection', { docId, summaryId: v1.summaryId, description: 'Rätt hållplats', targetType: 'sticky', targetId: data.ids.wrongSticky, after: RIGHT })
    const early = await failure(core, 'summary.approve', { docId, summaryId: v1.summaryId })
    expect(early.message).toContain('export version 2')
    const v2 = await core.call('summary.export', { docId, meetingId: data.ids.m2, path: path.join(tempDir(), 'v2.docx'), options: { pseudonymise: true } })
    expect((await failure(core, 'summary.approve', { docId, summaryId: v1.summaryId })).message).toContain('version 2')
    const ok = await core.call('summary.approve', { docId, summaryId: v2.summaryId })
    expect(ok.approvedAt).not.toBeNull()
    const back = await core.call('summary.approve', { docId, summaryId: v2.summaryId, approved: false })
    expect(back.approvedAt).toBeNull()
  })

  it('the report prints the approved version of the meeting, not later edits on the board', async () => {
    const { core, docId, data, v1 } = await exported()
    await core.call('summary.addCorrection', { docId, summaryId: v1.summaryId, description: 'Rätt hållplats', targetType: 'sticky', targetId: data.ids.wrongSticky, after: RIGHT })
    const v2 = await core.call('summary.export', { docId, meetingId: data.ids.m2, path: path.join(tempDir(), 'v2.docx'), options: { pseudonymise: true } })
    await core.call('summary.approve', { docId, summaryId: v2.summaryId })
    // An edit after approval does not reach the report until a new version is approved.
    await core.call('sticky.update', { docId, id: data.ids.wrongSticky, patch: { text: 'Ändrad efteråt' } })
    const live = (await core.call('workshop.get', { docId })).data
    const report = prepareReport(live, {}, { today: '2025-06-01' })
    const printed = JSON.stringify(report.model.data.stickies.map((s) => s.text))
    expect(printed).toContain(RIGHT)
    expect(printed).not.toContain(WRONG)
    expect(printed).not.toContain('Ändrad efteråt')
    // The approved version was pseudonymised: the report's guard finds nothing of that meeting.
    expect(report.hits.filter((h) => h.source.id === data.ids.pnrSticky)).toEqual([])
  })
})

describe('a one-off workshop', () => {
  it('needs no meeting id and has no meeting number', async () => {
    const core = newCore()
    const { docId } = await core.call('library.create', { title: 'Workshop om parken' })
    const { data } = await core.call('workshop.get', { docId })
    const phase = data.phases.find((p) => p.kind === 'capture') ?? data.phases[0]
    await core.call('sticky.add', { docId, phaseId: phase.id, text: 'Fler bänkar i parken' })
    const check = await core.call('summary.check', { docId })
    expect(check.meetingId).toBe(data.meetings[0].id)
    expect(check.fileName).toBe('2025-04-10 Minnesanteckningar – Workshop om parken.docx')
    const r = await core.call('summary.export', { docId, path: path.join(tempDir(), 'park.docx'), options: { language: 'en' } })
    expect(r.text).toContain('Workshop om parken')
    expect(r.text).not.toContain('Meeting 1')
    expect(r.text).toContain('WHAT CAME OUT')
    expect(r.text).toContain('– Fler bänkar i parken')
  })
})
