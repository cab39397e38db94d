import { z } from 'zod'
import { EffectRow, Feedback, Proposal, Response } from '../../domain/entities.ts'
import { Id, IsoDate } from '../../domain/primitives.ts'
import { AnswersOverview } from '../../outcomes/answers.ts'
import { method } from '../define.ts'

const Scope = { docId: z.string() }
const Ids = z.array(Id).max(10_000)

/** The columns a person edits; the link to where a row came from is set once, on creation. */
export const EffectRowFields = EffectRow.pick({
  goalArea: true,
  longTerm: true,
  shortTerm: true,
  output: true,
  activity: true,
  responsibleIds: true,
  time: true,
  resources: true,
  collabNow: true,
  collabNeeded: true
}).partial()

/**
 * Start a row from something the group made. A countermeasure or a proposal fills Aktivitet; a
 * cluster's title fills Kortsiktig effekt, or Långsiktiga effekter with `into`.
 */
export const EffectRowSource = z.object({
  type: z.enum(['countermeasure', 'cluster', 'proposal']),
  id: Id,
  into: z.enum(['shortTerm', 'longTerm']).optional()
})

export const ProposalFields = Proposal.pick({
  kind: true,
  text: true,
  theme: true,
  owner: true,
  receiverIds: true,
  sourceClusterId: true
})

export const FeedbackFields = Feedback.pick({ date: true, channel: true, text: true }).partial()

export const outcomesMethods = {
  'effectRow.add': method(
    z.object({ ...Scope, ...EffectRowFields.shape, from: EffectRowSource.optional(), afterId: Id.optional() }),
    EffectRow,
    'Add an effect-chain row, empty or from a countermeasure, cluster or proposal (kept as its source); after a given row or last.'
  ),
  'effectRow.update': method(z.object({ ...Scope, id: Id, patch: EffectRowFields }), EffectRow, 'Edit an effect-chain row.'),
  'effectRow.remove': method(z.object({ ...Scope, id: Id }), z.object({}), 'Remove an effect-chain row (undoable).'),
  'effectRow.reorder': method(
    z.object({ ...Scope, ids: Ids.min(1) }),
    z.array(EffectRow),
    'Put the given rows in this order, in the places they held between them (a whole list, or one group).'
  ),
  'proposal.add': method(
    z.object({
      ...Scope,
      kind: ProposalFields.shape.kind.optional(),
      text: ProposalFields.shape.text,
      theme: ProposalFields.shape.theme.optional(),
      owner: ProposalFields.shape.owner.optional(),
      receiverIds: ProposalFields.shape.receiverIds.optional(),
      sourceClusterId: ProposalFields.shape.sourceClusterId.optional()
    }),
    Proposal,
    'Add a recommendation (to the nämnder) or a proposal, with its theme and receivers.'
  ),
  'proposal.update': method(
    z.object({ ...Scope, id: Id, patch: ProposalFields.partial() }),
    Proposal,
    'Edit a recommendation; a receiver that has already answered cannot be taken off it.'
  ),
  'proposal.remove': method(z.object({ ...Scope, id: Id }), z.object({}), 'Remove a recommendation and its answers (undoable).'),
  'proposal.reorder': method(
    z.object({ ...Scope, ids: Ids.min(1) }),
    z.array(Proposal),
    'Put the given recommendations in this order, in the places they held between them.'
  ),
  'response.record': method(
    z.object({
      ...Scope,
      proposalId: Id,
      bodyId: Id,
      date: IsoDate.nullable().optional(),
      decision: Response.shape.decision,
      commitment: Response.shape.commitment.optional(),
      responsible: Response.shape.responsible.optional(),
      due: Response.shape.due.optional()
    }),
    Response,
    "Record a receiver's answer to a recommendation (one per receiver: recording again replaces it)."
  ),
  'response.remove': method(z.object({ ...Scope, id: Id }), z.object({}), 'Remove a recorded answer (undoable).'),
  'response.overview': method(
    z.object({ ...Scope, today: IsoDate }),
    AnswersOverview,
    "Each receiver's recommendations with their answers; open ones past the answer-by date are overdue."
  ),
  'feedback.add': method(z.object({ ...Scope, ...FeedbackFields.shape }), Feedback, 'Record how and when the circle was told the answers.'),
  'feedback.update': method(z.object({ ...Scope, id: Id, patch: FeedbackFields }), Feedback, 'Edit a feedback record.'),
  'feedback.remove': method(z.object({ ...Scope, id: Id }), z.object({}), 'Remove a feedback record (undoable).')
} as const
