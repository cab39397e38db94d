import { ApiError } from '../../../shared/api/errors.ts'
import type { Cluster, Sticky } from '../../../shared/domain/entities.ts'
import { placeAt } from '../../../shared/board/order.ts'
import { defaultClusterTitle } from '../../../shared/board/titles.ts'
import { sanitizeLine } from '../../../shared/text/sanitize.ts'
import type { Tx } from '../../db/store.ts'
import type { Handlers } from '../context.ts'
import { systemIds } from '../ids.ts'
import { requireCluster, requirePhase, requireStickiesInPhase } from './common.ts'
import { appendStickies, automaticTitle, listOf, nextClusterPosition, refreshTitle, tidyClusters } from './layout.ts'
import { moveVotes } from './votes.ts'

/** A new cluster of `stickies` (in that order), titled from their words unless a title is given. */
export function createCluster(tx: Tx, phaseId: string, stickies: readonly Sticky[], title?: string, position?: number): Cluster {
  const typed = sanitizeLine(title ?? '')
  const cluster = tx.insert('cluster', {
    id: systemIds.newId(),
    phaseId,
    title: typed !== '' ? typed : defaultClusterTitle(stickies.filter((s) => !s.hidden).map((s) => s.text)),
    titleCustom: typed !== '',
    position: position ?? nextClusterPosition(tx, phaseId),
    collapsed: false,
    happening: false,
    createdAt: systemIds.now()
  })
  const left = stickies.map((s) => s.clusterId)
  appendStickies(tx, stickies, phaseId, cluster.id)
  tidyClusters(tx, left)
  return cluster
}

/** Move a cluster to `index` among the other clusters of its phase. */
function placeCluster(tx: Tx, cluster: Cluster, index: number): Cluster {
  const all = tx.list('cluster', { phaseId: cluster.phaseId })
  const others = all.filter((c) => c.id !== cluster.id)
  if (all.findIndex((c) => c.id === cluster.id) === index) return cluster
  const placement = placeAt(others.map((c) => c.position), index)
  if (placement.renumber) {
    others.forEach((c, i) => {
      const position = placement.renumber?.[i] ?? c.position
      if (c.position !== position) tx.update('cluster', c.id, { position })
    })
  }
  return tx.update('cluster', cluster.id, { position: placement.position })
}

function samePhase(a: Cluster, b: Cluster): void {
  if (a.phaseId !== b.phaseId) throw new ApiError('invalid_input', 'the clusters belong to different phases')
}

export const clusterHandlers: Handlers<
  | 'cluster.create'
  | 'cluster.rename'
  | 'cluster.merge'
  | 'cluster.split'
  | 'cluster.dissolve'
  | 'cluster.setCollapsed'
  | 'cluster.setAllCollapsed'
  | 'cluster.reorder'
> = {
  'cluster.create': (input, ctx) =>
    ctx.mutate(input.docId, 'cluster.create', (tx) => {
      requirePhase(tx, input.phaseId)
      const stickies = requireStickiesInPhase(tx, input.stickyIds, input.phaseId)
      return requireCluster(tx, createCluster(tx, input.phaseId, stickies, input.title).id)
    }),

  'cluster.rename': (input, ctx) =>
    ctx.mutate(input.docId, 'cluster.rename', (tx) => {
      const cluster = requireCluster(tx, input.id)
      const title = sanitizeLine(input.title)
      if (title !== '' && title === cluster.title && cluster.titleCustom) return cluster
      if (title !== '') return tx.update('cluster', cluster.id, { title, titleCustom: true })
      // Clearing the name hands the title back to the notes.
      return tx.update('cluster', cluster.id, { title: automaticTitle(tx, cluster.id) || cluster.title, titleCustom: false })
    }),

  'cluster.merge': (input, ctx) =>
    ctx.mutate(input.docId, 'cluster.merge', (tx) => {
      if (input.sourceId === input.targetId) throw new ApiError('invalid_input', 'a cluster cannot be merged into itself')
      const source = requireCluster(tx, input.sourceId)
      const target = requireCluster(tx, input.targetId)
      samePhase(source, target)
      appendStickies(tx, tx.list('sticky', { clusterId: source.id }), target.phaseId, target.id)
      // What hangs on the source moves with its notes, so merging loses nothing.
      let last = tx.nextPosition('countermeasure', { clusterId: target.id }) - 1
      for (const c of tx.list('countermeasure', { clusterId: source.id })) {
        tx.update('countermeasure', c.id, { clusterId: target.id, position: ++last })
      }
      moveVotes(tx, 'cluster', source.id, target.id)
      for (const p of tx.list('proposal', { sourceClusterId: source.id })) tx.update('proposal', p.id, { sourceClusterId: target.id })
      for (const r of tx.list('effectRow', { sourceType: 'cluster', sourceId: source.id })) tx.update('effectRow', r.id, { sourceId: target.id })
      const patch: Partial<Cluster> = {}
      if (source.happening && !target.happening) patch.happening = true
      if (source.titleCustom && !target.titleCustom) Object.assign(patch, { title: source.title, titleCustom: true })
      if (Object.keys(patch).length > 0) tx.update('cluster', target.id, patch)
      tx.remove('cluster', source.id)
      refreshTitle(tx, target.id)
      return requireCluster(tx, target.id)
    }),

  'cluster.split': (input, ctx) =>
    ctx.mutate(input.docId, 'cluster.split', (tx) => {
      const cluster = requireCluster(tx, input.id)
      const wanted = new Set(input.stickyIds)
      if (wanted.size !== input.stickyIds.length) throw new ApiError('invalid_input', 'stickyIds: a note is named twice')
      const members = listOf(tx, cluster.phaseId, cluster.id)
      for (const id of wanted) {
        if (!members.some((s) => s.id === id)) throw new ApiError('invalid_input', `the note "${id}" is not in this cluster`)
      }
      if (wanted.size === members.length) {
        throw new ApiError('invalid_input', 'leave at least one note in the cluster (or ungroup it instead)')
      }
      const clusters = tx.list('cluster', { phaseId: cluster.phaseId })
      const index = clusters.findIndex((c) => c.id === cluster.id) + 1
      const placement = placeAt(clusters.map((c) => c.position), index)
      if (placement.renumber) {
        clusters.forEach((c, i) => {
          const position = placement.renumber?.[i] ?? c.position
          if (c.position !== position) tx.update('cluster', c.id, { position })
        })
      }
      // The moved notes keep the order they had in the cluster.
      const moving = members.filter((s) => wanted.has(s.id))
      const created = createCluster(tx, cluster.phaseId, moving, undefined, placement.position)
      return requireCluster(tx, created.id)
    }),

  'cluster.dissolve': (input, ctx) =>
    ctx.mutate(input.docId, 'cluster.dissolve', (tx) => {
      const cluster = requireCluster(tx, input.id)
      appendStickies(tx, tx.list('sticky', { clusterId: cluster.id }), cluster.phaseId, null)
      tx.remove('cluster', cluster.id)
      return {}
    }),

  'cluster.setCollapsed': (input, ctx) =>
    ctx.mutate(input.docId, 'cluster.setCollapsed', (tx) => {
      const cluster = requireCluster(tx, input.id)
      return cluster.collapsed === input.collapsed ? cluster : tx.update('cluster', cluster.id, { collapsed: input.collapsed })
    }),

  'cluster.setAllCollapsed': (input, ctx) =>
    ctx.mutate(input.docId, 'cluster.setAllCollapsed', (tx) => {
      requirePhase(tx, input.phaseId)
      const changing = tx.list('cluster', { phaseId: input.phaseId }).filter((c) => c.collapsed !== input.collapsed)
      for (const c of changing) tx.update('cluster', c.id, { collapsed: input.collapsed })
      return { changed: changing.length }
    }),

  'cluster.reorder': (input, ctx) =>
    ctx.mutate(input.docId, 'cluster.reorder', (tx) => {
      const cluster = requireCluster(tx, input.id)
      const others = tx.list('cluster', { phaseId: cluster.phaseId }).filter((c) => c.id !== cluster.id)
      let index = others.length
      if (input.beforeId !== null) {
        index = others.findIndex((c) => c.id === input.beforeId)
        if (index < 0) throw new ApiError('invalid_input', `beforeId: "${input.beforeId}" is not another cluster of this phase`)
      }
      return placeCluster(tx, cluster, index)
    })
}
