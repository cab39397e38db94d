import type { Phase } from '../domain/entities.ts'
import type { PhaseKind } from '../domain/enums.ts'
import type { WorkshopData } from '../domain/interchange.ts'

export type PhaseData = Pick<WorkshopData, 'meetings' | 'phases' | 'stickies' | 'clusters'>

/** Phases whose notes are their own: the room writes (capture) or regroups (cluster) there. */
export const BOARD_KINDS: readonly PhaseKind[] = ['capture', 'cluster']

/** Every phase in running order: meeting by meeting, phase by phase. */
export function orderedPhases(data: Pick<WorkshopData, 'meetings' | 'phases'>): Phase[] {
  const meetingPos = new Map(data.meetings.map((m) => [m.id, m.position]))
  return [...data.phases].sort(
    (a, b) => (meetingPos.get(a.meetingId) ?? 0) - (meetingPos.get(b.meetingId) ?? 0) || a.position - b.position
  )
}

/** True when phase `a` runs before phase `b` (an earlier meeting, or earlier in the same one). */
export function isEarlierPhase(data: Pick<WorkshopData, 'meetings' | 'phases'>, a: string, b: string): boolean {
  const order = orderedPhases(data).map((p) => p.id)
  const ia = order.indexOf(a)
  const ib = order.indexOf(b)
  return ia >= 0 && ib >= 0 && ia < ib
}

/** True when a phase holds notes on the board or clusters. */
export function phaseHasItems(data: Pick<WorkshopData, 'stickies' | 'clusters'>, phaseId: string): boolean {
  return (
    data.clusters.some((c) => c.phaseId === phaseId) || data.stickies.some((s) => s.phaseId === phaseId && s.status === 'board')
  )
}

/** The nearest earlier phase of the same meeting that holds notes or clusters, if any. */
export function nearestEarlierPhaseWithItems(data: PhaseData, phaseId: string): Phase | null {
  const phase = data.phases.find((p) => p.id === phaseId)
  if (!phase) return null
  const earlier = data.phases
    .filter((p) => p.meetingId === phase.meetingId && p.position < phase.position)
    .sort((a, b) => b.position - a.position)
  return earlier.find((p) => phaseHasItems(data, p.id)) ?? null
}

/**
 * The phase whose notes and clusters a phase works on. Capture and cluster phases work on their
 * own notes. Every other phase (reflect: "already happening", vote, invert: countermeasures, ...)
 * works on the nearest earlier phase of the same meeting that has notes or clusters — in the
 * dystopia exercise the vote is on the clusters made just before — and on its own notes when no
 * earlier phase has any. Core and views both use this, so they always agree.
 */
export function itemsPhaseFor(data: PhaseData, phaseId: string): string {
  const phase = data.phases.find((p) => p.id === phaseId)
  if (!phase || BOARD_KINDS.includes(phase.kind)) return phaseId
  return nearestEarlierPhaseWithItems(data, phaseId)?.id ?? phaseId
}

/** Earlier phases (any meeting) with notes on the board, nearest first: where notes can be brought from. */
export function bringInSources(data: PhaseData, phaseId: string): Phase[] {
  const order = orderedPhases(data)
  const at = order.findIndex((p) => p.id === phaseId)
  if (at < 0) return []
  return order
    .slice(0, at)
    .reverse()
    .filter((p) => data.stickies.some((s) => s.phaseId === p.id && s.status === 'board'))
}
