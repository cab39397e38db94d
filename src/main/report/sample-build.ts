import type {
  Body,
  Cluster,
  Countermeasure,
  EffectRow,
  Meeting,
  Note,
  Phase,
  Proposal,
  Response,
  Sticky,
  Vote,
  Workshop
} from '../../shared/domain/entities.ts'
import type { PhaseKind } from '../../shared/domain/enums.ts'

// Small constructors for sample workshops: every entity with its defaults, ids from a counter,
// timestamps from a fixed clock, so the same call always gives the same workshop.

export const SAMPLE_EPOCH = Date.UTC(2024, 8, 12, 8, 0, 0)

export class SampleIds {
  #n = 0
  #t = SAMPLE_EPOCH
  id(prefix: string): string {
    this.#n += 1
    return `${prefix}-${String(this.#n).padStart(5, '0')}`
  }
  now(): number {
    this.#t += 60_000
    return this.#t
  }
}

export function workshopRow(ids: SampleIds, fields: Partial<Workshop>): Workshop {
  return {
    id: ids.id('w'),
    title: 'Workshop',
    methodId: 'blank',
    purpose: '',
    organiser: '',
    commissionedBy: '',
    municipality: '',
    department: '',
    place: '',
    participationLevel: null,
    language: 'sv',
    currentMeetingId: null,
    currentPhaseId: null,
    anchoringOverride: null,
    participantInfoGivenAt: null,
    showAuthorsOnProjector: false,
    createdAt: SAMPLE_EPOCH,
    updatedAt: SAMPLE_EPOCH,
    ...fields
  }
}

export function bodyRow(ids: SampleIds, position: number, name: string, abbreviation: string, fields: Partial<Body> = {}): Body {
  return { id: ids.id('b'), name, abbreviation, kind: 'namnd', contact: '', answerBy: null, isReceiver: false, position, ...fields }
}

export function meetingRow(ids: SampleIds, position: number, title: string, fields: Partial<Meeting> = {}): Meeting {
  return { id: ids.id('m'), position, title, date: null, place: '', status: 'done', participantCount: null, ...fields }
}

export function phaseRow(ids: SampleIds, meeting: Meeting, position: number, kind: PhaseKind, title: string, prompt = ''): Phase {
  return {
    id: ids.id('p'),
    meetingId: meeting.id,
    position,
    kind,
    title,
    prompt,
    guidance: '',
    durationSec: 900,
    state: 'done',
    timerStartedAt: null,
    timerElapsedMs: 0,
    timerDurationMs: 900_000,
    silent: false,
    dotsPerParticipant: 3,
    maxDotsPerItem: 3,
    voteTarget: 'sticky',
    votesRevealed: true
  }
}

export function clusterRow(ids: SampleIds, phase: Phase, position: number, title: string, happening = false): Cluster {
  return { id: ids.id('c'), phaseId: phase.id, title, titleCustom: true, position, collapsed: false, happening, createdAt: ids.now() }
}

export function stickyRow(ids: SampleIds, phase: Phase, position: number, text: string, fields: Partial<Sticky> = {}): Sticky {
  const t = ids.now()
  return {
    id: ids.id('s'),
    phaseId: phase.id,
    text,
    colour: 'yellow',
    authorLabel: null,
    hidden: false,
    source: 'participant',
    status: 'board',
    clusterId: null,
    position,
    happening: false,
    createdAt: t,
    updatedAt: t,
    ...fields
  }
}

export function voteRow(ids: SampleIds, phase: Phase, target: Sticky | Cluster, voter: string, count: number): Vote {
  return { id: ids.id('v'), phaseId: phase.id, targetType: 'clusterId' in target ? 'sticky' : 'cluster', targetId: target.id, voter, count }
}

export function countermeasureRow(ids: SampleIds, target: Sticky | Cluster, position: number, text: string, owner = '', due = ''): Countermeasure {
  const onSticky = 'clusterId' in target
  return { id: ids.id('cm'), stickyId: onSticky ? target.id : null, clusterId: onSticky ? null : target.id, text, owner, due, position, createdAt: ids.now() }
}

export function noteRow(ids: SampleIds, meeting: Meeting, phase: Phase | null, lexicalJson: string, plainText: string): Note {
  return { id: ids.id('n'), meetingId: meeting.id, phaseId: phase?.id ?? null, lexicalJson, plainText, updatedAt: ids.now() }
}

export function effectRow(ids: SampleIds, position: number, fields: Partial<EffectRow>): EffectRow {
  return {
    id: ids.id('e'),
    goalArea: '',
    longTerm: '',
    shortTerm: '',
    output: '',
    activity: '',
    responsibleIds: [],
    time: '',
    resources: '',
    collabNow: null,
    collabNeeded: null,
    sourceType: null,
    sourceId: null,
    position,
    ...fields
  }
}

export function proposalRow(ids: SampleIds, position: number, text: string, theme: string, receivers: Body[], fields: Partial<Proposal> = {}): Proposal {
  return {
    id: ids.id('r'),
    kind: 'recommendation',
    text,
    theme,
    owner: '',
    receiverIds: receivers.map((b) => b.id),
    sourceClusterId: null,
    position,
    createdAt: ids.now(),
    ...fields
  }
}

export function responseRow(ids: SampleIds, proposal: Proposal, body: Body, fields: Partial<Response>): Response {
  return {
    id: ids.id('a'),
    proposalId: proposal.id,
    bodyId: body.id,
    date: null,
    decision: 'not_answered',
    commitment: '',
    responsible: '',
    due: '',
    createdAt: ids.now(),
    ...fields
  }
}

type LexChild = Record<string, unknown>

/** Lexical's serialized shapes, just enough to write sample notes. */
export const lex = {
  text: (text: string, format = 0): LexChild => ({ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }),
  paragraph: (...children: LexChild[]): LexChild => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, version: 1 }),
  heading: (tag: 'h1' | 'h2' | 'h3', text: string): LexChild => ({ type: 'heading', tag, children: [lex.text(text)], direction: 'ltr', format: '', indent: 0, version: 1 }),
  quote: (text: string): LexChild => ({ type: 'quote', children: [lex.text(text)], direction: 'ltr', format: '', indent: 0, version: 1 }),
  link: (url: string, text: string): LexChild => ({ type: 'link', url, children: [lex.text(text)], direction: 'ltr', format: '', indent: 0, version: 1 }),
  list: (listType: 'bullet' | 'number', items: (string | LexChild[])[]): LexChild => ({
    type: 'list',
    listType,
    start: 1,
    tag: listType === 'number' ? 'ol' : 'ul',
    children: items.map((it, i) => ({
      type: 'listitem',
      value: i + 1,
      children: typeof it === 'string' ? [lex.text(it)] : it,
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1
    })),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1
  }),
  state: (...children: LexChild[]): string =>
    JSON.stringify({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })
}
