import { z } from 'zod'

/** What a phase asks of the room; decides the facilitator's tools and what the projector shows. */
export const PHASE_KINDS = [
  'inform',
  'capture',
  'cluster',
  'reflect',
  'vote',
  'invert',
  'effect_chain',
  'proposals',
  'responses',
  'free_notes'
] as const
export const PhaseKind = z.enum(PHASE_KINDS)
export type PhaseKind = z.infer<typeof PhaseKind>

export const PhaseState = z.enum(['pending', 'active', 'done'])
export type PhaseState = z.infer<typeof PhaseState>

/** SKR's delaktighetstrappa, stated up front and printed in the report. */
export const PARTICIPATION_LEVELS = [
  'information',
  'consultation',
  'dialogue',
  'influence',
  'codecision'
] as const
export const ParticipationLevel = z.enum(PARTICIPATION_LEVELS)
export type ParticipationLevel = z.infer<typeof ParticipationLevel>

export const Language = z.enum(['sv', 'en'])
export type Language = z.infer<typeof Language>

/** Sticky colours double as categories; the names are stable ids, the palette lives in the renderer. */
export const STICKY_COLOURS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple', 'grey'] as const
export const StickyColour = z.enum(STICKY_COLOURS)
export type StickyColour = z.infer<typeof StickyColour>

export const StickySource = z.enum(['facilitator', 'participant'])
export type StickySource = z.infer<typeof StickySource>

/** Moderation: participant notes may wait in the facilitator's inbox before they reach the board. */
export const StickyStatus = z.enum(['board', 'inbox', 'removed'])
export type StickyStatus = z.infer<typeof StickyStatus>

export const VoteTarget = z.enum(['sticky', 'cluster'])
export type VoteTarget = z.infer<typeof VoteTarget>

export const Decision = z.enum(['agreed', 'partly', 'not_agreed', 'not_answered'])
export type Decision = z.infer<typeof Decision>

/** Borås "Arbeta med andra – en taxonomi", left to right. */
export const COLLAB_LEVELS = ['specified', 'coordinated', 'cooperation', 'integrated', 'merged'] as const
export const CollabLevel = z.enum(COLLAB_LEVELS)
export type CollabLevel = z.infer<typeof CollabLevel>

export const ProposalKind = z.enum(['recommendation', 'proposal'])
export type ProposalKind = z.infer<typeof ProposalKind>

export const MeetingStatus = z.enum(['planned', 'running', 'done'])
export type MeetingStatus = z.infer<typeof MeetingStatus>
