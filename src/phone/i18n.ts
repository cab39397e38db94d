import {
  DEFAULT_PHONE_LANGUAGE,
  isPhoneLanguage,
  phoneDirection,
  phoneText,
  pickPhoneLanguage,
  type PhoneLanguage,
  type PhoneStringKey
} from '../shared/participants/strings.ts'

// The phone's language: the resident's own choice (kept on the phone only), else the browser's
// first language we have, else Swedish. Arabic turns the whole page right-to-left.

const STORAGE_KEY = 'medskapa.phone.language'

let current: PhoneLanguage = DEFAULT_PHONE_LANGUAGE
const listeners: Array<() => void> = []

export function t(key: PhoneStringKey, vars?: Record<string, string | number>): string {
  return phoneText(current, key, vars)
}

export function language(): PhoneLanguage {
  return current
}

function stored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    return null // private mode on old Safari throws
  }
}

export function initialLanguage(): PhoneLanguage {
  const saved = stored()
  if (isPhoneLanguage(saved)) return saved
  const preferred = navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language || '']
  return pickPhoneLanguage(preferred)
}

export function setLanguage(lang: PhoneLanguage, remember: boolean): void {
  current = lang
  const root = document.documentElement
  root.setAttribute('lang', lang)
  root.setAttribute('dir', phoneDirection(lang))
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, lang)
    } catch {
      // not kept: the choice still holds until the page is closed
    }
  }
  for (const listener of listeners) listener()
}

export function onLanguage(listener: () => void): void {
  listeners.push(listener)
}
