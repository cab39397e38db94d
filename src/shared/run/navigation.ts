import type { Meeting, Phase, Workshop } from '../domain/entities.ts'
import type { PhaseState } from '../domain/enums.ts'

const byPosition = <T extends { position: number }>(a: T, b: T): number => a.position - b.position

export function meetingsInOrder<M extends Pick<Meeting, 'position'>>(meetings: readonly M[]): M[] {
  return [...meetings].sort(byPosition)
}

export function phasesOf<P extends Pick<Phase, 'meetingId' | 'position'>>(phases: readonly P[], meetingId: string): P[] {
  return phases.filter((p) => p.meetingId === meetingId).sort(byPosition)
}

/** The rail's states with `activeId` as "now": before it done, after it pending. */
export function statesAround(orderedIds: readonly string[], activeId: string): Map<string, PhaseState> {
  const at = orderedIds.indexOf(activeId)
  return new Map(orderedIds.map((id, i) => [id, i < at ? 'done' : i === at ? 'active' : 'pending']))
}

export interface RailData {
  readonly workshop: Pick<Workshop, 'currentPhaseId'>
  readonly phases: readonly Phase[]
}

/** The phase before or after the current one in the same meeting; null at either end. */
export function neighbourPhase(data: RailData, step: 1 | -1): Phase | null {
  const current = data.phases.find((p) => p.id === data.workshop.currentPhaseId)
  if (!current) return null
  const list = phasesOf(data.phases, current.meetingId)
  return list[list.findIndex((p) => p.id === current.id) + step] ?? null
}

/**
 * Where to insert: after `afterId`, at the start when it is null, at the end when undefined.
 * Positions are REAL, so a new row fits between two neighbours without renumbering.
 */
export function positionAfter(
  ordered: readonly { id: string; position: number }[],
  afterId: string | null | undefined
): number {
  if (ordered.length === 0) return 1
  if (afterId === null) return ordered[0].position - 1
  const i = afterId === undefined ? -1 : ordered.findIndex((x) => x.id === afterId)
  if (i < 0) return ordered[ordered.length - 1].position + 1
  const next = ordered[i + 1]
  return next ? (ordered[i].position + next.position) / 2 : ordered[i].position + 1
}
