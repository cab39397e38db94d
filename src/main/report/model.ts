import type { Body, Cluster, Countermeasure, EffectRow, Meeting, Note, Phase, Proposal, Question, Response, Sticky } from '../../shared/domain/entities.ts'
import type { WorkshopData } from '../../shared/domain/interchange.ts'
import { REPORT_LABELS, type ReportLabels } from '../../shared/report/labels.ts'
import type { ReportHeader, ReportOptions, ReportSection } from '../../shared/report/options.ts'
import { withApprovedSummaries } from '../../shared/summary/snapshot.ts'

// The workshop rearranged the way the report reads it: ordered, grouped, counted. Pure over data
// that has already been redacted (see shared/report/redact.ts), so no section can print anything
// the redaction did not see.

export interface VoteLine {
  label: string
  votes: number
  rank: number
}

export interface NumberedProposal {
  proposal: Proposal
  /** 1, 2, 3 … in the order the group put them; the same number in every section. */
  number: number
  label: string
}

export interface ReportModel {
  data: WorkshopData
  options: ReportOptions
  labels: ReportLabels
  header: ReportHeader
  /** The report's date, YYYY-MM-DD. */
  date: string
  bodies: Map<string, Body>
  meetings: Meeting[]
  phasesOf: Map<string, Phase[]>
  /** Board notes of a phase that are in no cluster. */
  looseStickiesOf: Map<string, Sticky[]>
  /** Every board note of a phase, clustered or not (the appendix lists them all). */
  allStickiesOf: Map<string, Sticky[]>
  stickiesInCluster: Map<string, Sticky[]>
  clustersOf: Map<string, Cluster[]>
  countermeasuresOf: Map<string, Countermeasure[]>
  votesOf: Map<string, VoteLine[]>
  notesOfPhase: Map<string, Note[]>
  /** Notes of a meeting that belong to no phase. */
  notesOfMeeting: Map<string, Note[]>
  questionsOf: Map<string, Question[]>
  receivers: Body[]
  proposals: NumberedProposal[]
  responsesOf: Map<string, Response[]>
  effectRows: EffectRow[]
  include: (section: ReportSection) => boolean
  /** Each numbered list in the document needs its own instance so it counts from 1. */
  nextListInstance: () => number
}

const byPosition = <T extends { position: number }>(a: T, b: T): number => a.position - b.position

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const row of rows) {
    const k = key(row)
    if (k === null) continue
    const list = out.get(k)
    if (list) list.push(row)
    else out.set(k, [row])
  }
  return out
}

function tallies(data: WorkshopData, labels: ReportLabels): Map<string, VoteLine[]> {
  const stickies = new Map(data.stickies.map((s) => [s.id, s]))
  const clusters = new Map(data.clusters.map((c) => [c.id, c]))
  const out = new Map<string, VoteLine[]>()
  for (const [phaseId, votes] of groupBy(data.votes, (v) => v.phaseId)) {
    // Paper tallies and phone votes alike: the count is what the room gave the item.
    const sums = new Map<string, { label: string; votes: number }>()
    for (const v of votes) {
      const key = `${v.targetType}:${v.targetId}`
      const label =
        v.targetType === 'sticky' ? stickies.get(v.targetId)?.text : clusters.get(v.targetId)?.title || labels.none
      if (label === undefined) continue // a removed note's votes are not results
      const entry = sums.get(key) ?? { label, votes: 0 }
      entry.votes += v.count
      sums.set(key, entry)
    }
    const lines = [...sums.values()].filter((l) => l.votes > 0).sort((a, b) => b.votes - a.votes)
    // Competition ranking: equal votes share a place, the next place skips (1, 2, 2, 4).
    const ranked = lines.map((l) => ({ ...l, rank: lines.findIndex((x) => x.votes === l.votes) + 1 }))
    if (ranked.length > 0) out.set(phaseId, ranked)
  }
  return out
}

/**
 * The report's view of the meetings: when a meeting has an approved summary (minnesanteckningar),
 * the newest approved version's snapshot replaces that meeting's live rows. Approved content wins
 * over live data: it is what the participants checked, so a later edit on the board does not
 * change it until a new version is exported and approved (see shared/summary/snapshot.ts).
 * Applied before redaction (build.ts), so the guard reads what the report prints.
 */
export function meetingRows(data: WorkshopData): WorkshopData {
  return withApprovedSummaries(data)
}

export function buildModel(redacted: WorkshopData, options: ReportOptions, header: ReportHeader, date: string): ReportModel {
  const data = redacted
  const labels = REPORT_LABELS[options.language]
  const board = data.stickies.filter((s) => s.status === 'board').sort(byPosition)
  const clusterIds = new Set(data.clusters.map((c) => c.id))
  const chosen = new Set(options.sections)
  let lists = 0
  const proposals = [...data.proposals].sort(byPosition).map((p, i) => ({
    proposal: p,
    number: i + 1,
    label: `${p.kind === 'proposal' ? labels.proposal : labels.recommendation} ${i + 1}`
  }))
  return {
    data,
    options,
    labels,
    header,
    date,
    bodies: new Map(data.bodies.map((b) => [b.id, b])),
    meetings: [...data.meetings].sort(byPosition),
    phasesOf: new Map([...groupBy(data.phases, (p) => p.meetingId)].map(([k, v]) => [k, v.sort(byPosition)])),
    looseStickiesOf: groupBy(board, (s) => (s.clusterId && clusterIds.has(s.clusterId) ? null : s.phaseId)),
    allStickiesOf: groupBy(board, (s) => s.phaseId),
    stickiesInCluster: groupBy(board, (s) => s.clusterId),
    clustersOf: new Map([...groupBy(data.clusters, (c) => c.phaseId)].map(([k, v]) => [k, v.sort(byPosition)])),
    countermeasuresOf: groupBy([...data.countermeasures].sort(byPosition), (c) => c.stickyId ?? c.clusterId),
    votesOf: tallies({ ...data, stickies: board }, labels),
    notesOfPhase: groupBy(data.notes, (n) => n.phaseId),
    notesOfMeeting: groupBy(data.notes, (n) => (n.phaseId === null ? n.meetingId : null)),
    questionsOf: new Map([...groupBy(data.questions, (q) => q.meetingId)].map(([k, v]) => [k, v.sort(byPosition)])),
    receivers: data.bodies.filter((b) => b.isReceiver).sort(byPosition),
    proposals,
    responsesOf: groupBy(data.responses, (r) => r.proposalId),
    effectRows: [...data.effectRows].sort(byPosition),
    include: (section) => chosen.has(section),
    nextListInstance: () => ++lists
  }
}

/** "UBN" when the body has an abbreviation, else its name. */
export function shortName(body: Body): string {
  return body.abbreviation.trim() || body.name
}
