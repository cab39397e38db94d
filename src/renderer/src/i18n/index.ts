import i18next from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/domain/enums.ts'
import { applyLanguage } from './direction.ts'
import { en } from './en.ts'
import { enFeatures, svFeatures } from './features/index.ts'
import { sv } from './sv.ts'

export const LANGUAGES: readonly Language[] = ['sv', 'en']
export const DEFAULT_LANGUAGE: Language = 'sv'

const STORAGE_KEY = 'medskapa.language'

/** The language the facilitator chose last time on this computer, else Swedish. */
export function savedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'en' || value === 'sv' ? value : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: { ...sv, ...svFeatures } }, en: { translation: { ...en, ...enFeatures } } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    // React escapes text itself; escaping here too would show "&lt;" in participants' notes.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false
  })
  applyLanguage(language)
  return i18next
}

/** Switch every visible string at once, without a restart, and remember the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language)
  applyLanguage(language)
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Private windows may refuse storage; the switch still applies for this session.
  }
}

/** True when a key exists in the current language (used for labels that come from the core). */
export function hasKey(key: string): boolean {
  return i18next.exists(key)
}

export { useTranslation, i18next }
