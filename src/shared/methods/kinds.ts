import type { PhaseKind } from '../domain/enums.ts'

export interface PhaseKindDefaults {
  /** Whether the room needs a question to work on; an empty prompt then deserves a warning. */
  readonly needsPrompt: boolean
  readonly durationMin: number
  readonly sv: { readonly title: string }
  readonly en: { readonly title: string }
}

// Titles here are only the starting text of a newly added phase; the kind's name and tool
// descriptions shown in the UI live in the renderer's i18n files.
export const PHASE_KIND_DEFAULTS: Readonly<Record<PhaseKind, PhaseKindDefaults>> = {
  inform: { needsPrompt: true, durationMin: 10, sv: { title: 'Information' }, en: { title: 'Information' } },
  capture: { needsPrompt: true, durationMin: 15, sv: { title: 'Samla idéer' }, en: { title: 'Collect ideas' } },
  cluster: { needsPrompt: true, durationMin: 10, sv: { title: 'Gruppera' }, en: { title: 'Group' } },
  reflect: { needsPrompt: true, durationMin: 12, sv: { title: 'Reflektion' }, en: { title: 'Reflection' } },
  vote: { needsPrompt: true, durationMin: 8, sv: { title: 'Rösta' }, en: { title: 'Vote' } },
  invert: { needsPrompt: true, durationMin: 15, sv: { title: 'Första steg' }, en: { title: 'First steps' } },
  effect_chain: { needsPrompt: true, durationMin: 15, sv: { title: 'Effektkedja' }, en: { title: 'Effect chain' } },
  proposals: { needsPrompt: true, durationMin: 30, sv: { title: 'Förslag' }, en: { title: 'Proposals' } },
  // Answers are usually typed in by the secretary after the meeting, not asked of a room.
  responses: { needsPrompt: false, durationMin: 30, sv: { title: 'Svar från nämnderna' }, en: { title: 'Answers from the committees' } },
  free_notes: { needsPrompt: false, durationMin: 10, sv: { title: 'Anteckningar' }, en: { title: 'Notes' } }
}
