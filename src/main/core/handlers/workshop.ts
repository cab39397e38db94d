import { ApiError } from '../../../shared/api/errors.ts'
import type { Sticky } from '../../../shared/domain/entities.ts'
import { sanitizeLine, sanitizeText } from '../../../shared/text/sanitize.ts'
import type { Handlers } from '../context.ts'
import { systemIds } from '../ids.ts'
import { refreshTitle, tidyClusters } from '../board/layout.ts'

export const workshopHandlers: Handlers<
  | 'workshop.get'
  | 'workshop.update'
  | 'sticky.add'
  | 'sticky.update'
  | 'sticky.remove'
  | 'body.add'
  | 'body.update'
  | 'body.remove'
  | 'history.undo'
  | 'history.redo'
> = {
  'workshop.get': (input, ctx) => {
    const doc = ctx.docs.get(input.docId)
    return { data: doc.store.all(), history: doc.store.history(), path: doc.path }
  },

  'workshop.update': (input, ctx) =>
    ctx.mutate(input.docId, null, (tx) => {
      const current = tx.list('workshop')[0]
      const patch = { ...input.patch }
      if (patch.title !== undefined) patch.title = sanitizeLine(patch.title)
      if (patch.title === '') throw new ApiError('invalid_input', 'title: must not be empty')
      return tx.update('workshop', current.id, { ...patch, updatedAt: systemIds.now() })
    }),

  'sticky.add': (input, ctx) =>
    ctx.mutate(input.docId, 'sticky.add', (tx) => {
      const found = tx.getWithNextPosition('phase', input.phaseId, 'sticky', 'phaseId')
      if (!found) throw new ApiError('not_found', `no phase with id "${input.phaseId}"`)
      const phase = found.row
      if (input.clusterId) {
        const cluster = tx.get('cluster', input.clusterId)
        if (!cluster) throw new ApiError('not_found', `no cluster with id "${input.clusterId}"`)
        if (cluster.phaseId !== phase.id) throw new ApiError('invalid_input', 'clusterId: the cluster belongs to another phase')
      }
      const text = sanitizeText(input.text).trim()
      if (text === '') throw new ApiError('invalid_input', 'text: must not be empty')
      const now = systemIds.now()
      const sticky: Sticky = {
        id: systemIds.newId(),
        phaseId: input.phaseId,
        text,
        colour: input.colour ?? 'yellow',
        authorLabel: input.authorLabel ? sanitizeLine(input.authorLabel) || null : null,
        hidden: input.hidden ?? phase.silent,
        source: 'facilitator',
        status: 'board',
        clusterId: input.clusterId ?? null,
        position: found.nextPosition,
        happening: false,
        createdAt: now,
        updatedAt: now
      }
      const inserted = tx.insert('sticky', sticky)
      if (sticky.clusterId) refreshTitle(tx, sticky.clusterId)
      return inserted
    }),

  'sticky.update': (input, ctx) =>
    ctx.mutate(input.docId, 'sticky.update', (tx) => {
      const patch = { ...input.patch }
      if (patch.text !== undefined) {
        patch.text = sanitizeText(patch.text).trim()
        if (patch.text === '') throw new ApiError('invalid_input', 'text: must not be empty')
      }
      if (patch.authorLabel) patch.authorLabel = sanitizeLine(patch.authorLabel) || null
      if (!tx.get('sticky', input.id)) throw new ApiError('not_found', `no sticky with id "${input.id}"`)
      const updated = tx.update('sticky', input.id, { ...patch, updatedAt: systemIds.now() })
      // A cluster's automatic title comes from its notes' words.
      if (updated.clusterId && (patch.text !== undefined || patch.hidden !== undefined)) refreshTitle(tx, updated.clusterId)
      return updated
    }),

  'sticky.remove': (input, ctx) =>
    ctx.mutate(input.docId, 'sticky.remove', (tx) => {
      const sticky = tx.get('sticky', input.id)
      if (!sticky) throw new ApiError('not_found', `no sticky with id "${input.id}"`)
      tx.remove('sticky', input.id)
      tidyClusters(tx, [sticky.clusterId])
      return {}
    }),

  'body.add': (input, ctx) =>
    ctx.mutate(input.docId, 'body.add', (tx) => {
      const name = sanitizeLine(input.name)
      // Control characters pass the schema but not sanitizing: a nameless body must not be stored.
      if (name === '') throw new ApiError('invalid_input', 'name: must not be empty', [{ path: 'name', message: 'must not be empty' }])
      return tx.insert('body', {
        id: systemIds.newId(),
        name,
        abbreviation: sanitizeLine(input.abbreviation ?? ''),
        kind: input.kind ?? 'namnd',
        contact: sanitizeLine(input.contact ?? ''),
        answerBy: input.answerBy ?? null,
        isReceiver: input.isReceiver ?? false,
        position: tx.nextPosition('body')
      })
    }),

  'body.update': (input, ctx) =>
    ctx.mutate(input.docId, 'body.update', (tx) => {
      if (!tx.get('body', input.id)) throw new ApiError('not_found', `no body with id "${input.id}"`)
      const patch = { ...input.patch }
      for (const k of ['name', 'abbreviation', 'contact'] as const) {
        const v = patch[k]
        if (v !== undefined) patch[k] = sanitizeLine(v)
      }
      if (patch.name === '') throw new ApiError('invalid_input', 'name: must not be empty')
      return tx.update('body', input.id, patch)
    }),

  'body.remove': (input, ctx) =>
    ctx.mutate(input.docId, 'body.remove', (tx) => {
      if (!tx.get('body', input.id)) throw new ApiError('not_found', `no body with id "${input.id}"`)
      tx.remove('body', input.id)
      return {}
    }),

  'history.undo': (input, ctx) => ctx.replay(input.docId, 'undo'),
  'history.redo': (input, ctx) => ctx.replay(input.docId, 'redo')
}
