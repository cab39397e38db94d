import { ApiError } from '../../../shared/api/errors.ts'
import type { Sticky } from '../../../shared/domain/entities.ts'
import { placeAt } from '../../../shared/board/order.ts'
import { defaultClusterTitle } from '../../../shared/board/titles.ts'
import type { Tx } from '../../db/store.ts'

/** The notes of one list on the board — a cluster, or a phase's unsorted notes — in order. */
export function listOf(tx: Tx, phaseId: string, clusterId: string | null): Sticky[] {
  return tx.list('sticky', { phaseId, clusterId, status: 'board' })
}

/**
 * Put a note into a list (a cluster, or unsorted) before `beforeId`, at `index`, or at the end.
 * Writes nothing when the note is already there.
 */
export function placeSticky(
  tx: Tx,
  sticky: Sticky,
  clusterId: string | null,
  where: { beforeId?: string | null; index?: number } = {}
): Sticky {
  const list = listOf(tx, sticky.phaseId, clusterId)
  const others = list.filter((s) => s.id !== sticky.id)
  let index = others.length
  if (where.beforeId) {
    index = others.findIndex((s) => s.id === where.beforeId)
    if (index < 0) throw new ApiError('invalid_input', `beforeId: "${where.beforeId}" is not another note of that list`)
  } else if (where.index !== undefined) index = Math.min(where.index, others.length)
  if (sticky.clusterId === clusterId && list.findIndex((s) => s.id === sticky.id) === index) return sticky
  const placement = placeAt(others.map((s) => s.position), index)
  if (placement.renumber) {
    others.forEach((s, i) => {
      const position = placement.renumber?.[i] ?? s.position
      if (s.position !== position) tx.update('sticky', s.id, { position })
    })
  }
  return tx.update('sticky', sticky.id, { clusterId, position: placement.position })
}

/** Append notes, in the given order, to the end of a list. */
export function appendStickies(tx: Tx, stickies: readonly Sticky[], phaseId: string, clusterId: string | null): Sticky[] {
  const ids = new Set(stickies.map((s) => s.id))
  let last = listOf(tx, phaseId, clusterId)
    .filter((s) => !ids.has(s.id))
    .reduce((max, s) => Math.max(max, s.position), 0)
  return stickies.map((s) => tx.update('sticky', s.id, { clusterId, position: ++last }))
}

export function nextClusterPosition(tx: Tx, phaseId: string): number {
  return tx.nextPosition('cluster', { phaseId })
}

/** The automatic title from the notes the room can see (a hidden note must not leak through it). */
export function automaticTitle(tx: Tx, clusterId: string): string {
  const cluster = tx.get('cluster', clusterId)
  if (!cluster) return ''
  const texts = listOf(tx, cluster.phaseId, clusterId)
    .filter((s) => !s.hidden)
    .map((s) => s.text)
  return defaultClusterTitle(texts)
}

/** Keep automatic titles in step with their notes; a title the facilitator typed is never touched. */
export function refreshTitle(tx: Tx, clusterId: string): void {
  const cluster = tx.get('cluster', clusterId)
  if (!cluster || cluster.titleCustom) return
  const title = automaticTitle(tx, clusterId)
  if (title !== '' && title !== cluster.title) tx.update('cluster', clusterId, { title })
}

/** True when something besides notes hangs on a cluster (so it must not vanish on its own). */
function hasAttachments(tx: Tx, clusterId: string): boolean {
  return (
    tx.list('countermeasure', { clusterId }).length > 0 ||
    tx.list('vote', { targetType: 'cluster', targetId: clusterId }).length > 0 ||
    tx.list('proposal', { sourceClusterId: clusterId }).length > 0 ||
    tx.list('effectRow', { sourceType: 'cluster', sourceId: clusterId }).length > 0
  )
}

/**
 * After notes left or joined clusters: a cluster left with no notes and nothing attached goes
 * (like a group of one card dissolving in the tools people know); the others get fresh titles.
 */
export function tidyClusters(tx: Tx, clusterIds: Iterable<string | null>): void {
  for (const id of new Set(clusterIds)) {
    if (id === null || !tx.get('cluster', id)) continue
    const empty = tx.list('sticky', { clusterId: id }).length === 0
    if (empty && !hasAttachments(tx, id)) tx.remove('cluster', id)
    else refreshTitle(tx, id)
  }
}
