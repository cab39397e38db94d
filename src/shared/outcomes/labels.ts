import type { CollabLevel, Decision } from '../domain/enums.ts'
import type { EffectRow } from '../domain/entities.ts'
import type { AnswerStatus } from './answers.ts'

type Lang = 'sv' | 'en'

/** Borås "Arbeta med andra – en taxonomi", left to right: more must be shared the further right. */
export const COLLAB_LEVEL_LABELS: Record<Lang, Record<CollabLevel, string>> = {
  sv: {
    specified: 'Specificerat',
    coordinated: 'Samordnat',
    cooperation: 'Samverkan',
    integrated: 'Integrerat',
    merged: 'Sammansmält'
  },
  en: {
    specified: 'Specified',
    coordinated: 'Coordinated',
    cooperation: 'Cooperation',
    integrated: 'Integrated',
    merged: 'Merged'
  }
}

/** What the parties must share as they move right on the scale; shown as guiding questions. */
export const COLLAB_DIMENSIONS: Record<Lang, readonly string[]> = {
  sv: ['Aktiviteter/språk', 'Mål/Strategi/organisation', 'Utgångspunkt/Grundläggande antaganden'],
  en: ['Activities/language', 'Goals/strategy/organisation', 'Starting points/basic assumptions']
}

export type EffectColumn = keyof Pick<
  EffectRow,
  'longTerm' | 'shortTerm' | 'output' | 'activity' | 'responsibleIds' | 'time' | 'resources'
>

/** The effect-chain columns in the seed's order (left to right), with its Swedish headings. */
export const EFFECT_COLUMNS: readonly { key: EffectColumn; sv: string; en: string; optional: boolean }[] = [
  { key: 'longTerm', sv: 'Långsiktiga effekter', en: 'Long-term outcomes', optional: false },
  { key: 'shortTerm', sv: 'Kortsiktig effekt', en: 'Short-term outcome', optional: false },
  { key: 'output', sv: 'Prestation', en: 'Output', optional: false },
  { key: 'activity', sv: 'Aktivitet', en: 'Activity', optional: false },
  { key: 'responsibleIds', sv: 'Ansvar', en: 'Responsible', optional: false },
  // The seed leaves both empty in every example, so nothing may insist on them.
  { key: 'time', sv: 'Tid', en: 'Time', optional: true },
  { key: 'resources', sv: 'Resurser', en: 'Resources', optional: true }
]

export const GOAL_AREA_LABEL: Record<Lang, string> = { sv: 'Målområde', en: 'Goal area' }

export const DECISION_LABELS: Record<Lang, Record<Decision, string>> = {
  sv: { agreed: 'Instämmer', partly: 'Instämmer delvis', not_agreed: 'Instämmer inte', not_answered: 'Har inte svarat' },
  en: { agreed: 'Agreed', partly: 'Partly agreed', not_agreed: 'Not agreed', not_answered: 'Not answered' }
}

export const ANSWER_STATUS_LABELS: Record<Lang, Record<AnswerStatus, string>> = {
  sv: { answered: 'Besvarad', open: 'Väntar på svar', overdue: 'Försenad' },
  en: { answered: 'Answered', open: 'Awaiting answer', overdue: 'Overdue' }
}
