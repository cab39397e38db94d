import { z } from 'zod'
import { PhaseKind } from '../domain/enums.ts'

// Strict objects throughout: a template file with a misspelt key ("durationMins") is refused
// with that key named, instead of silently losing the value on import.

const Texts = z.strictObject({
  title: z.string().min(1, 'must not be empty').max(200),
  /** Shown large to the room; may be empty for kinds that ask nothing of the room (see kinds.ts). */
  prompt: z.string().max(2_000),
  /** For the facilitator only, beside the prompt. */
  guidance: z.string().max(5_000)
})

export const PhaseTemplate = z.strictObject({
  kind: PhaseKind,
  /** Suggested time; 0 means the phase has no time limit. */
  durationMin: z.number().int().min(0).max(600),
  sv: Texts,
  en: Texts
})
export type PhaseTemplate = z.infer<typeof PhaseTemplate>

const MeetingTexts = z.strictObject({ title: z.string().min(1, 'must not be empty').max(200) })

export const MeetingTemplate = z.strictObject({
  sv: MeetingTexts,
  en: MeetingTexts,
  phases: z.array(PhaseTemplate).min(1, 'a meeting needs at least one phase').max(60)
})
export type MeetingTemplate = z.infer<typeof MeetingTemplate>

const About = z.strictObject({
  name: z.string().min(1, 'must not be empty').max(200),
  description: z.string().max(2_000)
})

export const TEMPLATE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** A method as data: meetings of phases, in Swedish and English. */
export const MethodTemplate = z.strictObject({
  id: z.string().min(1).max(64).regex(TEMPLATE_ID_PATTERN, 'must be lower-case letters and digits, joined by single -'),
  /** Research circles and democracy labs must name receivers before they start (the ECAR lesson). */
  requiresAnchoring: z.boolean(),
  /** The template this one was copied from, so a facilitator can see where an own template came from. */
  basedOn: z.string().max(64).optional(),
  sv: About,
  en: About,
  meetings: z.array(MeetingTemplate).min(1, 'a method needs at least one meeting').max(40)
})
export type MethodTemplate = z.infer<typeof MethodTemplate>
