import { boardView, itemsPhaseFor, rankVotes, voteOptions } from '../board/index.ts'
import { defaultClusterTitle } from '../board/titles.ts'
import type { Cluster, Phase, Sticky } from '../domain/entities.ts'
import type { PhaseKind, VoteTarget } from '../domain/enums.ts'
import type { WorkshopData } from '../domain/interchange.ts'
import { piiChecker, WITHHELD_NOTE, WITHHELD_TEXT } from './guard.ts'
import type {
  ParticipantsJoin,
  PresenterState,
  ProjectorCluster,
  ProjectorContent,
  ProjectorCountermeasure,
  ProjectorEffectRow,
  ProjectorNote,
  ProjectorPhase,
  ProjectorProposal,
  ProjectorView,
  ProjectorVoteItem
} from './schema.ts'

// The projector's read model: what the room may see of the current phase, selected here on the
// core so a renderer cannot show what it never receives. Pure, so the core, the tests and a
// facilitator's preview all compute the very same view.
//
// Personal data: a note whose text the guard flags is kept on the wall as a neutral placeholder
// rather than dropped. The wall keeps its shape (cluster sizes, vote items and their ranking line
// up with what the room saw being written; spotlight stepping does not skip), and the facilitator
// sees on the screen that a note needs the guard's attention, while the room sees none of it. An
// author label the guard flags is dropped on its own: the note's text may be fine.

/** What the projector reads: the file without facilitator notes, summaries or anything else. */
export type ProjectorData = Pick<
  WorkshopData,
  | 'workshop'
  | 'bodies'
  | 'meetings'
  | 'phases'
  | 'stickies'
  | 'clusters'
  | 'votes'
  | 'countermeasures'
  | 'effectRows'
  | 'proposals'
  | 'responses'
  | 'knownNames'
>

export interface ProjectorExtras {
  /** The join address and code while phones may join (the participants capability decides). */
  participants?: ParticipantsJoin | null
  /** The core's clock, stamped into the view for the projector's clock-skew correction. */
  now: number
}

const BOARD_KINDS: ReadonlySet<PhaseKind> = new Set(['capture', 'cluster', 'reflect', 'invert'])
const MARK_KINDS: ReadonlySet<PhaseKind> = new Set(['reflect', 'invert'])

/** Automatic cluster titles cost a word analysis; they are remembered by the notes' texts. */
const autoTitles = new Map<string, string>()
const MAX_AUTO_TITLES = 5_000

function autoTitle(texts: string[]): string {
  const key = texts.join('\u0000')
  let title = autoTitles.get(key)
  if (title === undefined) {
    title = defaultClusterTitle(texts)
    if (autoTitles.size >= MAX_AUTO_TITLES) autoTitles.clear()
    autoTitles.set(key, title)
  }
  return title
}

const byPosition = <T extends { position: number }>(a: T, b: T): number => a.position - b.position

/** Everything the selection needs, made once per view. */
class Selection {
  readonly data: ProjectorData
  readonly flagged: (text: string) => boolean
  readonly withheldText: string
  readonly withheldNote: string

  constructor(data: ProjectorData) {
    this.data = data
    this.flagged = piiChecker(data.knownNames)
    this.withheldText = WITHHELD_TEXT[data.workshop.language]
    this.withheldNote = WITHHELD_NOTE[data.workshop.language]
  }

  /** Any free text the room sees: itself, or the placeholder when the guard flags it. */
  safe(text: string): string {
    return this.flagged(text) ? this.withheldText : text
  }

  note(s: Sticky, marks: boolean): ProjectorNote {
    const withheld = this.flagged(s.text)
    const label = this.data.workshop.showAuthorsOnProjector ? s.authorLabel?.trim() || null : null
    return {
      id: s.id,
      text: withheld ? this.withheldNote : s.text,
      withheld,
      colour: s.colour,
      author: label !== null && !this.flagged(label) ? label : null,
      happening: marks && s.happening
    }
  }

  /** The title the room sees: the facilitator's, else the automatic one from the notes it may see. */
  clusterTitle(cluster: Cluster, members: readonly Sticky[]): { title: string; withheld: boolean } {
    const title =
      cluster.title.trim() !== ''
        ? cluster.title
        : autoTitle(members.filter((s) => !this.flagged(s.text)).map((s) => s.text))
    const withheld = this.flagged(title)
    return { title: withheld ? this.withheldText : title, withheld }
  }

  board(phase: Phase): ProjectorContent {
    const itemsPhaseId = itemsPhaseFor(this.data, phase.id)
    const marks = MARK_KINDS.has(phase.kind)
    const view = boardView(this.data, itemsPhaseId, { includeHidden: false })
    const clusters: ProjectorCluster[] = view.clusters.map(({ cluster, stickies }) => ({
      id: cluster.id,
      ...this.clusterTitle(cluster, stickies),
      happening: marks && cluster.happening,
      notes: stickies.map((s) => this.note(s, marks))
    }))
    const notes = view.unsorted.map((s) => this.note(s, marks))
    let hiddenCount = 0
    for (const s of this.data.stickies) if (s.phaseId === itemsPhaseId && s.status === 'board' && s.hidden) hiddenCount += 1
    return { kind: 'board', clusters, notes, hiddenCount, countermeasures: marks ? this.countermeasures(clusters, notes) : [] }
  }

  /** The first steps attached to what is on the wall, in their own order. */
  countermeasures(clusters: ProjectorCluster[], notes: ProjectorNote[]): ProjectorCountermeasure[] {
    const clusterIds = new Set(clusters.map((c) => c.id))
    const noteIds = new Set([...clusters.flatMap((c) => c.notes), ...notes].map((n) => n.id))
    const out: ProjectorCountermeasure[] = []
    for (const c of [...this.data.countermeasures].sort(byPosition)) {
      let target: { targetType: VoteTarget; targetId: string } | null = null
      if (c.stickyId !== null && noteIds.has(c.stickyId)) target = { targetType: 'sticky', targetId: c.stickyId }
      else if (c.clusterId !== null && clusterIds.has(c.clusterId)) target = { targetType: 'cluster', targetId: c.clusterId }
      if (!target) continue
      out.push({ id: c.id, ...target, text: this.safe(c.text), owner: this.safe(c.owner), due: this.safe(c.due) })
    }
    return out
  }

  vote(phase: Phase): ProjectorContent {
    const labels = this.voteLabels(itemsPhaseFor(this.data, phase.id))
    const item = (targetType: VoteTarget, targetId: string, total: number | null): ProjectorVoteItem | null => {
      const label = labels.get(`${targetType}:${targetId}`)
      return label ? { targetType, targetId, label: label.text, withheld: label.withheld, total } : null
    }
    // The ranking's own labels are raw text; every label here comes from what the room may see,
    // and an item the room cannot see (a hidden note that somehow holds dots) is left out.
    const items = phase.votesRevealed
      ? rankVotes(this.data, phase.id).map((r) => item(r.targetType, r.targetId, r.total))
      : voteOptions(this.data, phase.id).map((o) => item(o.targetType, o.targetId, null))
    return {
      kind: 'vote',
      target: phase.voteTarget,
      dotsPerParticipant: phase.dotsPerParticipant,
      maxDotsPerItem: phase.maxDotsPerItem,
      revealed: phase.votesRevealed,
      items: items.filter((i): i is ProjectorVoteItem => i !== null)
    }
  }

  /** What each visible note and cluster of the voted-on phase is called on the screen. */
  voteLabels(itemsPhaseId: string): Map<string, { text: string; withheld: boolean }> {
    const labels = new Map<string, { text: string; withheld: boolean }>()
    const view = boardView(this.data, itemsPhaseId, { includeHidden: false })
    for (const { cluster, stickies } of view.clusters) {
      const t = this.clusterTitle(cluster, stickies)
      labels.set(`cluster:${cluster.id}`, { text: t.title, withheld: t.withheld })
    }
    for (const s of [...view.clusters.flatMap((c) => c.stickies), ...view.unsorted]) {
      const n = this.note(s, false)
      labels.set(`sticky:${s.id}`, { text: n.text, withheld: n.withheld })
    }
    return labels
  }

  effectChain(): ProjectorContent {
    const bodies = new Map(this.data.bodies.map((b) => [b.id, b]))
    const rows: ProjectorEffectRow[] = [...this.data.effectRows].sort(byPosition).map((r) => ({
      id: r.id,
      goalArea: this.safe(r.goalArea),
      longTerm: this.safe(r.longTerm),
      shortTerm: this.safe(r.shortTerm),
      output: this.safe(r.output),
      activity: this.safe(r.activity),
      responsible: r.responsibleIds.flatMap((id) => {
        const b = bodies.get(id)
        return b ? [this.safe(b.abbreviation.trim() || b.name)] : []
      }),
      time: this.safe(r.time),
      resources: this.safe(r.resources),
      collabNow: r.collabNow,
      collabNeeded: r.collabNeeded
    }))
    return { kind: 'effect_chain', rows }
  }

  proposals(withResponses: boolean): ProjectorProposal[] {
    const bodyName = new Map(this.data.bodies.map((b) => [b.id, b.name]))
    const responsesOf = new Map<string, ProjectorProposal['responses']>()
    if (withResponses) {
      for (const r of this.data.responses) {
        const name = bodyName.get(r.bodyId)
        if (name === undefined) continue
        let list = responsesOf.get(r.proposalId)
        if (!list) responsesOf.set(r.proposalId, (list = []))
        list.push({ body: this.safe(name), decision: r.decision, commitment: this.safe(r.commitment), date: r.date })
      }
    }
    return [...this.data.proposals].sort(byPosition).map((p) => ({
      id: p.id,
      kind: p.kind,
      text: this.safe(p.text),
      theme: this.safe(p.theme),
      receivers: p.receiverIds.flatMap((id) => {
        const name = bodyName.get(id)
        return name === undefined ? [] : [this.safe(name)]
      }),
      responses: responsesOf.get(p.id) ?? []
    }))
  }

  content(phase: Phase): ProjectorContent {
    if (BOARD_KINDS.has(phase.kind)) return this.board(phase)
    switch (phase.kind) {
      case 'vote':
        return this.vote(phase)
      case 'effect_chain':
        return this.effectChain()
      case 'proposals':
        return { kind: 'proposals', proposals: this.proposals(false) }
      case 'responses':
        return { kind: 'responses', proposals: this.proposals(true) }
      default:
        // inform, free_notes: the prompt only. The facilitator's notes are never the room's.
        return { kind: 'prompt' }
    }
  }

  phase(phase: Phase): ProjectorPhase {
    const meeting = this.data.meetings.find((m) => m.id === phase.meetingId)
    return {
      id: phase.id,
      kind: phase.kind,
      title: this.safe(phase.title),
      // The prompt is for the room; the guidance is the facilitator's and has no field here.
      prompt: this.safe(phase.prompt),
      meetingTitle: this.safe(meeting?.title ?? ''),
      silent: phase.silent,
      timer: { startedAt: phase.timerStartedAt, elapsedMs: phase.timerElapsedMs, durationMs: phase.timerDurationMs }
    }
  }
}

/** The notes and clusters a spotlight can land on, in wall order. */
export function spotlightTargets(content: ProjectorContent): { clusters: string[]; notes: string[]; items: { type: VoteTarget; id: string }[] } {
  if (content.kind === 'board') {
    return {
      clusters: content.clusters.map((c) => c.id),
      notes: [...content.clusters.flatMap((c) => c.notes), ...content.notes].map((n) => n.id),
      items: []
    }
  }
  if (content.kind === 'vote') {
    return { clusters: [], notes: [], items: content.items.map((i) => ({ type: i.targetType, id: i.targetId })) }
  }
  return { clusters: [], notes: [], items: [] }
}

/** True when the spotlight names something the view shows. */
export function canSpotlight(content: ProjectorContent, spotlight: { type: VoteTarget; id: string }): boolean {
  const t = spotlightTargets(content)
  if (content.kind === 'vote') return t.items.some((i) => i.type === spotlight.type && i.id === spotlight.id)
  return (spotlight.type === 'cluster' ? t.clusters : t.notes).includes(spotlight.id)
}

/**
 * The room's view of the workshop now. Blank carries no content at all (nothing to leak, nothing
 * to flash on reconnect); otherwise the current phase decides what is selected.
 */
export function projectorView(data: ProjectorData, presenter: PresenterState, extras: ProjectorExtras): ProjectorView {
  const sel = new Selection(data)
  const base = {
    serverTime: extras.now,
    language: data.workshop.language,
    workshopTitle: sel.safe(data.workshop.title)
  }
  if (presenter.blank) {
    return { ...base, presenter: { ...presenter }, phase: null, content: { kind: 'blank' }, participants: null }
  }
  const participants = extras.participants ?? null
  const current = data.phases.find((p) => p.id === data.workshop.currentPhaseId)
  if (!current) {
    return { ...base, presenter: { ...presenter, spotlight: null }, phase: null, content: { kind: 'none' }, participants }
  }
  const content = sel.content(current)
  // A spotlight on something that has left the wall (deleted, hidden again) falls back to the wall.
  const spotlight = presenter.spotlight && canSpotlight(content, presenter.spotlight) ? presenter.spotlight : null
  return { ...base, presenter: { ...presenter, spotlight }, phase: sel.phase(current), content, participants }
}

/**
 * The presenter state after an arrow key. A cluster in the spotlight steps through the clusters, a
 * note through the notes (wall order: cluster by cluster, then the unsorted), a vote item through
 * the items as listed. With nothing in the spotlight, → starts at the first (clusters when there
 * are any) and ← at the last. The ends hold: stepping past them keeps the last item.
 */
export function stepSpotlight(view: ProjectorView, presenter: PresenterState, direction: 1 | -1): PresenterState {
  const t = spotlightTargets(view.content)
  let list: { type: VoteTarget; id: string }[]
  const current = presenter.spotlight
  if (view.content.kind === 'vote') list = t.items
  else if (current?.type === 'cluster' || (current === null && t.clusters.length > 0)) {
    list = t.clusters.map((id) => ({ type: 'cluster' as const, id }))
  } else list = t.notes.map((id) => ({ type: 'sticky' as const, id }))
  if (list.length === 0) return { ...presenter, spotlight: null }
  const at = current ? list.findIndex((x) => x.type === current.type && x.id === current.id) : -1
  const next = at < 0 ? (direction === 1 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, at + direction))
  return { ...presenter, spotlight: { ...list[next] } }
}
