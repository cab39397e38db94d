import type { Language } from '../domain/enums.ts'
import { proposeReportFileName } from '../report/filename.ts'
import { SUMMARY_LABELS } from './labels.ts'

/**
 * "2025-04-10 Minnesanteckningar träff 2 – Vardagsrasism i Botkyrka.docx": the date first so a
 * folder sorts by date, then what it is, then the workshop; "version 2" from the second version on.
 */
export function proposeSummaryFileName(isoDate: string, title: string, meetingNumber: number | null, version: number, language: Language): string {
  const labels = SUMMARY_LABELS[language]
  const what = [labels.documentType, meetingNumber === null ? '' : labels.meeting(meetingNumber).toLocaleLowerCase(language)]
  const kind = `${what.filter(Boolean).join(' ')}${version > 1 ? `, ${labels.version(version).toLocaleLowerCase(language)}` : ''} –`
  return proposeReportFileName(isoDate, title, kind)
}
