import type { Language } from '../../../../shared/domain/enums.ts'
import { formatDate } from '../../i18n/format.ts'

/** "1 maj 2025" from "2025-05-01", read as a local calendar day (no time zone shift). */
export function formatIsoDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || !m || !d) return iso
  return formatDate(new Date(y, m - 1, d).getTime(), language)
}
