import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { WorkshopFile } from '../../shared/domain/interchange.ts'
import { parseUnknown } from '../../shared/api/errors.ts'
import { isoDay } from '../../shared/report/dates.ts'
import { REPORT_SECTIONS, ReportSection, type ReportOptionsInput } from '../../shared/report/options.ts'
import { CliFailure, parseCommandArgs, type Command } from '../cli/command.ts'
import { say } from '../cli/output.ts'
import { Documents } from '../core/documents.ts'
import { exportReport, type ExportResult } from './export.ts'

const Args = z.object({
  file: z.string().min(1, 'must not be empty'),
  out: z.string({ error: 'is required' }).min(1, 'must not be empty'),
  lang: z.enum(['sv', 'en'], { error: 'must be sv or en' }).optional(),
  pseudonymise: z.boolean().optional(),
  authors: z.boolean().optional(),
  sections: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined) return undefined
      const ids = s.split(',').map((x) => x.trim()).filter(Boolean)
      const bad = ids.filter((x) => !ReportSection.safeParse(x).success)
      if (bad.length > 0) {
        ctx.addIssue({ code: 'custom', message: `unknown section "${bad[0]}" (known: ${REPORT_SECTIONS.join(', ')})` })
        return z.NEVER
      }
      return ids as ReportSection[]
    })
})

/**
 * A workshop file read through the document layer the core opens files with, and the report
 * built as the core's report.export builds it. The core itself (every handler, the whole API
 * contract) is not loaded: the report is timed against pandoc as a whole process.
 */
async function fromWorkshopFile(file: string, out: string, options: ReportOptionsInput): Promise<ExportResult> {
  const docs = new Documents()
  try {
    const data = docs.open(file).store.all()
    return await exportReport(data, out, options, { today: isoDay(new Date()) })
  } finally {
    docs.closeAll()
  }
}

/** An interchange JSON file straight into the builder: no workshop file needed. */
async function fromJson(file: string, out: string, options: ReportOptionsInput): Promise<ExportResult> {
  let value: unknown
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new CliFailure(`cannot read ${path.resolve(file)}: the file does not exist`)
    throw new CliFailure(`${path.resolve(file)} is not valid JSON: ${(e as Error).message}`)
  }
  const parsed = parseUnknown(WorkshopFile, value, `${path.resolve(file)} is not a workshop file`)
  const { format: _f, formatVersion: _v, exportedAt: _e, ...data } = parsed
  return exportReport(data, out, options, { today: isoDay(new Date()) })
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'Write the Word report for the nämnder',
  usage: 'medskapa report <file> --out <docx> [--lang sv|en] [--pseudonymise] [--authors] [--sections <list>]',
  help: [
    'Builds the report as the app\'s "Export report" does, from a workshop file (.medskapa) or its',
    'interchange JSON (.json), and writes it to <docx>, replacing an existing file atomically.',
    'The header (diarienummer, handläggare, date …) is the one saved in the workshop.',
    '',
    'Options:',
    '  --out, -o <docx>     the Word file to write (its folder must exist)',
    '  --lang sv|en         language of the report (default: sv)',
    '  --pseudonymise       replace names, personnummer, phone numbers and e-mail addresses',
    '  --authors            print the author labels written on notes (off by default)',
    `  --sections <list>    only these sections, comma-separated: ${REPORT_SECTIONS.join(',')}`,
    '',
    'Personal data found in the texts is counted on standard error when it is not replaced.'
  ].join('\n'),
  run: async (args) => {
    const a = parseCommandArgs(args, {
      positionals: ['file'],
      options: {
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        pseudonymise: { type: 'boolean' },
        authors: { type: 'boolean' },
        sections: { type: 'string' }
      },
      schema: Args
    })
    const options: ReportOptionsInput = {
      language: a.lang ?? 'sv',
      includeAuthorLabels: a.authors === true,
      redaction: a.pseudonymise ? 'pseudonymise' : 'none',
      ...(a.sections ? { sections: a.sections } : {})
    }
    const result = /\.json$/i.test(a.file) ? await fromJson(a.file, a.out, options) : await fromWorkshopFile(a.file, a.out, options)
    say(`Wrote ${result.path} (${Math.max(1, Math.round(result.bytes / 1024))} kB; ${result.sections.join(', ')})`)
    if (result.hitCount > 0 && !a.pseudonymise) {
      process.stderr.write(`Note: ${result.hitCount} possible personal data found in the texts; --pseudonymise replaces them.\n`)
    }
  }
}
