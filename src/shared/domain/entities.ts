import { z } from 'zod'
import {
  CollabLevel,
  Decision,
  Language,
  MeetingStatus,
  ParticipationLevel,
  PhaseKind,
  PhaseState,
  ProposalKind,
  StickyColour,
  StickySource,
  StickyStatus,
  VoteTarget
} from './enums.ts'
import { Id, IsoDate, LongText, ShortText, StickyText, Timestamp } from './primitives.ts'

// One schema per stored aggregate. Each maps 1:1 onto a table (camelCase here, snake_case there),
// is what change events carry, and is what the JSON interchange format holds.

export const Workshop = z.object({
  id: Id,
  title: z.string().min(1, 'must not be empty').max(200),
  methodId: z.string().max(64),
  purpose: LongText,
  organiser: ShortText,
  commissionedBy: ShortText,
  municipality: ShortText,
  department: ShortText,
  place: ShortText,
  participationLevel: ParticipationLevel.nullable(),
  language: Language,
  currentMeetingId: Id.nullable(),
  currentPhaseId: Id.nullable(),
  /** Set when an organiser starts without named receivers; the reason goes into the report. */
  anchoringOverride: ShortText.nullable(),
  participantInfoGivenAt: Timestamp.nullable(),
  showAuthorsOnProjector: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type Workshop = z.infer<typeof Workshop>

/** A nämnd, förvaltning or other body: receives recommendations and/or carries responsibility. */
export const Body = z.object({
  id: Id,
  name: z.string().min(1, 'must not be empty').max(200),
  abbreviation: z.string().max(32),
  kind: z.enum(['namnd', 'forvaltning', 'bolag', 'other']),
  contact: ShortText,
  answerBy: IsoDate.nullable(),
  isReceiver: z.boolean(),
  position: z.number()
})
export type Body = z.infer<typeof Body>

export const Meeting = z.object({
  id: Id,
  position: z.number(),
  title: z.string().max(200),
  date: IsoDate.nullable(),
  place: ShortText,
  status: MeetingStatus,
  participantCount: z.number().int().min(0).max(100_000).nullable()
})
export type Meeting = z.infer<typeof Meeting>

export const Phase = z.object({
  id: Id,
  meetingId: Id,
  position: z.number(),
  kind: PhaseKind,
  title: z.string().max(200),
  prompt: LongText,
  guidance: LongText,
  durationSec: z.number().int().min(0).max(86_400),
  state: PhaseState,
  /** The timer is stored as when it started plus what had elapsed before, never as a ticking count. */
  timerStartedAt: Timestamp.nullable(),
  timerElapsedMs: z.number().int().min(0),
  timerDurationMs: z.number().int().min(0),
  /** Silent writing: new notes stay off the projector until revealed together. */
  silent: z.boolean(),
  dotsPerParticipant: z.number().int().min(1).max(99),
  maxDotsPerItem: z.number().int().min(1).max(99),
  voteTarget: VoteTarget,
  votesRevealed: z.boolean()
})
export type Phase = z.infer<typeof Phase>

export const Sticky = z.object({
  id: Id,
  phaseId: Id,
  text: StickyText,
  colour: StickyColour,
  authorLabel: ShortText.nullable(),
  hidden: z.boolean(),
  source: StickySource,
  status: StickyStatus,
  clusterId: Id.nullable(),
  position: z.number(),
  /** "Våra farhågor är på väg att …": a dystopia item the group says is already happening. */
  happening: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type Sticky = z.infer<typeof Sticky>

export const Cluster = z.object({
  id: Id,
  phaseId: Id,
  title: z.string().max(200),
  titleCustom: z.boolean(),
  position: z.number(),
  collapsed: z.boolean(),
  happening: z.boolean(),
  createdAt: Timestamp
})
export type Cluster = z.infer<typeof Cluster>

/** Dots on a note or cluster; voter is "paper" for tallies the facilitator types, or a phone's key. */
export const Vote = z.object({
  id: Id,
  phaseId: Id,
  targetType: VoteTarget,
  targetId: Id,
  voter: z.string().min(1).max(64),
  count: z.number().int().min(0).max(10_000)
})
export type Vote = z.infer<typeof Vote>

/** The first step that stops a dystopia item; stays linked to it into effect chains and the report. */
export const Countermeasure = z.object({
  id: Id,
  stickyId: Id.nullable(),
  clusterId: Id.nullable(),
  text: z.string().min(1, 'must not be empty').max(2_000),
  owner: ShortText,
  due: ShortText,
  position: z.number(),
  createdAt: Timestamp
})
export type Countermeasure = z.infer<typeof Countermeasure>

export const Note = z.object({
  id: Id,
  meetingId: Id,
  phaseId: Id.nullable(),
  /** Lexical editor state as JSON text; plainText mirrors it for search, the guard and the report. */
  lexicalJson: z.string().max(5_000_000),
  plainText: z.string().max(2_000_000),
  updatedAt: Timestamp
})
export type Note = z.infer<typeof Note>

export const EffectRow = z.object({
  id: Id,
  goalArea: ShortText,
  longTerm: LongText,
  shortTerm: LongText,
  output: LongText,
  activity: LongText,
  responsibleIds: z.array(Id).max(50),
  time: ShortText,
  resources: ShortText,
  collabNow: CollabLevel.nullable(),
  collabNeeded: CollabLevel.nullable(),
  sourceType: z.enum(['countermeasure', 'cluster', 'proposal']).nullable(),
  sourceId: Id.nullable(),
  position: z.number()
})
export type EffectRow = z.infer<typeof EffectRow>

export const Proposal = z.object({
  id: Id,
  kind: ProposalKind,
  text: z.string().min(1, 'must not be empty').max(5_000),
  theme: ShortText,
  owner: ShortText,
  receiverIds: z.array(Id).max(50),
  sourceClusterId: Id.nullable(),
  position: z.number(),
  createdAt: Timestamp
})
export type Proposal = z.infer<typeof Proposal>

export const Response = z.object({
  id: Id,
  proposalId: Id,
  bodyId: Id,
  date: IsoDate.nullable(),
  decision: Decision,
  commitment: LongText,
  responsible: ShortText,
  due: ShortText,
  createdAt: Timestamp
})
export type Response = z.infer<typeof Response>

/** How and when the circle was told what the nämnder answered. */
export const Feedback = z.object({
  id: Id,
  date: IsoDate.nullable(),
  channel: ShortText,
  text: LongText,
  createdAt: Timestamp
})
export type Feedback = z.infer<typeof Feedback>

/** Participants' names, kept only if the facilitator chooses, so the guard can find them in text. */
export const KnownName = z.object({
  id: Id,
  name: z.string().min(1).max(200)
})
export type KnownName = z.infer<typeof KnownName>

/** Open questions and themes a circle carries from one meeting to the next. */
export const Question = z.object({
  id: Id,
  meetingId: Id,
  text: z.string().min(1).max(2_000),
  resolved: z.boolean(),
  position: z.number()
})
export type Question = z.infer<typeof Question>

/** An exported meeting summary (minnesanteckningar) and the version it was sent as. */
export const Summary = z.object({
  id: Id,
  meetingId: Id,
  version: z.number().int().min(1),
  createdAt: Timestamp,
  approvedAt: Timestamp.nullable(),
  snapshotJson: z.string().max(5_000_000)
})
export type Summary = z.infer<typeof Summary>

export const Correction = z.object({
  id: Id,
  summaryId: Id,
  description: LongText,
  targetType: z.string().max(32),
  targetId: z.string().max(64),
  before: LongText,
  after: LongText,
  createdAt: Timestamp
})
export type Correction = z.infer<typeof Correction>

/** Small per-workshop settings (report header, participant mode, projector preferences). */
export const Setting = z.object({
  id: z.string().min(1).max(64),
  valueJson: z.string().max(100_000)
})
export type Setting = z.infer<typeof Setting>

/** A grouping suggestion the facilitator dismissed; kept so it is not offered again. */
export const Dismissal = z.object({
  id: z.string().min(1).max(300),
  createdAt: Timestamp
})
export type Dismissal = z.infer<typeof Dismissal>

/** Every stored entity, keyed by the name events and the interchange format use. */
export const ENTITY_SCHEMAS = {
  workshop: Workshop,
  body: Body,
  meeting: Meeting,
  phase: Phase,
  sticky: Sticky,
  cluster: Cluster,
  vote: Vote,
  countermeasure: Countermeasure,
  note: Note,
  effectRow: EffectRow,
  proposal: Proposal,
  response: Response,
  feedback: Feedback,
  knownName: KnownName,
  question: Question,
  summary: Summary,
  correction: Correction,
  setting: Setting,
  dismissal: Dismissal
} as const

export type EntityName = keyof typeof ENTITY_SCHEMAS
export type EntityOf<E extends EntityName> = z.infer<(typeof ENTITY_SCHEMAS)[E]>
export const ENTITY_NAMES = Object.keys(ENTITY_SCHEMAS) as EntityName[]
