import i18next from 'i18next'

// The interface mirrors for right-to-left languages: the stylesheets use logical properties
// (inline-start/end), so setting `dir` on the root element is all the layout needs. Keys that
// move along a row must follow what the eye sees, so "next" is ArrowLeft in right-to-left.

/** Set the document's language and direction from the interface language. */
export function applyLanguage(language: string): void {
  const root = document.documentElement
  root.lang = language
  root.dir = i18next.dir(language)
}

/** True when the interface currently reads right to left. */
export function isRightToLeft(): boolean {
  return document.documentElement.dir === 'rtl'
}

/**
 * The step a horizontal arrow key means in reading order: +1 forward, -1 back, 0 for any other key.
 * Vertical arrows are the same in both directions.
 */
export function readingStep(key: string): 1 | -1 | 0 {
  if (key === 'ArrowDown') return 1
  if (key === 'ArrowUp') return -1
  if (key !== 'ArrowRight' && key !== 'ArrowLeft') return 0
  const forward = isRightToLeft() ? 'ArrowLeft' : 'ArrowRight'
  return key === forward ? 1 : -1
}
