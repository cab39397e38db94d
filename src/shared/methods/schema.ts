import { z } from 'zod'
import { PhaseKind } from '../domain/enums.ts'

const Texts = z.object({
  title: z.string().min(1, 'must not be empty').max(200),
  prompt: z.string().max(2_000),
  guidance: z.string().max(5_000)
})

export const PhaseTemplate = z.object({
  kind: PhaseKind,
  durationMin: z.number().int().min(0).max(600),
  sv: Texts,
  en: Texts
})
export type PhaseTemplate = z.infer<typeof PhaseTemplate>

export const MeetingTemplate = z.object({
  sv: z.object({ title: z.string().min(1).max(200) }),
  en: z.object({ title: z.string().min(1).max(200) }),
  phases: z.array(PhaseTemplate).min(1, 'a meeting needs at least one phase').max(60)
})
export type MeetingTemplate = z.infer<typeof MeetingTemplate>

const About = z.object({ name: z.string().min(1).max(200), description: z.string().max(2_000) })

/** A method as data: meetings of phases, in Swedish and English. */
export const MethodTemplate = z.object({
  id: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and -'),
  /** Research circles and democracy labs must name receivers before they start (the ECAR lesson). */
  requiresAnchoring: z.boolean(),
  sv: About,
  en: About,
  meetings: z.array(MeetingTemplate).min(1).max(40)
})
export type MethodTemplate = z.infer<typeof MethodTemplate>
