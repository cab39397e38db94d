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

/**
 * "kl. 9.05" as Swedish style guides write the time of day (Språkrådet: a point between hours and
 * minutes, no leading zero), "9:05" in English. Intl's sv-SE gives "09:05", hence the parts.
 * With `seconds`, "kl. 9.05.07" and "9:05:07", for moments a minute does not tell apart.
 */
export function formatTime(ms: number, language: Language, opts: { seconds?: boolean } = {}): string {
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', ...(opts.seconds ? { second: '2-digit' } : {}) }
  const parts = formatter(language, options).formatToParts(ms)
  const hour = String(Number(parts.find((p) => p.type === 'hour')?.value ?? '0'))
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00'
  const second = opts.seconds ? (parts.find((p) => p.type === 'second')?.value ?? '00') : null
  if (language === 'sv') return `kl. ${hour}.${minute}${second === null ? '' : `.${second}`}`
  return `${hour}:${minute}${second === null ? '' : `:${second}`}`
}

/** "13 december 2013 kl. 14.05": for file lists, where the time of day tells versions apart. */
export function formatDateTime(ms: number, language: Language, opts: { seconds?: boolean } = {}): string {
  return `${formatDate(ms, language)} ${formatTime(ms, language, opts)}`
}

const numbers: Partial<Record<Language, Intl.NumberFormat>> = {}

/** "34 175" in Swedish (a non-breaking space between thousands), "34,175" in English. */
export function formatNumber(value: number, language: Language): string {
  numbers[language] ??= new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 })
  return numbers[language].format(value)
}

/** "12 min" style durations in whole minutes. */
export function minutesOf(seconds: number): number {
  return Math.round(seconds / 60)
}
