import { z } from 'zod'
import { Language } from '../domain/enums.ts'
import { IsoDate, LongText, ShortText } from '../domain/primitives.ts'

/** The report's sections in document order; the header block, title and contents are always there. */
export const REPORT_SECTIONS = [
  'summary',
  'background',
  'method',
  'results',
  'recommendations',
  'effectChains',
  'responses',
  'feedback',
  'privacy',
  'appendix'
] as const
export const ReportSection = z.enum(REPORT_SECTIONS)
export type ReportSection = z.infer<typeof ReportSection>

/** Where the report header lives among the workshop's settings (valueJson holds a ReportHeader). */
export const REPORT_HEADER_SETTING = 'report.header'

/**
 * The editable front matter: the header block of page 1, plus the two texts a person writes
 * (subtitle, summary). Every field is free text, the diarienummer too: formats differ per
 * municipality and nämnd (KS/2019:279, SN 2019:37 …), so the app must not guess one.
 */
export const ReportHeader = z.object({
  municipality: ShortText,
  department: ShortText,
  documentType: ShortText,
  diarienummer: ShortText,
  handlaggare: ShortText,
  /** The report's date; null means the day it is exported. */
  date: IsoDate.nullable(),
  subtitle: ShortText,
  /** The handläggare's own summary, printed before the facts the report counts by itself. */
  summary: LongText
})
export type ReportHeader = z.infer<typeof ReportHeader>

export const ReportHeaderPatch = ReportHeader.partial()
export type ReportHeaderPatch = z.infer<typeof ReportHeaderPatch>

export const Redaction = z.enum(['none', 'pseudonymise'])
export type Redaction = z.infer<typeof Redaction>

/** What the person chose in the export dialog (or on the command line). */
export const ReportOptions = z.object({
  language: Language.default('sv'),
  sections: z
    .array(ReportSection)
    .max(REPORT_SECTIONS.length)
    .default([...REPORT_SECTIONS]),
  /** Author labels are personal data more often than not; they are printed only when asked for. */
  includeAuthorLabels: z.boolean().default(false),
  redaction: Redaction.default('none'),
  /** One-off changes to the saved header for this export only. */
  header: ReportHeaderPatch.optional()
})
export type ReportOptions = z.output<typeof ReportOptions>
export type ReportOptionsInput = z.input<typeof ReportOptions>
