import type { UiError } from '../../api/errors.ts'

export type FileProblem = 'damaged' | 'notWorkshop' | 'newer' | 'missing'

// The core names what is wrong with a workshop file in these words (docs/RELIABILITY.md §4,
// pinned by tests/unit/reliability/bad-files.test.ts); the renderer says the same in the
// facilitator's language and keeps the core's text as the detail.
const PATTERNS: readonly [FileProblem, RegExp][] = [
  ['damaged', /\bthe file is damaged\b/i],
  ['newer', /\bwritten by a newer Medskapa\b/i],
  ['notWorkshop', /\bnot a Medskapa workshop\b/i],
  ['missing', /\bthe file does not exist\b/i]
]

/** What is wrong with a workshop file that could not be opened, when the error says. */
export function fileProblem(error: UiError): FileProblem | null {
  if (error.code !== 'file' && error.code !== 'not_found') return null
  for (const [problem, pattern] of PATTERNS) if (pattern.test(error.detail)) return problem
  return null
}
