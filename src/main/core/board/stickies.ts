import { ApiError } from '../../../shared/api/errors.ts'
import type { Cluster, Sticky } from '../../../shared/domain/entities.ts'
import { isEarlierPhase } from '../../../shared/board/phases.ts'
import { sanitizeLine, sanitizeText } from '../../../shared/text/sanitize.ts'
import type { Handlers } from '../context.ts'
import { systemIds } from '../ids.ts'
import { requireBoardSticky, requireCluster, requirePhase, requireSticky, uniqueIds } from './common.ts'
import { nextClusterPosition, placeSticky, refreshTitle, tidyClusters } from './layout.ts'

export const stickyHandlers: Handlers<'sticky.addMany' | 'sticky.move' | 'sticky.moveMany' | 'sticky.removeMany' | 'sticky.bringIn'> = {
  'sticky.addMany': (input, ctx) =>
    ctx.mutate(input.docId, 'sticky.addMany', (tx) => {
      const phase = requirePhase(tx, input.phaseId)
      const clusterId = input.clusterId ?? null
      if (clusterId !== null && requireCluster(tx, clusterId).phaseId !== phase.id) {
        throw new ApiError('invalid_input', 'clusterId: the cluster belongs to another phase')
      }
      const texts = input.texts.map((t) => sanitizeText(t).trim()).filter((t) => t !== '')
      if (texts.length === 0) throw new ApiError('invalid_input', 'texts: every line is empty')
      const authorLabel = input.authorLabel ? sanitizeLine(input.authorLabel) || null : null
      let last = tx.nextPosition('sticky', { phaseId: phase.id }) - 1
      const now = systemIds.now()
      const stickies = texts.map((text) =>
        tx.insert('sticky', {
          id: systemIds.newId(),
          phaseId: phase.id,
          text,
          colour: input.colour ?? 'yellow',
          authorLabel,
          hidden: phase.silent,
          source: 'facilitator',
          status: 'board',
          clusterId,
          position: ++last,
          happening: false,
          createdAt: now,
          updatedAt: now
        })
      )
      if (clusterId !== null) refreshTitle(tx, clusterId)
      return { stickies }
    }),

  'sticky.move': (input, ctx) =>
    ctx.mutate(input.docId, 'sticky.move', (tx) => {
      const sticky = requireBoardSticky(tx, input.id)
      if (input.clusterId !== null && requireCluster(tx, input.clusterId).phaseId !== sticky.phaseId) {
        throw new ApiError('invalid_input', 'clusterId: the cluster belongs to another phase')
      }
      if (input.beforeId === input.id) throw new ApiError('invalid_input', 'beforeId: a note cannot go before itself')
      const moved = placeSticky(tx, sticky, input.clusterId, { beforeId: input.beforeId, index: input.index })
      if (moved !== sticky) tidyClusters(tx, [sticky.clusterId, input.clusterId])
      return requireSticky(tx, sticky.id)
    }),

  // A selection dragged or sent by keyboard moves as one step, so one undo puts it all back.
  'sticky.moveMany': (input, ctx) =>
    ctx.mutate(input.docId, 'sticky.moveMany', (tx) => {
      uniqueIds(input.ids, 'ids')
      const stickies = input.ids.map((id) => requireBoardSticky(tx, id))
      const phaseId = stickies[0].phaseId
      if (stickies.some((s) => s.phaseId !== phaseId)) throw new ApiError('invalid_input', 'ids: the notes belong to different phases')
      if (input.clusterId !== null && requireCluster(tx, input.clusterId).phaseId !== phaseId) {
        throw new ApiError('invalid_input', 'clusterId: the cluster belongs to another phase')
      }
      const beforeId = input.beforeId ?? null
      if (beforeId !== null && input.ids.includes(beforeId)) throw new ApiError('invalid_input', 'beforeId: a moving note cannot be the place to move to')
      // Each lands before the same note (or at the end) in turn, so the selection keeps its order.
      for (const s of stickies) placeSticky(tx, requireSticky(tx, s.id), input.clusterId, { beforeId })
      tidyClusters(tx, [...stickies.map((s) => s.clusterId), input.clusterId])
      return { stickies: input.ids.map((id) => requireSticky(tx, id)) }
    }),

  'sticky.removeMany': (input, ctx) =>
    ctx.mutate(input.docId, 'sticky.removeMany', (tx) => {
      uniqueIds(input.ids, 'ids')
      const stickies = input.ids.map((id) => requireSticky(tx, id))
      for (const s of stickies) tx.remove('sticky', s.id)
      tidyClusters(tx, stickies.map((s) => s.clusterId))
      return {}
    }),

  // Copy, not move: the earlier phase stays the record of what was said there (and an earlier
  // meeting's summary may already be approved), while this phase gets notes to regroup, mark
  // and vote on. Copies keep their clusters; a text already here is skipped as often as it is
  // already here, so bringing the same notes in twice adds nothing.
  'sticky.bringIn': (input, ctx) =>
    ctx.mutate(input.docId, 'sticky.bringIn', (tx) => {
      const target = requirePhase(tx, input.toPhaseId)
      uniqueIds(input.ids, 'ids')
      const order = { meetings: tx.list('meeting'), phases: tx.list('phase') }
      const sources = input.ids.map((id) => {
        const s = requireBoardSticky(tx, id)
        if (!isEarlierPhase(order, s.phaseId, target.id)) {
          throw new ApiError('invalid_input', `the note "${id}" is not from an earlier phase than this one`)
        }
        return s
      })
      const here = new Map<string, number>()
      for (const s of tx.list('sticky', { phaseId: target.id, status: 'board' })) here.set(s.text, (here.get(s.text) ?? 0) + 1)
      const copiesOf = new Map<string, Cluster>()
      let last = tx.nextPosition('sticky', { phaseId: target.id }) - 1
      let skipped = 0
      const now = systemIds.now()
      const stickies: Sticky[] = []
      for (const s of sources) {
        const already = here.get(s.text) ?? 0
        if (already > 0) {
          here.set(s.text, already - 1)
          skipped++
          continue
        }
        let clusterId: string | null = null
        if (s.clusterId !== null) {
          let copy = copiesOf.get(s.clusterId)
          if (!copy) {
            const original = requireCluster(tx, s.clusterId)
            copy = tx.insert('cluster', {
              ...original,
              id: systemIds.newId(),
              phaseId: target.id,
              position: nextClusterPosition(tx, target.id),
              collapsed: false,
              createdAt: now
            })
            copiesOf.set(s.clusterId, copy)
          }
          clusterId = copy.id
        }
        stickies.push(
          tx.insert('sticky', {
            ...s,
            id: systemIds.newId(),
            phaseId: target.id,
            clusterId,
            position: ++last,
            // Never reveal by copying: a note hidden there, or arriving in a silent phase, stays hidden.
            hidden: s.hidden || target.silent,
            updatedAt: now
          })
        )
      }
      for (const c of copiesOf.values()) refreshTitle(tx, c.id)
      return { stickies, clusters: [...copiesOf.values()].map((c) => requireCluster(tx, c.id)), skipped }
    })
}
