import type { PhaseKind } from '../domain/enums.ts'
import type { MeetingTemplate, PhaseTemplate } from './schema.ts'

/** [title, prompt shown to the room, guidance for the facilitator] */
export type PhaseTexts = readonly [title: string, prompt: string, guidance: string]

// Shorthands so the built-in method files read as the agenda they are.
export function phase(kind: PhaseKind, durationMin: number, sv: PhaseTexts, en: PhaseTexts): PhaseTemplate {
  return {
    kind,
    durationMin,
    sv: { title: sv[0], prompt: sv[1], guidance: sv[2] },
    en: { title: en[0], prompt: en[1], guidance: en[2] }
  }
}

export function meeting(sv: string, en: string, phases: PhaseTemplate[]): MeetingTemplate {
  return { sv: { title: sv }, en: { title: en }, phases }
}
