import { z } from 'zod'
import { PII_KINDS } from '../../text/pii.ts'
import { REPORT_SECTIONS, ReportHeader, ReportHeaderPatch, ReportOptions, ReportSection } from '../../report/options.ts'
import { method } from '../define.ts'

// Methods of the report capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).

const Scope = { docId: z.string() }

/** Options may be left out entirely: Swedish, every section, no author labels, no replacement. */
const Options = ReportOptions.prefault({})

export const ReportHitOut = z.object({
  kind: z.enum(PII_KINDS),
  match: z.string(),
  excerpt: z.string(),
  source: z.object({ entity: z.string(), id: z.string(), field: z.string() })
})

export const ReportSectionInfo = z.object({
  id: ReportSection,
  title: z.string(),
  /** Chosen in the options. */
  chosen: z.boolean(),
  /** Has something to say; a chosen section without content is left out of the document. */
  hasContent: z.boolean()
})

const MAX_PREVIEW_HITS = 1_000

export const reportMethods = {
  'report.preview': method(
    z.object({ ...Scope, options: Options }),
    z.object({
      sections: z.array(ReportSectionInfo).length(REPORT_SECTIONS.length),
      /** Personal data found in what the report would print, before any replacement. */
      hits: z.array(ReportHitOut).max(MAX_PREVIEW_HITS),
      hitCount: z.number().int().min(0),
      header: ReportHeader,
      /** The date the report will carry (YYYY-MM-DD). */
      date: z.string(),
      /** "2025-04-10 Rapport Vardagsrasism i Botkyrka.docx". */
      fileName: z.string()
    }),
    'What an export would contain: sections with content, the personal-data hits, the header and a file name.'
  ),
  'report.export': method(
    z.object({
      ...Scope,
      /** Where to write the .docx; its folder must exist. An existing file is replaced atomically. */
      path: z.string().min(1, 'must not be empty').max(4_096),
      options: Options
    }),
    z.object({
      path: z.string(),
      bytes: z.number().int().min(0),
      sections: z.array(ReportSection),
      hitCount: z.number().int().min(0)
    }),
    'Write the Word report for the nämnder.'
  ),
  'report.header.get': method(
    z.object(Scope),
    ReportHeader,
    "The report header (municipality, förvaltning, document type, date, diarienummer, handläggare, subtitle, summary) with the workshop's defaults filled in."
  ),
  'report.header.set': method(
    z.object({ ...Scope, header: ReportHeaderPatch }),
    ReportHeader,
    'Save changes to the report header; fields left out keep their saved value.'
  )
} as const

export { MAX_PREVIEW_HITS }
