import { z } from 'zod'
import { Language } from '../domain/enums.ts'
import { IsoDate, ShortText } from '../domain/primitives.ts'
import { isIsoDate } from '../report/dates.ts'

const CalendarDay = IsoDate.refine(isIsoDate, 'is not a calendar date')

/** What the secretary chose in the summary dialog (or on the command line). */
export const SummaryOptions = z.object({
  language: Language.default('sv'),
  /** The last day participants can send corrections; null: two weeks from the meeting or the export, whichever is later. */
  correctionsBy: CalendarDay.nullable().default(null),
  /**
   * How participants send corrections, e.g. the organiser's work e-mail. Printed as written and
   * deliberately NOT run through the personal-data guard: an official's work address is meant to
   * be there, and the guard would otherwise flag it on every export. Left out: the one used last.
   */
  contact: ShortText.optional(),
  /** Replace every personal-data find in what is printed (names get the workshop's pseudonyms). */
  pseudonymise: z.boolean().default(false),
  /** The summary's date (YYYY-MM-DD); null: the day it is exported. */
  date: CalendarDay.nullable().default(null)
})
export type SummaryOptions = z.output<typeof SummaryOptions>
export type SummaryOptionsInput = z.input<typeof SummaryOptions>

/** Where the last used contact line is kept, so the dialog offers it next time. */
export const SUMMARY_CONTACT_SETTING = 'summary.contact'

/** How long participants get to send corrections when no date is chosen. */
export const CORRECTION_DAYS = 14

/** YYYY-MM-DD plus `days` calendar days (UTC arithmetic: a calendar day has no time zone). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return t.toISOString().slice(0, 10)
}

/** The default corrections deadline: two weeks after the meeting, or after the export if that is later. */
export function defaultCorrectionsBy(meetingDate: string | null, exportDate: string): string {
  const base = meetingDate !== null && meetingDate > exportDate ? meetingDate : exportDate
  return addDays(base, CORRECTION_DAYS)
}
