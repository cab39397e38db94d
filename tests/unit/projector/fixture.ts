import { createCore, type Core } from '../../../src/main/core/core.ts'
import type { HostKind } from '../../../src/main/core/context.ts'
import type { Phase } from '../../../src/shared/domain/entities.ts'
import type { PhaseKind } from '../../../src/shared/domain/enums.ts'
import type { WorkshopData } from '../../../src/shared/domain/interchange.ts'
import { tempDir } from '../../helpers/tmp.ts'

// A dystopia workshop full of things the room must never see, made through the real API on a
// real file: facilitator guidance and notes, a note hidden by silent writing, author labels,
// personal data the guard flags (a valid personnummer, a phone number, a listed name), contact
// details of a receiving nämnd and people named as responsible.

export const SECRETS = {
  guidance: 'HEMLIG-VÄGLEDNING för samtalsledaren',
  facilitatorNote: 'HEMLIG-ANTECKNING från mötet',
  hiddenNote: 'HEMLIG-DOLD lapp under tyst skrivande',
  author: 'Författare-Zelda',
  personnummer: '811218-9876',
  phone: '070-123 45 67',
  knownName: 'Zlatanella',
  contact: 'kontakt.hemlig@example.se',
  responsible: 'Ansvarig-Hemlig',
  owner: 'Ägare-Hemlig'
} as const

const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const para = (...children: unknown[]) => ({ type: 'paragraph', children, direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' })
export const lexicalState = (t: string): string =>
  JSON.stringify({ root: { type: 'root', children: [para(text(t))], direction: null, format: '', indent: 0, version: 1 } })

export interface Workshop {
  core: Core
  docId: string
  data(): Promise<WorkshopData>
  phase(kind: PhaseKind, nth?: number): Phase
  goTo(kind: PhaseKind, nth?: number): Promise<void>
  /** Ids of what was made, for assertions. */
  ids: Record<string, string>
}

export function newCore(host: HostKind = 'cli', clock?: () => number): Core {
  return createCore({ dataDir: tempDir('medskapa-projector-'), host, clock })
}

/** A fresh dystopia workshop with its meeting started; no notes yet. */
export async function plainWorkshop(core: Core, title = 'Trygghet i Alby'): Promise<Workshop> {
  const opened = await core.call('library.create', { title, methodId: 'dystopia' })
  const docId = opened.docId
  const first = (await core.call('workshop.get', { docId })).data
  await core.call('meeting.start', { docId, meetingId: first.meetings[0].id, override: { reason: 'test' } })
  const phase = (kind: PhaseKind, nth = 0): Phase => {
    const p = first.phases.filter((x) => x.kind === kind)[nth]
    if (!p) throw new Error(`no ${kind} phase`)
    return p
  }
  return {
    core,
    docId,
    data: async () => (await core.call('workshop.get', { docId })).data,
    phase,
    goTo: async (kind, nth) => {
      await core.call('run.goToPhase', { docId, phaseId: phase(kind, nth).id })
    },
    ids: {}
  }
}

/** The full private workshop: every phase has content, and secrets sit everywhere. */
export async function privateWorkshop(core: Core): Promise<Workshop> {
  const ws = await plainWorkshop(core)
  const { docId } = ws
  const c = core
  const data = await ws.data()
  for (const p of data.phases) await c.call('phase.update', { docId, id: p.id, patch: { guidance: `${SECRETS.guidance} (${p.title})` } })
  await c.call('note.save', { docId, meetingId: data.meetings[0].id, phaseId: null, lexicalJson: lexicalState(SECRETS.facilitatorNote) })
  await c.call('note.save', { docId, meetingId: data.meetings[0].id, phaseId: ws.phase('capture').id, lexicalJson: lexicalState(`${SECRETS.facilitatorNote} 2`) })
  await c.call('knownName.add', { docId, name: SECRETS.knownName })

  const capture = ws.phase('capture').id
  await ws.goTo('capture')
  const add = async (t: string, extra: Record<string, unknown> = {}): Promise<string> =>
    (await c.call('sticky.add', { docId, phaseId: capture, text: t, authorLabel: SECRETS.author, ...extra })).id
  const bus = await add('Bussen slutar gå klockan sju')
  const lamp = await add('Ingen belysning i gångtunneln')
  const school = await add('Skolan stänger fritids tidigt')
  const pnr = await add(`Ring mig på ${SECRETS.personnummer} om lokalen`)
  const phone = await add(`Mitt nummer är ${SECRETS.phone}`)
  const named = await add(`Fråga ${SECRETS.knownName} om nycklarna`)
  await c.call('phase.setSilent', { docId, phaseId: capture, silent: true })
  const hidden = await add(SECRETS.hiddenNote)
  await c.call('phase.setSilent', { docId, phaseId: capture, silent: false })

  // Clustering happens on the capture phase's notes (the cluster phase works on them through
  // itemsPhaseFor only when it has none of its own): group in the capture phase.
  const dark = await c.call('cluster.create', { docId, phaseId: capture, stickyIds: [lamp, bus], title: 'Otrygga kvällar' })
  const auto = await c.call('cluster.create', { docId, phaseId: capture, stickyIds: [school, named] })
  await c.call('board.setHappening', { docId, targetType: 'cluster', id: dark.id, happening: true })
  await c.call('countermeasure.add', { docId, targetType: 'cluster', targetId: dark.id, text: 'Be tekniska om belysning', owner: 'Tekniska', due: 'maj' })

  const body = await c.call('body.add', { docId, name: 'Tekniska nämnden', abbreviation: 'TN', contact: SECRETS.contact, isReceiver: true, answerBy: '2030-06-30' })
  const other = await c.call('body.add', { docId, name: 'Grundskolenämnden', abbreviation: '', contact: SECRETS.contact, isReceiver: true })
  await c.call('effectRow.add', { docId, goalArea: 'Trygghet', activity: 'Belysa gångtunneln', responsibleIds: [body.id, other.id], time: '2026' })
  const proposal = await c.call('proposal.add', { docId, text: 'Belys alla gångtunnlar', theme: 'Trygghet', owner: SECRETS.owner, receiverIds: [body.id] })
  await c.call('response.record', { docId, proposalId: proposal.id, bodyId: body.id, decision: 'agreed', commitment: 'Vi belyser två tunnlar i år', responsible: SECRETS.responsible })

  const vote = ws.phase('vote').id
  await c.call('vote.configure', { docId, phaseId: vote, voteTarget: 'cluster' })
  await c.call('vote.setTally', { docId, phaseId: vote, targetType: 'cluster', targetId: dark.id, count: 5 })
  await c.call('vote.setTally', { docId, phaseId: vote, targetType: 'cluster', targetId: auto.id, count: 2 })
  Object.assign(ws.ids, { bus, lamp, school, pnr, phone, named, hidden, dark: dark.id, auto: auto.id, body: body.id, proposal: proposal.id })
  return ws
}

/** Every private string that could leak, as it would appear in JSON. */
export function leaksIn(json: string): string[] {
  return Object.values(SECRETS).filter((s) => json.includes(s) || json.includes(JSON.stringify(s).slice(1, -1)))
}
