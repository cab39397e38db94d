import type { UiError } from '../../api/errors.ts'

export type FileProblem = 'damaged' | 'notWorkshop' | 'newer' | 'missing'

// The core says what is wrong with a workshop file (ApiErrorBody.fileProblem, docs/RELIABILITY.md
// §4); the renderer says it in the facilitator's language and keeps the core's text as the detail.
const PROBLEMS: Record<NonNullable<UiError['fileProblem']>, FileProblem | null> = {
  corrupt: 'damaged',
  newer_version: 'newer',
  not_sqlite: 'notWorkshop',
  foreign: 'notWorkshop',
  missing: 'missing',
  unreadable: null
}

/** What is wrong with a workshop file that could not be opened, when the error says. */
export function fileProblem(error: UiError): FileProblem | null {
  return error.fileProblem ? PROBLEMS[error.fileProblem] : null
}
