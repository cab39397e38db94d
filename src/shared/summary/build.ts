import type { Cluster, Phase, Proposal, Sticky } from '../domain/entities.ts'
import type { Language } from '../domain/enums.ts'
import type { SummaryContent } from './content.ts'
import { SUMMARY_LABELS } from './labels.ts'
import type { MeetingRows } from './rows.ts'

// The summary's content from one meeting's rows (already through the guard). Pure and short on
// purpose: one or two pages a resident reads, so votes are cut to the first few and nothing is
// explained twice.

/** At most this many ranked lines per vote; the rest are counted ("and 4 more items"). */
export const MAX_VOTE_LINES = 8

export interface BuildInput {
  rows: MeetingRows
  /** The meeting's proposals, each with its label as numbered across the workshop ("Rekommendation 3"). */
  proposals: { proposal: Proposal; label: string }[]
  language: Language
  version: number
  date: string
  municipality: string
  workshopTitle: string
  /** Null for a one-off workshop. */
  meetingNumber: number | null
  changes: SummaryContent['changes']
  nextMeeting: SummaryContent['nextMeeting']
  correctionsBy: string
  contact: string
}

const byPosition = <T extends { position: number }>(a: T, b: T): number => a.position - b.position

/** Steps that happened: those started or finished, or with something in them; all of them if none. */
function stepsOf(rows: MeetingRows, phases: Phase[]): Phase[] {
  const used = new Set([...rows.stickies.map((s) => s.phaseId), ...rows.clusters.map((c) => c.phaseId), ...rows.notes.map((n) => n.phaseId)])
  const held = phases.filter((p) => p.state !== 'pending' || used.has(p.id))
  return held.length > 0 ? held : phases
}

/**
 * Themes first (the clusters, in step order), then each step's notes that are in no theme: under
 * "Andra tankar" when the step's other notes went into themes, else under the step's own title.
 */
function themesOf(rows: MeetingRows, phases: Phase[], otherNotes: string): SummaryContent['themes'] {
  const out: SummaryContent['themes'] = []
  const clusterIds = new Set(rows.clusters.map((c) => c.id))
  const note = (s: Sticky) => ({ text: s.text, happening: s.happening })
  const inTheme = (s: Sticky): boolean => s.clusterId !== null && clusterIds.has(s.clusterId)
  for (const phase of phases) {
    for (const c of rows.clusters.filter((x) => x.phaseId === phase.id).sort(byPosition)) {
      const notes = rows.stickies.filter((s) => s.clusterId === c.id).sort(byPosition)
      if (notes.length > 0) out.push({ title: c.title.trim(), happening: c.happening, notes: notes.map(note) })
    }
  }
  const firstLoose = out.length
  for (const phase of phases) {
    const own = rows.stickies.filter((s) => s.phaseId === phase.id)
    const loose = own.filter((s) => !inTheme(s)).sort(byPosition)
    if (loose.length === 0) continue
    const grouped = own.some(inTheme) || rows.clusters.some((c) => c.phaseId === phase.id)
    const title = grouped ? otherNotes : phase.title.trim()
    // Two steps of the same name (or two "Andra tankar") make one list.
    const same = out.find((t, i) => i >= firstLoose && t.title === title)
    if (same) same.notes.push(...loose.map(note))
    else out.push({ title, happening: false, notes: loose.map(note) })
  }
  return out
}

function votesOf(rows: MeetingRows, phases: Phase[]): SummaryContent['votes'] {
  const labelOf = new Map<string, string>([
    ...rows.stickies.map((s): [string, string] => [`sticky:${s.id}`, s.text]),
    ...rows.clusters.map((c: Cluster): [string, string] => [`cluster:${c.id}`, c.title.trim()])
  ])
  const out: SummaryContent['votes'] = []
  for (const phase of phases) {
    const sums = new Map<string, number>()
    for (const v of rows.votes.filter((x) => x.phaseId === phase.id)) {
      const key = `${v.targetType}:${v.targetId}`
      if (labelOf.has(key)) sums.set(key, (sums.get(key) ?? 0) + v.count)
    }
    const lines = [...sums].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])
    if (lines.length === 0) continue
    // Competition ranking: equal votes share a place (1, 2, 2, 4), as in the report.
    const ranked = lines.map(([key, votes]) => ({ rank: lines.findIndex(([, n]) => n === votes) + 1, label: labelOf.get(key) ?? '', votes }))
    out.push({ title: phase.title.trim(), lines: ranked.slice(0, MAX_VOTE_LINES), more: Math.max(0, ranked.length - MAX_VOTE_LINES) })
  }
  return out
}

export function buildSummaryContent(input: BuildInput): SummaryContent {
  const { rows } = input
  const labels = SUMMARY_LABELS[input.language]
  const phases = [...rows.phases].sort(byPosition)
  const phaseOrder = new Map(phases.map((p, i) => [p.id, i]))
  const items = new Map<string, string>([
    ...rows.stickies.map((s): [string, string] => [s.id, s.text]),
    ...rows.clusters.map((c): [string, string] => [c.id, c.title.trim()])
  ])
  const notes = [...rows.notes]
    // Step notes in step order, then the meeting's own note.
    .sort((a, b) => (phaseOrder.get(a.phaseId ?? '') ?? phases.length) - (phaseOrder.get(b.phaseId ?? '') ?? phases.length))
    .filter((n) => n.plainText.trim() !== '')
    .map((n) => ({ lexicalJson: n.lexicalJson, plainText: n.plainText }))
  return {
    language: input.language,
    version: input.version,
    date: input.date,
    municipality: input.municipality,
    workshopTitle: input.workshopTitle,
    meeting: {
      number: input.meetingNumber,
      title: rows.meeting.title.trim(),
      date: rows.meeting.date,
      place: rows.meeting.place.trim(),
      participantCount: rows.meeting.participantCount
    },
    changes: input.changes,
    steps: stepsOf(rows, phases).map((p) => ({ title: p.title.trim() || labels.step, question: p.prompt.trim() })),
    themes: themesOf(rows, phases, labels.otherNotes),
    votes: votesOf(rows, phases),
    notes,
    firstSteps: [...rows.countermeasures].sort(byPosition).map((c) => ({
      item: items.get(c.stickyId ?? c.clusterId ?? '') ?? '',
      text: c.text,
      owner: c.owner.trim(),
      due: c.due.trim()
    })),
    proposals: input.proposals.map((p) => ({ label: p.label, text: p.proposal.text })),
    questions: [...rows.questions].filter((q) => !q.resolved).sort(byPosition).map((q) => q.text),
    nextMeeting: input.nextMeeting,
    corrections: { by: input.correctionsBy, contact: input.contact }
  }
}
