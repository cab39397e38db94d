import { ApiError } from '../../../shared/api/errors.ts'
import { sanitizeText } from '../../../shared/text/sanitize.ts'
import type { Handlers } from '../context.ts'
import { idsOf, requireMeeting } from './common.ts'

type Keys = 'question.add' | 'question.update' | 'question.remove'

function cleanText(text: string): string {
  const t = sanitizeText(text).trim()
  if (t === '') throw new ApiError('invalid_input', 'text: must not be empty', [{ path: 'text', message: 'must not be empty' }])
  return t
}

export const questionHandlers: Handlers<Keys> = {
  'question.add': (input, ctx) =>
    ctx.mutate(input.docId, 'question.add', (tx) => {
      requireMeeting(tx, input.meetingId)
      const siblings = tx.list('question', { meetingId: input.meetingId })
      return tx.insert('question', {
        id: idsOf(ctx).newId(),
        meetingId: input.meetingId,
        text: cleanText(input.text),
        resolved: false,
        position: (siblings.at(-1)?.position ?? 0) + 1
      })
    }),

  'question.update': (input, ctx) =>
    ctx.mutate(input.docId, 'question.update', (tx) => {
      if (!tx.get('question', input.id)) throw new ApiError('not_found', `no question with id "${input.id}"`)
      const patch = { ...input.patch }
      if (patch.text !== undefined) patch.text = cleanText(patch.text)
      return tx.update('question', input.id, patch)
    }),

  'question.remove': (input, ctx) =>
    ctx.mutate(input.docId, 'question.remove', (tx) => {
      if (!tx.get('question', input.id)) throw new ApiError('not_found', `no question with id "${input.id}"`)
      tx.remove('question', input.id)
      return {}
    })
}
