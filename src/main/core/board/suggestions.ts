import { ApiError } from '../../../shared/api/errors.ts'
import { suggestGroups } from '../../../shared/board/similarity.ts'
import type { Handlers } from '../context.ts'
import { systemIds } from '../ids.ts'
import { requireCluster, requirePhase, requireSticky, requireStickiesInPhase } from './common.ts'
import { createCluster } from './clusters.ts'
import { appendStickies, tidyClusters } from './layout.ts'

// Grouping suggestions are computed on demand and never applied by themselves (feature-anchors
// §4.3: users lost trust in auto-grouping they could not review or turn off). Each is accepted
// or dismissed on its own; both are undoable.

export const suggestionHandlers: Handlers<'board.suggestions' | 'board.dismissSuggestion' | 'board.acceptSuggestion'> = {
  'board.suggestions': (input, ctx) => {
    const store = ctx.docs.get(input.docId).store
    if (!store.get('phase', input.phaseId)) throw new ApiError('not_found', `no phase with id "${input.phaseId}"`)
    // Hidden notes are not on the board for the room yet, so they are not grouped either.
    const notes = store
      .list('sticky', { phaseId: input.phaseId, status: 'board', hidden: false })
      .map((s) => ({ id: s.id, text: s.text, clusterId: s.clusterId }))
    const dismissed = new Set(store.list('dismissal').map((d) => d.id))
    return { suggestions: suggestGroups(notes, { dismissed }) }
  },

  'board.dismissSuggestion': (input, ctx) =>
    ctx.mutate(input.docId, 'board.dismissSuggestion', (tx) => {
      if (!tx.get('dismissal', input.key)) tx.insert('dismissal', { id: input.key, createdAt: systemIds.now() })
      return {}
    }),

  'board.acceptSuggestion': (input, ctx) =>
    ctx.mutate(input.docId, 'board.acceptSuggestion', (tx) => {
      const phaseId = requireSticky(tx, input.stickyIds[0]).phaseId
      requirePhase(tx, phaseId)
      const stickies = requireStickiesInPhase(tx, input.stickyIds, phaseId)
      const clusterId = input.clusterId ?? null
      if (clusterId === null) return requireCluster(tx, createCluster(tx, phaseId, stickies).id)
      const cluster = requireCluster(tx, clusterId)
      if (cluster.phaseId !== phaseId) throw new ApiError('invalid_input', 'clusterId: the cluster belongs to another phase')
      const joining = stickies.filter((s) => s.clusterId !== cluster.id)
      appendStickies(tx, joining, phaseId, cluster.id)
      tidyClusters(tx, [...joining.map((s) => s.clusterId), cluster.id])
      return requireCluster(tx, cluster.id)
    })
}
