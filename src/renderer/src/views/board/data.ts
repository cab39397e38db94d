import type { Cluster, Sticky } from '../../../../shared/domain/entities.ts'
import type { StickyColour } from '../../../../shared/domain/enums.ts'
import type { WorkshopData } from '../../../../shared/domain/interchange.ts'
import { textMatcher } from '../../../../shared/board/filter.ts'
import type { EntityTables } from '../../store/index.ts'

// Pure derivations from the store's tables, memoised on table identity: the store copies only the
// tables a change touches, so an edit to one note recomputes the notes' views and nothing else.

const rowsCache = new WeakMap<object, unknown[]>()

/** A table's rows as an array, the same array for as long as the table is the same object. */
export function rowsOf<T>(table: Readonly<Record<string, T>>): T[] {
  let rows = rowsCache.get(table) as T[] | undefined
  if (!rows) {
    rows = Object.values(table)
    rowsCache.set(table, rows)
  }
  return rows
}

export type BoardData = Pick<WorkshopData, 'meetings' | 'phases' | 'stickies' | 'clusters' | 'votes' | 'countermeasures'>

let lastData: { key: readonly object[]; data: BoardData } | null = null

/** The parts of a workshop the shared board rules take, as arrays (what `src/shared/board` expects). */
export function boardData(tables: EntityTables): BoardData {
  const key = [tables.meeting, tables.phase, tables.sticky, tables.cluster, tables.vote, tables.countermeasure]
  if (lastData && lastData.key.every((t, i) => t === key[i])) return lastData.data
  const data: BoardData = {
    meetings: rowsOf(tables.meeting),
    phases: rowsOf(tables.phase),
    stickies: rowsOf(tables.sticky),
    clusters: rowsOf(tables.cluster),
    votes: rowsOf(tables.vote),
    countermeasures: rowsOf(tables.countermeasure)
  }
  lastData = { key, data }
  return data
}

export interface BoardFilter {
  text: string
  colour: StickyColour | ''
  /** '' every list, 'unsorted' the unsorted notes, else a cluster's id. */
  cluster: string
}

export const NO_FILTER: BoardFilter = { text: '', colour: '', cluster: '' }

export function isFiltering(f: BoardFilter): boolean {
  return f.text.trim() !== '' || f.colour !== '' || f.cluster !== ''
}

export interface ClusterLayout {
  id: string
  /** The notes shown (after the filter), in order. */
  stickyIds: readonly string[]
  /** All of its notes, filter or not. */
  total: number
}

export interface BoardLayout {
  clusters: readonly ClusterLayout[]
  unsorted: readonly string[]
  unsortedTotal: number
  /** Every shown note in reading order: clusters first, then unsorted. */
  order: readonly string[]
  total: number
  shown: number
  hidden: number
}

const byPosition = (a: { position: number; id: string }, b: { position: number; id: string }): number =>
  a.position - b.position || (a.id < b.id ? -1 : 1)

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/**
 * One phase's board: clusters in order with their notes, then the unsorted notes. Arrays that did
 * not change keep the identity they had in `previous`, so a memoised cluster whose notes are the
 * same does not re-render when a note elsewhere moves.
 */
export function computeLayout(
  stickies: Readonly<Record<string, Sticky>>,
  clusters: Readonly<Record<string, Cluster>>,
  phaseId: string,
  filter: BoardFilter,
  previous: BoardLayout | null
): BoardLayout {
  const match = textMatcher(filter.text)
  const filtering = isFiltering(filter)
  const ordered = rowsOf(clusters)
    .filter((c) => c.phaseId === phaseId)
    .sort(byPosition)
  const members = new Map<string, Sticky[]>(ordered.map((c) => [c.id, []]))
  const unsortedAll: Sticky[] = []
  let total = 0
  let hidden = 0
  for (const s of rowsOf(stickies)) {
    if (s.phaseId !== phaseId || s.status !== 'board') continue
    total++
    if (s.hidden) hidden++
    const list = s.clusterId === null ? undefined : members.get(s.clusterId)
    if (list) list.push(s)
    else unsortedAll.push(s)
  }
  const shows = (s: Sticky, listKey: string): boolean =>
    (filter.cluster === '' || filter.cluster === listKey) && (filter.colour === '' || s.colour === filter.colour) && match(s.text)

  const prevClusters = new Map((previous?.clusters ?? []).map((c) => [c.id, c]))
  const layoutClusters: ClusterLayout[] = []
  for (const c of ordered) {
    const all = (members.get(c.id) ?? []).sort(byPosition)
    let ids = all.filter((s) => shows(s, c.id)).map((s) => s.id)
    if (filtering && ids.length === 0) continue
    const prev = prevClusters.get(c.id)
    if (prev && sameIds(prev.stickyIds, ids)) ids = prev.stickyIds as string[]
    layoutClusters.push(prev && prev.stickyIds === ids && prev.total === all.length ? prev : { id: c.id, stickyIds: ids, total: all.length })
  }
  let unsorted = unsortedAll
    .sort(byPosition)
    .filter((s) => shows(s, 'unsorted'))
    .map((s) => s.id)
  if (previous && sameIds(previous.unsorted, unsorted)) unsorted = previous.unsorted as string[]
  const clustersOut = previous && previous.clusters.length === layoutClusters.length && previous.clusters.every((c, i) => c === layoutClusters[i])
    ? previous.clusters
    : layoutClusters
  let order = [...clustersOut.flatMap((c) => c.stickyIds), ...unsorted]
  if (previous && sameIds(previous.order, order)) order = previous.order as string[]
  const layout: BoardLayout = {
    clusters: clustersOut,
    unsorted,
    unsortedTotal: unsortedAll.length,
    order,
    total,
    shown: order.length,
    hidden
  }
  if (
    previous &&
    previous.clusters === layout.clusters &&
    previous.unsorted === layout.unsorted &&
    previous.order === layout.order &&
    previous.total === total &&
    previous.hidden === hidden &&
    previous.unsortedTotal === layout.unsortedTotal
  ) {
    return previous
  }
  return layout
}
