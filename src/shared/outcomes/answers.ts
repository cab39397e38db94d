import { z } from 'zod'
import { Body, Proposal, Response } from '../domain/entities.ts'
import type { WorkshopData } from '../domain/interchange.ts'

export const AnswerStatus = z.enum(['answered', 'open', 'overdue'])
export type AnswerStatus = z.infer<typeof AnswerStatus>

export const AnswerItem = z.object({
  proposal: Proposal,
  response: Response.nullable(),
  status: AnswerStatus
})
export type AnswerItem = z.infer<typeof AnswerItem>

const Count = z.number().int().min(0)

export const ReceiverAnswers = z.object({
  body: Body,
  items: z.array(AnswerItem),
  counts: z.object({
    total: Count,
    answered: Count,
    open: Count,
    overdue: Count,
    agreed: Count,
    partly: Count,
    notAgreed: Count,
    notAnswered: Count
  }),
  /** Past its answer-by date with something still unanswered. */
  overdue: z.boolean()
})
export type ReceiverAnswers = z.infer<typeof ReceiverAnswers>

export const AnswersOverview = z.object({
  receivers: z.array(ReceiverAnswers),
  /** Recommendations nobody has been asked to answer (the anchoring step was skipped for them). */
  unaddressed: z.array(Proposal)
})
export type AnswersOverview = z.infer<typeof AnswersOverview>

type Source = Pick<WorkshopData, 'bodies' | 'proposals' | 'responses'>

const STATUS_ORDER: Record<AnswerStatus, number> = { overdue: 0, open: 1, answered: 2 }

/**
 * Per receiver: what it has been asked and what it answered. A "not answered" decision leaves the
 * item open — it records that the body did not take a position, not that it replied. An item is
 * overdue once `today` (YYYY-MM-DD, the caller's local date) is after the body's answer-by date.
 */
export function answersOverview(data: Source, today: string): AnswersOverview {
  const proposals = [...data.proposals].sort((a, b) => a.position - b.position)
  const responseOf = new Map(data.responses.map((r) => [`${r.proposalId}\u0000${r.bodyId}`, r]))
  const asked = new Set(proposals.flatMap((p) => p.receiverIds))
  const bodies = [...data.bodies].filter((b) => b.isReceiver || asked.has(b.id)).sort((a, b) => a.position - b.position)
  const receivers = bodies.map((body): ReceiverAnswers => {
    const late = body.answerBy !== null && today > body.answerBy
    const items = proposals
      .filter((p) => p.receiverIds.includes(body.id))
      .map((proposal): AnswerItem => {
        const response = responseOf.get(`${proposal.id}\u0000${body.id}`) ?? null
        const answered = response !== null && response.decision !== 'not_answered'
        return { proposal, response, status: answered ? 'answered' : late ? 'overdue' : 'open' }
      })
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.proposal.position - b.proposal.position)
    const decided = (d: Response['decision']): number => items.filter((i) => i.response?.decision === d).length
    const counts = {
      total: items.length,
      answered: items.filter((i) => i.status === 'answered').length,
      open: items.filter((i) => i.status === 'open').length,
      overdue: items.filter((i) => i.status === 'overdue').length,
      agreed: decided('agreed'),
      partly: decided('partly'),
      notAgreed: decided('not_agreed'),
      notAnswered: decided('not_answered')
    }
    return { body, items, counts, overdue: counts.overdue > 0 }
  })
  return { receivers, unaddressed: proposals.filter((p) => p.receiverIds.length === 0) }
}

export interface ThemeAnswers {
  theme: string
  proposals: { proposal: Proposal; answers: { body: Body; response: Response | null }[] }[]
}

/** Recommendations grouped by theme, each with every receiver's answer — as "Svar från nämnderna" reads. */
export function answersByTheme(data: Source): ThemeAnswers[] {
  const bodyOf = new Map(data.bodies.map((b) => [b.id, b]))
  const groups = new Map<string, ThemeAnswers>()
  for (const proposal of [...data.proposals].sort((a, b) => a.position - b.position)) {
    const theme = proposal.theme.trim()
    const key = theme.toLocaleLowerCase('sv')
    let group = groups.get(key)
    if (!group) {
      group = { theme, proposals: [] }
      groups.set(key, group)
    }
    const answers = proposal.receiverIds
      .map((id) => bodyOf.get(id))
      .filter((b): b is Body => b !== undefined)
      .map((body) => ({
        body,
        response: data.responses.find((r) => r.proposalId === proposal.id && r.bodyId === body.id) ?? null
      }))
    group.proposals.push({ proposal, answers })
  }
  return [...groups.values()]
}
