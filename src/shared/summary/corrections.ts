import { z } from 'zod'

/**
 * What a correction can point at. The first five are one field of one row, changed in the live
 * workshop as well; "note" replaces a piece of a meeting note (or adds a paragraph to the
 * meeting's note); "text" corrects the summary's wording wherever the meeting's texts hold it,
 * carried into every later version without touching the live workshop.
 */
export const CORRECTION_TARGETS = ['sticky', 'cluster', 'countermeasure', 'proposal', 'question', 'note', 'text'] as const
export const CorrectionTarget = z.enum(CORRECTION_TARGETS)
export type CorrectionTarget = z.infer<typeof CorrectionTarget>

/** The field a correction of a row replaces. */
export const CORRECTED_FIELD = {
  sticky: 'text',
  cluster: 'title',
  countermeasure: 'text',
  proposal: 'text',
  question: 'text'
} as const satisfies Partial<Record<CorrectionTarget, string>>

export type RowTarget = keyof typeof CORRECTED_FIELD

export function isRowTarget(t: string): t is RowTarget {
  return Object.prototype.hasOwnProperty.call(CORRECTED_FIELD, t)
}
