import type { Cluster, Sticky } from '../domain/entities.ts'
import type { WorkshopData } from '../domain/interchange.ts'

export interface BoardCluster {
  cluster: Cluster
  stickies: Sticky[]
}

export interface BoardView {
  clusters: BoardCluster[]
  unsorted: Sticky[]
}

const byPosition = <T extends { position: number }>(a: T, b: T): number => a.position - b.position

/**
 * The board of one phase as it is laid out: clusters in order, each with its notes in order, then
 * the unsorted notes. Only notes on the board (not in the moderation inbox); hidden notes (silent
 * writing) are left out when `includeHidden` is false, as on the projector.
 */
export function boardView(
  data: Pick<WorkshopData, 'stickies' | 'clusters'>,
  phaseId: string,
  opts: { includeHidden?: boolean } = {}
): BoardView {
  const includeHidden = opts.includeHidden ?? true
  const clusters = data.clusters.filter((c) => c.phaseId === phaseId).sort(byPosition)
  const members = new Map<string, Sticky[]>(clusters.map((c) => [c.id, []]))
  const unsorted: Sticky[] = []
  for (const s of data.stickies) {
    if (s.phaseId !== phaseId || s.status !== 'board' || (s.hidden && !includeHidden)) continue
    const list = s.clusterId === null ? undefined : members.get(s.clusterId)
    if (list) list.push(s)
    else unsorted.push(s)
  }
  return {
    clusters: clusters.map((cluster) => ({ cluster, stickies: (members.get(cluster.id) ?? []).sort(byPosition) })),
    unsorted: unsorted.sort(byPosition)
  }
}

/** The notes of a board in reading order: cluster by cluster, then the unsorted ones. */
export function boardOrder(view: BoardView): Sticky[] {
  return [...view.clusters.flatMap((c) => c.stickies), ...view.unsorted]
}
