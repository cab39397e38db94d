import type { Setting, Workshop } from '../domain/entities.ts'
import type { Language } from '../domain/enums.ts'
import { REPORT_LABELS } from './labels.ts'
import { REPORT_HEADER_SETTING, ReportHeaderPatch, type ReportHeader } from './options.ts'

/** The saved header fields, or nothing when the setting is absent or unreadable (never an error: it is optional). */
export function savedHeader(settings: readonly Setting[]): ReportHeaderPatch {
  const row = settings.find((s) => s.id === REPORT_HEADER_SETTING)
  if (!row) return {}
  let value: unknown
  try {
    value = JSON.parse(row.valueJson)
  } catch {
    return {}
  }
  const parsed = ReportHeaderPatch.safeParse(value)
  return parsed.success ? parsed.data : {}
}

/** What the header says before anyone edits it: what the workshop set-up already knows. */
export function defaultHeader(workshop: Workshop, language: Language): ReportHeader {
  return {
    municipality: workshop.municipality,
    department: workshop.department,
    documentType: REPORT_LABELS[language].documentType,
    diarienummer: '',
    handlaggare: workshop.organiser,
    date: null,
    subtitle: '',
    summary: ''
  }
}

/** Defaults, then the saved setting, then this export's own changes. */
export function resolveHeader(
  workshop: Workshop,
  settings: readonly Setting[],
  language: Language,
  patch: ReportHeaderPatch = {}
): ReportHeader {
  const merged: ReportHeader = { ...defaultHeader(workshop, language) }
  for (const source of [savedHeader(settings), patch]) {
    for (const [k, v] of Object.entries(source)) if (v !== undefined) (merged as Record<string, unknown>)[k] = v
  }
  return merged
}
