import { z } from 'zod'
import { CollabLevel, Decision, Language, PhaseKind, ProposalKind, StickyColour, VoteTarget } from '../domain/enums.ts'
import { Id, Timestamp } from '../domain/primitives.ts'

// What the room's screen receives: a read model selected on the core (model.ts), never a copy of
// the board. Every field here is something the room may see; anything private (facilitator notes,
// guidance, hidden or inbox notes, contact details, flagged personal data) has no field at all,
// so no renderer bug can show it.

/** One item put large on the wall: a note or a cluster of the current view. */
export const Spotlight = z.object({ type: VoteTarget, id: Id })
export type Spotlight = z.infer<typeof Spotlight>

/** The facilitator's presenter controls; kept in memory per open workshop, never in the file. */
export const PresenterState = z.object({
  /** B: a calm, empty screen. The view then carries no content at all. */
  blank: z.boolean(),
  /** F: the projector keeps the picture it had until unfrozen; data changes are not sent. */
  frozen: z.boolean(),
  spotlight: Spotlight.nullable()
})
export type PresenterState = z.infer<typeof PresenterState>

export const INITIAL_PRESENTER: PresenterState = { blank: false, frozen: false, spotlight: null }

export const ProjectorNote = z.object({
  id: Id,
  /** The note's text, or a neutral placeholder when the guard found personal data in it. */
  text: z.string(),
  /** True when `text` is the placeholder: the renderer may style it as a gap. */
  withheld: z.boolean(),
  colour: StickyColour,
  /** Only when the workshop chose to show authors, and never a label the guard flags. */
  author: z.string().nullable(),
  /** The "already happening" mark; only in reflect and invert phases. */
  happening: z.boolean()
})
export type ProjectorNote = z.infer<typeof ProjectorNote>

export const ProjectorCluster = z.object({
  id: Id,
  title: z.string(),
  withheld: z.boolean(),
  happening: z.boolean(),
  notes: z.array(ProjectorNote)
})
export type ProjectorCluster = z.infer<typeof ProjectorCluster>

export const ProjectorCountermeasure = z.object({
  id: Id,
  targetType: VoteTarget,
  targetId: Id,
  text: z.string(),
  owner: z.string(),
  due: z.string()
})
export type ProjectorCountermeasure = z.infer<typeof ProjectorCountermeasure>

export const ProjectorVoteItem = z.object({
  targetType: VoteTarget,
  targetId: Id,
  label: z.string(),
  withheld: z.boolean(),
  /** Null until the facilitator reveals the results. */
  total: z.number().int().min(0).nullable()
})
export type ProjectorVoteItem = z.infer<typeof ProjectorVoteItem>

export const ProjectorEffectRow = z.object({
  id: Id,
  goalArea: z.string(),
  longTerm: z.string(),
  shortTerm: z.string(),
  output: z.string(),
  activity: z.string(),
  /** Ansvar as the bodies' abbreviations (their name when there is none); never contact details. */
  responsible: z.array(z.string()),
  time: z.string(),
  resources: z.string(),
  collabNow: CollabLevel.nullable(),
  collabNeeded: CollabLevel.nullable()
})
export type ProjectorEffectRow = z.infer<typeof ProjectorEffectRow>

export const ProjectorResponse = z.object({
  body: z.string(),
  decision: Decision,
  commitment: z.string(),
  date: z.string().nullable()
})

export const ProjectorProposal = z.object({
  id: Id,
  kind: ProposalKind,
  text: z.string(),
  theme: z.string(),
  /** Receiving bodies by name; their contact details never leave the facilitator's screen. */
  receivers: z.array(z.string()),
  /** Only in a responses phase: what each receiver answered. */
  responses: z.array(ProjectorResponse)
})
export type ProjectorProposal = z.infer<typeof ProjectorProposal>

/** What fills the screen, by the current phase's kind (or the presenter's blank). */
export const ProjectorContent = z.discriminatedUnion('kind', [
  /** No phase is current: the workshop's title only. */
  z.object({ kind: z.literal('none') }),
  /** The presenter blanked the screen. */
  z.object({ kind: z.literal('blank') }),
  /** The workshop was closed on the laptop. */
  z.object({ kind: z.literal('closed') }),
  /** inform, free_notes: the prompt (in `phase`) and the timer, nothing else. */
  z.object({ kind: z.literal('prompt') }),
  /** capture, cluster, reflect, invert: the wall. */
  z.object({
    kind: z.literal('board'),
    clusters: z.array(ProjectorCluster),
    /** Notes in no cluster, after the clusters in wall order. */
    notes: z.array(ProjectorNote),
    /** Notes written silently and not yet revealed: a count, never their text. */
    hiddenCount: z.number().int().min(0),
    /** reflect and invert: the first steps linked to notes and clusters. */
    countermeasures: z.array(ProjectorCountermeasure)
  }),
  z.object({
    kind: z.literal('vote'),
    target: VoteTarget,
    dotsPerParticipant: z.number().int(),
    maxDotsPerItem: z.number().int(),
    revealed: z.boolean(),
    /** Board order while voting; most dots first once revealed. */
    items: z.array(ProjectorVoteItem)
  }),
  z.object({ kind: z.literal('effect_chain'), rows: z.array(ProjectorEffectRow) }),
  z.object({ kind: z.literal('proposals'), proposals: z.array(ProjectorProposal) }),
  z.object({ kind: z.literal('responses'), proposals: z.array(ProjectorProposal) })
])
export type ProjectorContent = z.infer<typeof ProjectorContent>
export type ContentKind = ProjectorContent['kind']

export const ProjectorPhase = z.object({
  id: Id,
  kind: PhaseKind,
  title: z.string(),
  prompt: z.string(),
  meetingTitle: z.string(),
  silent: z.boolean(),
  /**
   * The clock as stored (start + elapsed before it + duration); the projector ticks it locally.
   * Remaining = durationMs - elapsedMs - (startedAt === null ? 0 : now - startedAt), with `now`
   * corrected by the view's serverTime for a projector on another computer.
   */
  timer: z.object({ startedAt: Timestamp.nullable(), elapsedMs: z.number().int().min(0), durationMs: z.number().int().min(0) })
})
export type ProjectorPhase = z.infer<typeof ProjectorPhase>

export const ParticipantsJoin = z.object({
  joinUrl: z.string().max(2_000),
  joinCode: z.string().max(64),
  /** The QR code of joinUrl as an SVG data: URL, for an <img src> (never inserted as markup). */
  qrDataUrl: z.string().max(500_000).nullable()
})
export type ParticipantsJoin = z.infer<typeof ParticipantsJoin>

export const ProjectorView = z.object({
  /** The core's clock when the view was made: the projector's skew = serverTime - its own now. */
  serverTime: Timestamp,
  language: Language,
  workshopTitle: z.string(),
  presenter: PresenterState,
  phase: ProjectorPhase.nullable(),
  content: ProjectorContent,
  /** The join address and code while phones are allowed (participants capability); else null. */
  participants: ParticipantsJoin.nullable()
})
export type ProjectorView = z.infer<typeof ProjectorView>
