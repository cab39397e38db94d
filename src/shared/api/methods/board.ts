import { z } from 'zod'
import { Cluster, Countermeasure, Phase, Sticky, Vote } from '../../domain/entities.ts'
import { StickyColour, VoteTarget } from '../../domain/enums.ts'
import { Id, ShortText } from '../../domain/primitives.ts'
import { method } from '../define.ts'

// The sticky-note board: capture in bulk, cluster, find, silent writing, "already happening",
// countermeasures, dot voting and grouping suggestions. Every mutation is one transaction and,
// unless its doc says otherwise, one undo step labelled with the method's name.

const Scope = { docId: z.string() }
const Ids = z.array(Id).min(1, 'must name at least one note').max(5_000)
const Title = z.string().max(200)
const CountermeasureText = Countermeasure.shape.text

/** A phone's opaque device key; "paper" is kept for the facilitator's typed tallies. */
export const VoterKey = z
  .string()
  .min(1)
  .max(64)
  .refine((v) => v !== 'paper', 'the voter "paper" is reserved for typed tallies')

export const Suggestion = z.object({
  key: z.string(),
  stickyIds: z.array(Id),
  clusterId: Id.nullable(),
  score: z.number(),
  sharedTerms: z.array(z.string())
})
export type Suggestion = z.infer<typeof Suggestion>

export const VoteOptionSchema = z.object({ targetType: VoteTarget, targetId: Id, label: z.string() })
export const RankedItemSchema = VoteOptionSchema.extend({
  total: z.number().int(),
  paper: z.number().int(),
  devices: z.number().int()
})
export const VoterUsageSchema = z.object({
  used: z.number().int(),
  remaining: z.number().int(),
  items: z.array(z.object({ targetType: VoteTarget, targetId: Id, count: z.number().int() }))
})

export const boardMethods = {
  // --- notes ---------------------------------------------------------------------------------
  'sticky.addMany': method(
    z.object({
      ...Scope,
      phaseId: Id,
      texts: z.array(z.string().max(2_000)).min(1).max(2_000),
      colour: StickyColour.optional(),
      authorLabel: ShortText.nullable().optional(),
      clusterId: Id.nullable().optional()
    }),
    z.object({ stickies: z.array(Sticky) }),
    'Paste: one note per text (blank ones skipped), all in one undo step. Hidden when the phase is silent.'
  ),
  'sticky.move': method(
    z.object({
      ...Scope,
      id: Id,
      clusterId: Id.nullable(),
      /** Land before this note of the target; null or absent (and no index) appends. */
      beforeId: Id.nullable().optional(),
      /** Land at this index among the target's notes (keyboard: move up/down). */
      index: z.number().int().min(0).optional()
    }),
    Sticky,
    'Move a note into a cluster, back to unsorted (clusterId null) or to another place in its list. A cluster left empty with nothing attached goes away.'
  ),
  'sticky.moveMany': method(
    z.object({ ...Scope, ids: Ids, clusterId: Id.nullable(), beforeId: Id.nullable().optional() }),
    z.object({ stickies: z.array(Sticky) }),
    'Move several notes of one phase (a selection) into a cluster or back to unsorted, in the given order, before a note of the target or at its end: one undo step.'
  ),
  'sticky.removeMany': method(
    z.object({ ...Scope, ids: Ids }),
    z.object({}),
    'Delete several notes (with their countermeasures and dots) in one undo step.'
  ),
  'sticky.bringIn': method(
    z.object({ ...Scope, ids: Ids, toPhaseId: Id }),
    z.object({ stickies: z.array(Sticky), clusters: z.array(Cluster), skipped: z.number().int() }),
    'Copy notes of earlier phases into this phase, keeping their clusters; a note whose text is already there is skipped, so bringing in twice adds nothing.'
  ),

  // --- clusters ------------------------------------------------------------------------------
  'cluster.create': method(
    z.object({ ...Scope, phaseId: Id, stickyIds: Ids, title: Title.optional() }),
    Cluster,
    'Group notes (drop a note on a note). Without a title it gets one from the words the notes share.'
  ),
  'cluster.rename': method(
    z.object({ ...Scope, id: Id, title: Title }),
    Cluster,
    'Name a cluster; an empty title goes back to the automatic one.'
  ),
  'cluster.merge': method(
    z.object({ ...Scope, sourceId: Id, targetId: Id }),
    Cluster,
    "Move all of the source's notes, countermeasures and dots into the target and remove the source."
  ),
  'cluster.split': method(
    z.object({ ...Scope, id: Id, stickyIds: Ids }),
    Cluster,
    'Move some of a cluster\'s notes into a new cluster placed right after it; returns the new one.'
  ),
  'cluster.dissolve': method(
    z.object({ ...Scope, id: Id }),
    z.object({}),
    'Ungroup: the notes go back to unsorted; the cluster with its countermeasures and dots goes.'
  ),
  'cluster.setCollapsed': method(z.object({ ...Scope, id: Id, collapsed: z.boolean() }), Cluster, 'Fold a cluster up or open.'),
  'cluster.setAllCollapsed': method(
    z.object({ ...Scope, phaseId: Id, collapsed: z.boolean() }),
    z.object({ changed: z.number().int() }),
    "Fold all of a phase's clusters up or open, in one undo step."
  ),
  'cluster.reorder': method(
    z.object({ ...Scope, id: Id, beforeId: Id.nullable() }),
    Cluster,
    'Move a cluster before another cluster of its phase, or to the end (null).'
  ),

  // --- "already happening" and countermeasures (TRIZ steps 2 and 3) ---------------------------
  'board.setHappening': method(
    z.object({ ...Scope, targetType: VoteTarget, id: Id, happening: z.boolean() }),
    z.object({ targetType: VoteTarget, id: Id, happening: z.boolean() }),
    'Mark a note or cluster as already happening ("Våra farhågor är på väg att …") or not.'
  ),
  'countermeasure.add': method(
    z.object({
      ...Scope,
      targetType: VoteTarget,
      targetId: Id,
      text: CountermeasureText,
      owner: ShortText.optional(),
      due: ShortText.optional()
    }),
    Countermeasure,
    'Attach the first step that stops a dystopia item to that note or cluster.'
  ),
  'countermeasure.update': method(
    z.object({
      ...Scope,
      id: Id,
      patch: z.object({ text: CountermeasureText, owner: ShortText, due: ShortText }).partial()
    }),
    Countermeasure,
    "Change a countermeasure's text, owner or due date."
  ),
  'countermeasure.remove': method(z.object({ ...Scope, id: Id }), z.object({}), 'Remove a countermeasure.'),

  // --- silent writing ------------------------------------------------------------------------
  'phase.setSilent': method(
    z.object({ ...Scope, phaseId: Id, silent: z.boolean() }),
    Phase,
    'Silent writing on or off: while on, new notes stay off the projector. A setting, so not an undo step.'
  ),
  'board.reveal': method(
    z.object({ ...Scope, phaseId: Id }),
    z.object({ revealed: z.number().int() }),
    "Show all of a phase's hidden notes at once (one undo step)."
  ),

  // --- dot voting ----------------------------------------------------------------------------
  'vote.configure': method(
    z.object({
      ...Scope,
      phaseId: Id,
      dotsPerParticipant: Phase.shape.dotsPerParticipant.optional(),
      maxDotsPerItem: Phase.shape.maxDotsPerItem.optional(),
      voteTarget: VoteTarget.optional()
    }),
    Phase,
    'Dots per person, most dots one person may put on one item, and whether dots go on notes or clusters. A setting, so not an undo step; the target cannot change once dots are placed.'
  ),
  'vote.options': method(
    z.object({ ...Scope, phaseId: Id }),
    z.object({ options: z.array(VoteOptionSchema) }),
    'What the dots of a phase go on, in board order.'
  ),
  'vote.setTally': method(
    z.object({ ...Scope, phaseId: Id, targetType: VoteTarget, targetId: Id, count: z.number().int().min(0).max(10_000) }),
    z.object({ vote: Vote.nullable() }),
    'Type in the paper dots counted on one item (0 clears it).'
  ),
  'vote.cast': method(
    z.object({ ...Scope, phaseId: Id, voter: VoterKey, targetType: VoteTarget, targetId: Id, delta: z.union([z.literal(1), z.literal(-1)]) }),
    VoterUsageSchema,
    "A phone adds (+1) or takes back (-1) one dot, within the phase's limits; a participant's act, so not in the facilitator's undo."
  ),
  'vote.mine': method(
    z.object({ ...Scope, phaseId: Id, voter: VoterKey }),
    VoterUsageSchema.extend({ dotsPerParticipant: z.number().int(), maxDotsPerItem: z.number().int(), votesRevealed: z.boolean() }),
    "A phone's own dots in a phase and how many it has left."
  ),
  'vote.results': method(
    z.object({ ...Scope, phaseId: Id }),
    z.object({ revealed: z.boolean(), ranking: z.array(RankedItemSchema) }),
    'The ranked result once revealed (empty before), for the projector and phones.'
  ),
  'vote.reveal': method(z.object({ ...Scope, phaseId: Id }), Phase, 'Show the results and close voting from phones. A visibility switch, so not an undo step.'),
  'vote.hide': method(z.object({ ...Scope, phaseId: Id }), Phase, 'Hide the results again and reopen voting. Not an undo step.'),
  'vote.reset': method(
    z.object({ ...Scope, phaseId: Id }),
    z.object({ removed: z.number().int() }),
    "Remove every dot of a phase, typed and from phones, for a new round (one undo step)."
  ),

  // --- grouping suggestions --------------------------------------------------------------------
  'board.suggestions': method(
    z.object({ ...Scope, phaseId: Id }),
    z.object({ suggestions: z.array(Suggestion) }),
    'Unsorted notes that may belong together or in an existing cluster, computed locally; dismissed ones are left out. Nothing is regrouped until one is accepted.'
  ),
  'board.dismissSuggestion': method(
    z.object({ ...Scope, key: z.string().min(1).max(300) }),
    z.object({}),
    'Do not offer this suggestion again.'
  ),
  'board.acceptSuggestion': method(
    z.object({ ...Scope, key: z.string().min(1).max(300), stickyIds: Ids, clusterId: Id.nullable().optional() }),
    Cluster,
    "Group a suggestion's notes: into its cluster when it names one, else into a new cluster."
  )
} as const
