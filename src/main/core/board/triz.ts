import { ApiError } from '../../../shared/api/errors.ts'
import { sanitizeLine, sanitizeText } from '../../../shared/text/sanitize.ts'
import type { Handlers } from '../context.ts'
import { systemIds } from '../ids.ts'
import { requireTarget } from './common.ts'

// TRIZ steps 2 and 3 (domain brief §3.2): "is this already happening?" and "what first step
// stops it?". A countermeasure hangs on exactly one note or cluster, so the pair travels together
// into effect chains and the report, and goes when its item is deleted.

function requiredText(text: string): string {
  const clean = sanitizeText(text).trim()
  if (clean === '') throw new ApiError('invalid_input', 'text: must not be empty')
  return clean
}

export const trizHandlers: Handlers<'board.setHappening' | 'countermeasure.add' | 'countermeasure.update' | 'countermeasure.remove'> = {
  'board.setHappening': (input, ctx) =>
    ctx.mutate(input.docId, 'board.setHappening', (tx) => {
      const item = requireTarget(tx, input.targetType, input.id)
      if (item.happening !== input.happening) {
        if (input.targetType === 'sticky') tx.update('sticky', input.id, { happening: input.happening })
        else tx.update('cluster', input.id, { happening: input.happening })
      }
      return { targetType: input.targetType, id: input.id, happening: input.happening }
    }),

  'countermeasure.add': (input, ctx) =>
    ctx.mutate(input.docId, 'countermeasure.add', (tx) => {
      requireTarget(tx, input.targetType, input.targetId)
      const link =
        input.targetType === 'sticky'
          ? { stickyId: input.targetId, clusterId: null }
          : { stickyId: null, clusterId: input.targetId }
      return tx.insert('countermeasure', {
        id: systemIds.newId(),
        ...link,
        text: requiredText(input.text),
        owner: sanitizeLine(input.owner ?? ''),
        due: sanitizeLine(input.due ?? ''),
        position: tx.nextPosition('countermeasure', input.targetType === 'sticky' ? { stickyId: input.targetId } : { clusterId: input.targetId }),
        createdAt: systemIds.now()
      })
    }),

  'countermeasure.update': (input, ctx) =>
    ctx.mutate(input.docId, 'countermeasure.update', (tx) => {
      if (!tx.get('countermeasure', input.id)) throw new ApiError('not_found', `no countermeasure with id "${input.id}"`)
      const patch = {
        ...(input.patch.text !== undefined ? { text: requiredText(input.patch.text) } : {}),
        ...(input.patch.owner !== undefined ? { owner: sanitizeLine(input.patch.owner) } : {}),
        ...(input.patch.due !== undefined ? { due: sanitizeLine(input.patch.due) } : {})
      }
      return tx.update('countermeasure', input.id, patch)
    }),

  'countermeasure.remove': (input, ctx) =>
    ctx.mutate(input.docId, 'countermeasure.remove', (tx) => {
      if (!tx.get('countermeasure', input.id)) throw new ApiError('not_found', `no countermeasure with id "${input.id}"`)
      tx.remove('countermeasure', input.id)
      return {}
    })
}
