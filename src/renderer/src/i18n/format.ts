import type { Language } from '../../../shared/domain/enums.ts'

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' }

const cache = new Map<string, Intl.DateTimeFormat>()
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[language], options)
    cache.set(key, f)
  }
  return f
}

/** "13 december 2013", as Swedish public documents write dates. */
export function formatDate(ms: number, language: Language): string {
  return formatter(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(ms)
}

/** "13 december 2013 14:05": for file lists, where the time of day tells versions apart. */
export function formatDateTime(ms: number, language: Language): string {
  return formatter(language, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms)
}

/** "12 min" style durations in whole minutes. */
export function minutesOf(seconds: number): number {
  return Math.round(seconds / 60)
}
