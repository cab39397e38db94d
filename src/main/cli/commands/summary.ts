import { z } from 'zod'
import { ApiError } from '../../../shared/api/errors.ts'
import { IsoDate } from '../../../shared/domain/primitives.ts'
import { isIsoDate } from '../../../shared/report/dates.ts'
import type { SummaryOptionsInput } from '../../../shared/summary/options.ts'
import { CliFailure, parseCommandArgs, type Command } from '../command.ts'
import { say } from '../output.ts'
import { withCore } from '../session.ts'

const Args = z.object({
  file: z.string().min(1, 'must not be empty'),
  out: z.string({ error: 'is required' }).min(1, 'must not be empty'),
  meeting: z
    .string()
    .regex(/^[1-9]\d{0,3}$/, 'must be the meeting number: 1, 2, 3 …')
    .transform(Number)
    .optional(),
  lang: z.enum(['sv', 'en'], { error: 'must be sv or en' }).optional(),
  text: z.boolean().optional(),
  pseudonymise: z.boolean().optional(),
  by: IsoDate.refine(isIsoDate, 'is not a calendar date').optional(),
  contact: z.string().max(500, 'must be at most 500 characters').optional()
})

export const summaryCommand: Command = {
  name: 'summary',
  summary: "Write a meeting's summary (minnesanteckningar) for the participants",
  usage: 'medskapa summary <file> --meeting <n> --out <docx> [--lang sv|en] [--text] [--pseudonymise] [--by <date>] [--contact <text>]',
  help: [
    'Builds the summary of meeting <n> (1 is the first) as the app\'s "Minnesanteckningar" does and',
    'writes it to <docx>. The export is recorded in the workshop file as the meeting\'s next',
    'version (1, 2, …). Author labels are never printed.',
    '',
    'Safe to send: when the personal-data guard finds names, personnummer, phone numbers or e-mail',
    'addresses in what the summary would print, nothing is written, the finds are listed, and the',
    'exit code is 1 — unless --pseudonymise replaces every one of them.',
    '',
    'Options:',
    '  --out, -o <docx>     the Word file to write (its folder must exist)',
    '  --meeting, -m <n>    which meeting; may be left out when the workshop has only one',
    '  --lang sv|en         language of the summary (default: sv)',
    '  --text               also write the plain text beside it (same name, .txt)',
    '  --pseudonymise       replace every personal-data find in the output',
    '  --by <YYYY-MM-DD>    last day for corrections (default: two weeks from the meeting or today)',
    '  --contact <text>     how participants send corrections, e.g. an e-mail address of the',
    '                       organiser; printed as written, not checked by the guard (default: the',
    '                       one used last time)'
  ].join('\n'),
  run: async (args) => {
    const a = parseCommandArgs(args, {
      positionals: ['file'],
      options: {
        out: { type: 'string', short: 'o' },
        meeting: { type: 'string', short: 'm' },
        lang: { type: 'string' },
        text: { type: 'boolean' },
        pseudonymise: { type: 'boolean' },
        by: { type: 'string' },
        contact: { type: 'string' }
      },
      schema: Args
    })
    if (/\.json$/i.test(a.file)) {
      throw new CliFailure(`a summary is recorded in the workshop file, so it needs a .medskapa file; make one with "medskapa import ${a.file}"`)
    }
    const options: SummaryOptionsInput = {
      language: a.lang ?? 'sv',
      pseudonymise: a.pseudonymise === true,
      ...(a.by ? { correctionsBy: a.by } : {}),
      ...(a.contact !== undefined ? { contact: a.contact } : {})
    }
    const result = await withCore(async (core) => {
      const { docId } = await core.call('library.open', { path: a.file })
      let meetingId: string | undefined
      if (a.meeting !== undefined) {
        const { data } = await core.call('workshop.get', { docId })
        const meetings = [...data.meetings].sort((x, y) => x.position - y.position)
        const chosen = meetings[a.meeting - 1]
        if (!chosen) throw new CliFailure(`--meeting ${a.meeting}: the workshop has ${meetings.length === 1 ? 'one meeting' : `${meetings.length} meetings`}`)
        meetingId = chosen.id
      }
      try {
        return await core.call('summary.export', { docId, meetingId, path: a.out, options, writeText: a.text === true })
      } catch (e) {
        if (e instanceof ApiError && e.code === 'conflict' && e.issues && e.issues.length > 0) {
          // Every find, not only the first: the person fixes them all in one go.
          const lines = e.issues.map((i) => `  ${i.path}: ${i.message}`)
          throw new CliFailure(`nothing was written: ${e.message}\n${lines.join('\n')}`)
        }
        throw e
      }
    })
    say(`Wrote ${result.path} (version ${result.version})`)
    if (result.textPath) say(`Wrote ${result.textPath}`)
    if (result.replaced > 0) say(`Replaced ${result.replaced} personal-data ${result.replaced === 1 ? 'find' : 'finds'} with pseudonyms or placeholders.`)
  }
}
