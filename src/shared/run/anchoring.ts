import type { Body, Meeting, Workshop } from '../domain/entities.ts'
import type { MethodTemplate } from '../methods/schema.ts'

export type AnchoringMissing = 'receiver' | 'answerBy'

export interface AnchoringStatus {
  /** The method says results need named receivers before the first meeting. */
  readonly required: boolean
  /** At least one receiver with an answer-by date is named. */
  readonly satisfied: boolean
  readonly missing: readonly AnchoringMissing[]
  /** An organiser chose to start without; the reason is in workshop.anchoringOverride. */
  readonly overridden: boolean
  /** True when starting a meeting now would be refused. */
  readonly blocksStart: boolean
}

export interface AnchoringData {
  readonly workshop: Pick<Workshop, 'anchoringOverride'>
  readonly bodies: readonly Pick<Body, 'isReceiver' | 'answerBy'>[]
  readonly meetings: readonly Pick<Meeting, 'status'>[]
}

/** Why the app insists, for the set-up screen and the refusal message. From the ECAR conclusions (seed S2). */
export const ANCHORING_WHY = {
  sv: 'Resultatet behöver någon som är beredd att ta hand om det. Erfarenheten från ECAR-cirklarna i Botkyrka är att det avgörande är att förankringen är klar innan arbetet börjar: de berörda verksamheterna ska vara beredda att ta vara på resultatet. Ange minst en mottagare (nämnd eller förvaltning) och ett datum då de ska svara.',
  en: 'The results need someone ready to act on them. The lesson from the ECAR circles in Botkyrka is that anchoring must be settled before the work starts: the services concerned must be ready to take up the results. Name at least one receiver (committee or department) and a date by which they answer.'
} as const

/** Anchoring is checked when a workshop starts its first meeting, i.e. while no meeting has run. */
export function isFirstStart(data: Pick<AnchoringData, 'meetings'>): boolean {
  return data.meetings.every((m) => m.status === 'planned')
}

export function anchoringStatus(data: AnchoringData, method: Pick<MethodTemplate, 'requiresAnchoring'> | undefined): AnchoringStatus {
  const required = method?.requiresAnchoring ?? false
  const receivers = data.bodies.filter((b) => b.isReceiver)
  const missing: AnchoringMissing[] = []
  if (receivers.length === 0) missing.push('receiver')
  if (!receivers.some((b) => b.answerBy !== null)) missing.push('answerBy')
  const satisfied = missing.length === 0
  const overridden = data.workshop.anchoringOverride !== null
  return {
    required,
    satisfied,
    missing,
    overridden,
    blocksStart: required && !satisfied && !overridden && isFirstStart(data)
  }
}
