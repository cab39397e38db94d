import type { Language } from '../domain/enums.ts'

const LOCALE: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' }

const numberFormats = new Map<Language, Intl.NumberFormat>()

function parts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  // 2024-02-31 parses as 2 March; a date that does not round-trip is no date.
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null
  return [y, mo, d]
}

// Month names as Intl writes them in a long date (a test holds them to it). Spelled out here
// because building the first Intl.DateTimeFormat loads the locale's calendar data, ~15 ms of a
// report export that is timed against pandoc.
const MONTHS: Record<Language, readonly string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
}

/**
 * "13 december 2013" as running Swedish text writes it (Språkrådet; webbriktlinjer #66),
 * "13 December 2013" in English. An ISO date is a calendar day, not a moment: no time zone
 * can move it to the day before.
 */
export function formatLongDate(iso: string, language: Language): string {
  const p = parts(iso)
  if (!p) return iso
  return `${p[2]} ${MONTHS[language][p[1] - 1]} ${p[0]}`
}

/** The local calendar day of `now` as YYYY-MM-DD (the day the person exports, where they are). */
export function isoDay(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function isIsoDate(value: string): boolean {
  return parts(value) !== null
}

/** What Intl puts between groups of three digits: a no-break space in Swedish, a comma in English. */
const GROUP: Record<Language, string> = { sv: '\u00a0', en: ',' }

/**
 * 34 175 456: Swedish groups thousands with a (non-breaking) space. Whole counts, all the report
 * prints, are grouped here; anything else goes to Intl, whose first NumberFormat costs ~15 ms.
 */
export function formatNumber(n: number, language: Language): string {
  if (Number.isSafeInteger(n) && n >= 0) return String(n).replace(/\B(?=(\d{3})+$)/g, GROUP[language])
  let f = numberFormats.get(language)
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[language])
    numberFormats.set(language, f)
  }
  return f.format(n)
}

/** The BCP 47 tag the document declares: sv-SE or en-GB. */
export function localeOf(language: Language): string {
  return LOCALE[language]
}
