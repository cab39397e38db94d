import type { Language } from '../../../../shared/domain/enums.ts'
import { formatDate } from '../../i18n/format.ts'

/** "2025-03-12" as "12 mars 2025"; a calendar day, read at noon UTC so no time zone moves it. */
export function formatIsoDate(iso: string, language: Language): string {
  const ms = Date.parse(`${iso}T12:00:00Z`)
  return Number.isNaN(ms) ? iso : formatDate(ms, language)
}
