import { ApiError } from '../../../shared/api/errors.ts'
import type { outcomesMethods } from '../../../shared/api/methods/outcomes.ts'
import type { EffectRow } from '../../../shared/domain/entities.ts'
import { answersOverview } from '../../../shared/outcomes/answers.ts'
import { bodiesNamedIn } from '../../../shared/outcomes/effects.ts'
import { sanitizeLine, sanitizeText } from '../../../shared/text/sanitize.ts'
import type { Tx } from '../../db/store.ts'
import type { Handlers } from '../context.ts'
import { systemIds } from '../ids.ts'

const invalid = (path: string, message: string): ApiError => new ApiError('invalid_input', `${path}: ${message}`, [{ path, message }])

const long = (s: string | undefined): string | undefined => (s === undefined ? undefined : sanitizeText(s).trim())
const short = (s: string | undefined): string | undefined => (s === undefined ? undefined : sanitizeLine(s))

/** Every id must name an existing body; duplicates collapse. The error names the exact element. */
function checkBodies(tx: Tx, ids: readonly string[], field: string): string[] {
  ids.forEach((id, i) => {
    if (!tx.get('body', id)) throw invalid(`${field}[${i}]`, `refers to a body that does not exist ("${id}")`)
  })
  return [...new Set(ids)]
}

/** Cleaned text columns of an effect row, leaving out what was not given. */
function effectText<T extends Partial<EffectRow>>(p: T): T {
  const out = { ...p }
  for (const k of ['longTerm', 'shortTerm', 'output', 'activity'] as const) if (out[k] !== undefined) out[k] = long(out[k]) as string
  for (const k of ['goalArea', 'time', 'resources'] as const) if (out[k] !== undefined) out[k] = short(out[k]) as string
  return out
}

/** A position after `afterId` (between it and its successor), or after the last item. */
function positionAfter(items: readonly { id: string; position: number }[], afterId: string | undefined, what: string): number {
  if (afterId === undefined) return (items.at(-1)?.position ?? 0) + 1
  const i = items.findIndex((x) => x.id === afterId)
  if (i < 0) throw new ApiError('not_found', `no ${what} with id "${afterId}"`)
  const next = items[i + 1]
  return next ? (items[i].position + next.position) / 2 : items[i].position + 1
}

/** The given items take, in the given order, the positions they held between them. */
function reorder<E extends 'effectRow' | 'proposal'>(tx: Tx, entity: E, ids: readonly string[]): void {
  if (new Set(ids).size !== ids.length) throw invalid('ids', 'must not repeat an id')
  const rows = ids.map((id, i) => {
    const row = tx.get(entity, id)
    if (!row) throw invalid(`ids[${i}]`, `no ${entity} with id "${id}"`)
    return row
  })
  const slots = rows.map((r) => r.position).sort((a, b) => a - b)
  ids.forEach((id, i) => {
    if (rows[i].position !== slots[i]) tx.update(entity, id, { position: slots[i] } as never)
  })
}

export const outcomesHandlers: Handlers<keyof typeof outcomesMethods> = {
  'effectRow.add': (input, ctx) =>
    ctx.mutate(input.docId, 'effectRow.add', (tx) => {
      const { docId: _d, from, afterId, ...given } = input
      const fields = effectText(given)
      const prefill: Partial<EffectRow> = {}
      if (from?.type === 'countermeasure') {
        const cm = tx.get('countermeasure', from.id)
        if (!cm) throw new ApiError('not_found', `no countermeasure with id "${from.id}"`)
        prefill.activity = cm.text
        prefill.time = sanitizeLine(cm.due)
        prefill.responsibleIds = bodiesNamedIn(cm.owner, tx.list('body'))
      } else if (from?.type === 'cluster') {
        const cluster = tx.get('cluster', from.id)
        if (!cluster) throw new ApiError('not_found', `no cluster with id "${from.id}"`)
        prefill[from.into ?? 'shortTerm'] = cluster.title
      } else if (from?.type === 'proposal') {
        const p = tx.get('proposal', from.id)
        if (!p) throw new ApiError('not_found', `no proposal with id "${from.id}"`)
        prefill.activity = p.text
        prefill.goalArea = p.theme
        prefill.responsibleIds = p.receiverIds.filter((id) => tx.get('body', id))
      }
      const responsibleIds = checkBodies(tx, fields.responsibleIds ?? prefill.responsibleIds ?? [], 'responsibleIds')
      const row: EffectRow = {
        id: systemIds.newId(),
        goalArea: fields.goalArea ?? prefill.goalArea ?? '',
        longTerm: fields.longTerm ?? prefill.longTerm ?? '',
        shortTerm: fields.shortTerm ?? prefill.shortTerm ?? '',
        output: fields.output ?? '',
        activity: fields.activity ?? prefill.activity ?? '',
        responsibleIds,
        time: fields.time ?? prefill.time ?? '',
        resources: fields.resources ?? '',
        collabNow: fields.collabNow ?? null,
        collabNeeded: fields.collabNeeded ?? null,
        sourceType: from?.type ?? null,
        sourceId: from?.id ?? null,
        position: positionAfter(tx.list('effectRow'), afterId, 'effect-chain row')
      }
      return tx.insert('effectRow', row)
    }),

  'effectRow.update': (input, ctx) =>
    ctx.mutate(input.docId, 'effectRow.update', (tx) => {
      if (!tx.get('effectRow', input.id)) throw new ApiError('not_found', `no effect-chain row with id "${input.id}"`)
      const patch = effectText(input.patch)
      if (patch.responsibleIds) patch.responsibleIds = checkBodies(tx, patch.responsibleIds, 'patch.responsibleIds')
      return tx.update('effectRow', input.id, patch)
    }),

  'effectRow.remove': (input, ctx) =>
    ctx.mutate(input.docId, 'effectRow.remove', (tx) => {
      if (!tx.get('effectRow', input.id)) throw new ApiError('not_found', `no effect-chain row with id "${input.id}"`)
      tx.remove('effectRow', input.id)
      return {}
    }),

  'effectRow.reorder': (input, ctx) =>
    ctx.mutate(input.docId, 'effectRow.reorder', (tx) => {
      reorder(tx, 'effectRow', input.ids)
      return tx.list('effectRow')
    }),

  'proposal.add': (input, ctx) =>
    ctx.mutate(input.docId, 'proposal.add', (tx) => {
      const text = sanitizeText(input.text).trim()
      if (text === '') throw invalid('text', 'must not be empty')
      if (input.sourceClusterId && !tx.get('cluster', input.sourceClusterId)) {
        throw new ApiError('not_found', `no cluster with id "${input.sourceClusterId}"`)
      }
      return tx.insert('proposal', {
        id: systemIds.newId(),
        kind: input.kind ?? 'recommendation',
        text,
        theme: sanitizeLine(input.theme ?? ''),
        owner: sanitizeLine(input.owner ?? ''),
        receiverIds: checkBodies(tx, input.receiverIds ?? [], 'receiverIds'),
        sourceClusterId: input.sourceClusterId ?? null,
        position: positionAfter(tx.list('proposal'), undefined, 'proposal'),
        createdAt: systemIds.now()
      })
    }),

  'proposal.update': (input, ctx) =>
    ctx.mutate(input.docId, 'proposal.update', (tx) => {
      const current = tx.get('proposal', input.id)
      if (!current) throw new ApiError('not_found', `no proposal with id "${input.id}"`)
      const patch = { ...input.patch }
      if (patch.text !== undefined) {
        patch.text = sanitizeText(patch.text).trim()
        if (patch.text === '') throw invalid('patch.text', 'must not be empty')
      }
      if (patch.theme !== undefined) patch.theme = sanitizeLine(patch.theme)
      if (patch.owner !== undefined) patch.owner = sanitizeLine(patch.owner)
      if (patch.sourceClusterId && !tx.get('cluster', patch.sourceClusterId)) {
        throw new ApiError('not_found', `no cluster with id "${patch.sourceClusterId}"`)
      }
      if (patch.receiverIds) {
        const receivers = checkBodies(tx, patch.receiverIds, 'patch.receiverIds')
        patch.receiverIds = receivers
        // An answer on record must keep its receiver: dropping it silently would lose the answer.
        for (const r of tx.list('response', { proposalId: input.id })) {
          if (!receivers.includes(r.bodyId)) {
            const body = tx.get('body', r.bodyId)
            throw new ApiError(
              'conflict',
              `${body?.name ?? r.bodyId} has already answered this recommendation; remove its answer before taking it off the receivers`,
              [{ path: 'patch.receiverIds', message: `must include "${r.bodyId}", which has answered` }]
            )
          }
        }
      }
      return tx.update('proposal', input.id, patch)
    }),

  'proposal.remove': (input, ctx) =>
    ctx.mutate(input.docId, 'proposal.remove', (tx) => {
      if (!tx.get('proposal', input.id)) throw new ApiError('not_found', `no proposal with id "${input.id}"`)
      tx.remove('proposal', input.id)
      return {}
    }),

  'proposal.reorder': (input, ctx) =>
    ctx.mutate(input.docId, 'proposal.reorder', (tx) => {
      reorder(tx, 'proposal', input.ids)
      return tx.list('proposal')
    }),

  'response.record': (input, ctx) =>
    ctx.mutate(input.docId, 'response.record', (tx) => {
      const proposal = tx.get('proposal', input.proposalId)
      if (!proposal) throw new ApiError('not_found', `no proposal with id "${input.proposalId}"`)
      const body = tx.get('body', input.bodyId)
      if (!body) throw new ApiError('not_found', `no body with id "${input.bodyId}"`)
      if (!proposal.receiverIds.includes(body.id)) {
        throw invalid('bodyId', `${body.name} is not a receiver of this recommendation; add it as a receiver first`)
      }
      const current = tx.list('response', { proposalId: proposal.id, bodyId: body.id })[0]
      const values = {
        date: input.date !== undefined ? input.date : (current?.date ?? null),
        decision: input.decision,
        commitment: long(input.commitment) ?? current?.commitment ?? '',
        responsible: short(input.responsible) ?? current?.responsible ?? '',
        due: short(input.due) ?? current?.due ?? ''
      }
      if (current) return tx.update('response', current.id, values)
      return tx.insert('response', {
        id: systemIds.newId(),
        proposalId: proposal.id,
        bodyId: body.id,
        ...values,
        createdAt: systemIds.now()
      })
    }),

  'response.remove': (input, ctx) =>
    ctx.mutate(input.docId, 'response.remove', (tx) => {
      if (!tx.get('response', input.id)) throw new ApiError('not_found', `no response with id "${input.id}"`)
      tx.remove('response', input.id)
      return {}
    }),

  'response.overview': (input, ctx) => {
    const store = ctx.docs.get(input.docId).store
    return answersOverview(
      { bodies: store.list('body'), proposals: store.list('proposal'), responses: store.list('response') },
      input.today
    )
  },

  'feedback.add': (input, ctx) =>
    ctx.mutate(input.docId, 'feedback.add', (tx) =>
      tx.insert('feedback', {
        id: systemIds.newId(),
        date: input.date ?? null,
        channel: short(input.channel) ?? '',
        text: long(input.text) ?? '',
        createdAt: systemIds.now()
      })
    ),

  'feedback.update': (input, ctx) =>
    ctx.mutate(input.docId, 'feedback.update', (tx) => {
      if (!tx.get('feedback', input.id)) throw new ApiError('not_found', `no feedback with id "${input.id}"`)
      const patch = { ...input.patch }
      if (patch.channel !== undefined) patch.channel = sanitizeLine(patch.channel)
      if (patch.text !== undefined) patch.text = sanitizeText(patch.text).trim()
      return tx.update('feedback', input.id, patch)
    }),

  'feedback.remove': (input, ctx) =>
    ctx.mutate(input.docId, 'feedback.remove', (tx) => {
      if (!tx.get('feedback', input.id)) throw new ApiError('not_found', `no feedback with id "${input.id}"`)
      tx.remove('feedback', input.id)
      return {}
    })
}
