import type { TFunction } from 'i18next'
import type { Language } from '../../../../shared/domain/enums.ts'
import { i18next } from '../../i18n/index.ts'

// The room reads the workshop's language, whatever language the facilitator's own screen is in:
// the projector and its preview take their words from the view, not from the app's setting.

export type ScreenT = TFunction

/** One function per language, so components can memoise on it. */
const fixed = new Map<Language, ScreenT>()

export function screenT(language: Language): ScreenT {
  let t = fixed.get(language)
  if (!t) fixed.set(language, (t = i18next.getFixedT(language)))
  return t
}
