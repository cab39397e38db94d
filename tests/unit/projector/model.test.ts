import { beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core.ts'
import type { WorkshopData } from '../../../src/shared/domain/interchange.ts'
import { projectorView, stepSpotlight } from '../../../src/shared/projector/model.ts'
import { INITIAL_PRESENTER, ProjectorView, type PresenterState } from '../../../src/shared/projector/schema.ts'
import { leaksIn, newCore, privateWorkshop, SECRETS, type Workshop } from './fixture.ts'
import type { PhaseKind } from '../../../src/shared/domain/enums.ts'

let core: Core
let ws: Workshop
let base: WorkshopData

beforeAll(async () => {
  core = newCore()
  ws = await privateWorkshop(core)
  base = await ws.data()
  return () => core.close()
})

const NOW = 1_750_000_000_000
const clone = (d: WorkshopData): WorkshopData => structuredClone(d)

/** The data as if the room were in that phase. */
function at(kind: PhaseKind, data: WorkshopData = base, nth = 0): WorkshopData {
  const d = clone(data)
  d.workshop.currentPhaseId = d.phases.filter((p) => p.kind === kind)[nth].id
  return d
}

function view(data: WorkshopData, presenter: PresenterState = INITIAL_PRESENTER): ProjectorView {
  const v = projectorView(data, presenter, { now: NOW })
  // Every view is a valid ProjectorView: what the core would send passes its own schema.
  expect(ProjectorView.parse(v)).toEqual(v)
  return v
}

function board(v: ProjectorView) {
  if (v.content.kind !== 'board') throw new Error(`expected the wall, got ${v.content.kind}`)
  return v.content
}


describe('what the wall shows', () => {
  it('shows visible notes of the phase, with their clusters, and counts the hidden ones without their text', () => {
    const v = view(at('capture'))
    const c = board(v)
    expect(c.clusters.map((x) => x.id)).toEqual([ws.ids.dark, ws.ids.auto])
    expect(c.clusters[0]).toMatchObject({ title: 'Otrygga kvällar', withheld: false })
    expect(c.clusters[0].notes.map((n) => n.id)).toEqual([ws.ids.lamp, ws.ids.bus])
    const all = [...c.clusters.flatMap((x) => x.notes), ...c.notes].map((n) => n.id)
    expect(all).not.toContain(ws.ids.hidden)
    expect(c.hiddenCount).toBe(1)
    expect(v.phase).toMatchObject({ kind: 'capture', title: 'Skapa dystopin', timer: { startedAt: null, elapsedMs: 0, durationMs: 900_000 } })
    expect(v.serverTime).toBe(NOW)
  })

  it('never carries guidance, facilitator notes, hidden notes, author labels or flagged personal data', () => {
    for (const kind of ['inform', 'capture', 'cluster', 'reflect', 'vote', 'invert', 'effect_chain'] as const) {
      const json = JSON.stringify(view(at(kind)))
      expect(leaksIn(json), kind).toEqual([])
    }
    // The data itself holds every secret, so the test above can fail.
    expect(leaksIn(JSON.stringify(base)).sort()).toEqual(Object.values(SECRETS).sort())
  })

  it('keeps a note with personal data as a neutral placeholder in its place', () => {
    const c = board(view(at('capture')))
    const pnr = c.notes.find((n) => n.id === ws.ids.pnr)
    expect(pnr).toMatchObject({ text: 'Lappen visas inte (personuppgifter)', withheld: true })
    expect(c.notes.find((n) => n.id === ws.ids.phone)?.withheld).toBe(true)
    const named = c.clusters[1].notes.find((n) => n.id === ws.ids.named)
    expect(named).toMatchObject({ withheld: true })
    expect(c.notes.find((n) => n.id === ws.ids.pnr)).toBeDefined()
    // In English when the workshop is.
    const en = at('capture')
    en.workshop.language = 'en'
    expect(board(view(en)).notes.find((n) => n.id === ws.ids.pnr)?.text).toBe('Note not shown (personal data)')
  })

  it('notices a listed name only while it is listed', () => {
    const d = at('capture')
    d.knownNames = []
    const named = board(view(d)).clusters[1].notes.find((n) => n.id === ws.ids.named)
    expect(named).toMatchObject({ withheld: false, text: `Fråga ${SECRETS.knownName} om nycklarna` })
  })

  it('shows author labels only when chosen, and never one the guard flags', () => {
    const d = at('capture')
    expect(board(view(d)).clusters[0].notes[0].author).toBeNull()
    d.workshop.showAuthorsOnProjector = true
    expect(board(view(d)).clusters[0].notes[0].author).toBe(SECRETS.author)
    const lamp = d.stickies.find((s) => s.id === ws.ids.lamp)!
    lamp.authorLabel = SECRETS.knownName
    const note = board(view(d)).clusters[0].notes.find((n) => n.id === ws.ids.lamp)
    // The label is dropped, the note itself is fine and stays.
    expect(note).toMatchObject({ author: null, withheld: false, text: 'Ingen belysning i gångtunneln' })
  })

  it('replaces a flagged cluster title, and makes automatic titles only from notes the room may see', () => {
    const d = at('capture')
    d.clusters.find((c) => c.id === ws.ids.dark)!.title = `Ring ${SECRETS.phone}`
    const auto = d.clusters.find((c) => c.id === ws.ids.auto)!
    auto.title = ''
    const c = board(view(d))
    expect(c.clusters[0]).toMatchObject({ title: '(visas inte: personuppgifter)', withheld: true })
    expect(c.clusters[1].title).not.toContain(SECRETS.knownName)
    expect(c.clusters[1].title.length).toBeGreaterThan(0)
  })

  it('leaves out notes waiting in the moderation inbox and removed ones', () => {
    const d = at('capture')
    d.stickies.find((s) => s.id === ws.ids.bus)!.status = 'inbox'
    d.stickies.find((s) => s.id === ws.ids.school)!.status = 'removed'
    const ids = JSON.stringify(board(view(d)))
    expect(ids).not.toContain(ws.ids.bus)
    expect(ids).not.toContain(ws.ids.school)
  })

  it('shows happening marks and countermeasures in reflect and invert only', () => {
    const capture = board(view(at('capture')))
    expect(capture.clusters[0].happening).toBe(false)
    expect(capture.countermeasures).toEqual([])
    for (const kind of ['reflect', 'invert'] as const) {
      const c = board(view(at(kind)))
      expect(c.clusters[0].happening, kind).toBe(true)
      expect(c.countermeasures, kind).toEqual([
        expect.objectContaining({ targetType: 'cluster', targetId: ws.ids.dark, text: 'Be tekniska om belysning', owner: 'Tekniska', due: 'maj' })
      ])
    }
  })

  it('shows the prompt only in an inform phase', () => {
    const v = view(at('inform'))
    expect(v.content).toEqual({ kind: 'prompt' })
    expect(v.phase?.prompt).toBe(base.phases.find((p) => p.kind === 'inform')!.prompt)
  })

  it('shows only the title when no phase is current', () => {
    const d = clone(base)
    d.workshop.currentPhaseId = null
    expect(view(d)).toMatchObject({ workshopTitle: 'Trygghet i Alby', phase: null, content: { kind: 'none' } })
  })
})

describe('votes', () => {
  it('lists the items without totals while voting, and ranked totals once revealed', () => {
    const open = view(at('vote'))
    if (open.content.kind !== 'vote') throw new Error('not a vote')
    expect(open.content.revealed).toBe(false)
    expect(open.content.items.every((i) => i.total === null)).toBe(true)
    expect(open.content.items.slice(0, 2).map((i) => i.targetId)).toEqual([ws.ids.dark, ws.ids.auto])

    const d = at('vote')
    const phase = d.phases.find((p) => p.kind === 'vote')!
    phase.votesRevealed = true
    d.votes.find((v) => v.targetId === ws.ids.auto)!.count = 9
    const shown = view(d)
    if (shown.content.kind !== 'vote') throw new Error('not a vote')
    expect(shown.content.items.slice(0, 2)).toEqual([
      expect.objectContaining({ targetId: ws.ids.auto, total: 9 }),
      expect.objectContaining({ targetId: ws.ids.dark, total: 5, label: 'Otrygga kvällar' })
    ])
    // The unclustered notes are options too; the flagged ones by their placeholder only.
    const pnr = shown.content.items.find((i) => i.targetId === ws.ids.pnr)
    expect(pnr).toMatchObject({ withheld: true, total: 0, label: 'Lappen visas inte (personuppgifter)' })
    expect(leaksIn(JSON.stringify(shown))).toEqual([])
  })
})

describe('effect chains, recommendations and answers', () => {
  it('shows effect rows with Ansvar as abbreviations, never contact details', () => {
    const v = view(at('effect_chain'))
    if (v.content.kind !== 'effect_chain') throw new Error('not an effect chain')
    expect(v.content.rows).toEqual([expect.objectContaining({ goalArea: 'Trygghet', activity: 'Belysa gångtunneln', responsible: ['TN', 'Grundskolenämnden'], time: '2026' })])
  })

  it('shows recommendations with receivers by name, and the answers only in a responses phase', () => {
    const d = clone(base)
    const meeting = d.meetings[0].id
    d.phases.push(
      { ...d.phases[0], id: 'p-proposals', meetingId: meeting, position: 100, kind: 'proposals', title: 'Förslag' },
      { ...d.phases[0], id: 'p-responses', meetingId: meeting, position: 101, kind: 'responses', title: 'Svar' }
    )
    d.workshop.currentPhaseId = 'p-proposals'
    const p = view(d)
    expect(p.content).toEqual({
      kind: 'proposals',
      proposals: [expect.objectContaining({ text: 'Belys alla gångtunnlar', theme: 'Trygghet', receivers: ['Tekniska nämnden'], responses: [] })]
    })
    d.workshop.currentPhaseId = 'p-responses'
    const r = view(d)
    if (r.content.kind !== 'responses') throw new Error('not responses')
    expect(r.content.proposals[0].responses).toEqual([
      { body: 'Tekniska nämnden', decision: 'agreed', commitment: 'Vi belyser två tunnlar i år', date: null }
    ])
    expect(leaksIn(JSON.stringify(p) + JSON.stringify(r))).toEqual([])
  })
})

describe('presenter controls', () => {
  it('blank carries no content, no phase and no join code', () => {
    const v = view(at('capture'), { ...INITIAL_PRESENTER, blank: true })
    expect(v).toMatchObject({ phase: null, content: { kind: 'blank' }, participants: null, presenter: { blank: true } })
    expect(JSON.stringify(v)).not.toContain(ws.ids.lamp)
  })

  it('passes the join address on when phones may join, and drops a spotlight that left the wall', () => {
    const join = { joinUrl: 'http://192.168.1.5:8080/j?c=ABC123', joinCode: 'ABC123', qrDataUrl: null }
    const d = at('capture')
    const v = projectorView(d, { ...INITIAL_PRESENTER, spotlight: { type: 'sticky', id: ws.ids.hidden } }, { now: NOW, participants: join })
    expect(v.participants).toEqual(join)
    expect(v.presenter.spotlight).toBeNull()
    const kept = projectorView(d, { ...INITIAL_PRESENTER, spotlight: { type: 'cluster', id: ws.ids.dark } }, { now: NOW })
    expect(kept.presenter.spotlight).toEqual({ type: 'cluster', id: ws.ids.dark })
  })

  it('steps the spotlight in wall order: clusters through clusters, notes through notes, holding at the ends', () => {
    const v = view(at('capture'))
    const step = (p: PresenterState, dir: 1 | -1) => stepSpotlight(v, p, dir)
    const first = step(INITIAL_PRESENTER, 1)
    expect(first.spotlight).toEqual({ type: 'cluster', id: ws.ids.dark })
    expect(step(first, 1).spotlight).toEqual({ type: 'cluster', id: ws.ids.auto })
    expect(step(step(first, 1), 1).spotlight).toEqual({ type: 'cluster', id: ws.ids.auto })
    expect(step(first, -1).spotlight).toEqual({ type: 'cluster', id: ws.ids.dark })
    expect(step(INITIAL_PRESENTER, -1).spotlight).toEqual({ type: 'cluster', id: ws.ids.auto })

    const c = board(v)
    const order = [...c.clusters.flatMap((x) => x.notes), ...c.notes].map((n) => n.id)
    let p: PresenterState = { ...INITIAL_PRESENTER, spotlight: { type: 'sticky', id: order[0] } }
    const seen = [order[0]]
    for (let i = 1; i < order.length + 2; i++) {
      p = step(p, 1)
      seen.push(p.spotlight!.id)
    }
    expect(seen).toEqual([...order, order.at(-1), order.at(-1)])
    // Other presenter fields are kept.
    expect(step({ blank: false, frozen: true, spotlight: null }, 1).frozen).toBe(true)
  })

  it('steps through notes when there are no clusters, through vote items in a vote, and not at all elsewhere', () => {
    const d = at('capture')
    d.clusters = []
    for (const s of d.stickies) s.clusterId = null
    const v = view(d)
    expect(stepSpotlight(v, INITIAL_PRESENTER, 1).spotlight).toEqual({ type: 'sticky', id: board(v).notes[0].id })

    const vote = view(at('vote'))
    if (vote.content.kind !== 'vote') throw new Error('not a vote')
    const items = vote.content.items
    const second = stepSpotlight(vote, stepSpotlight(vote, INITIAL_PRESENTER, 1), 1)
    expect(second.spotlight).toEqual({ type: items[1].targetType, id: items[1].targetId })

    expect(stepSpotlight(view(at('effect_chain')), INITIAL_PRESENTER, 1).spotlight).toBeNull()
  })
})
