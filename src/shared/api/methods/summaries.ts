import { z } from 'zod'
import { Correction, Summary } from '../../domain/entities.ts'
import { Language } from '../../domain/enums.ts'
import { Id } from '../../domain/primitives.ts'
import { CorrectionTarget } from '../../summary/corrections.ts'
import { SummaryOptions } from '../../summary/options.ts'
import { method } from '../define.ts'
import { ReportHitOut } from './report.ts'

// Methods of the summaries capability (minnesanteckningar): check what a meeting's summary would
// print, export it as a recorded version, enter participants' corrections, approve a version.

const Scope = { docId: z.string() }

/** Options may be left out entirely: Swedish, deadline in two weeks, the contact used last time. */
const Options = SummaryOptions.prefault({})

/** Left out when the workshop has a single meeting (a one-off workshop). */
const MeetingRef = Id.optional()

export const MAX_CHECK_HITS = 1_000

/** A recorded version as lists show it: the snapshot's facts without the snapshot itself. */
export const SummaryInfo = Summary.omit({ snapshotJson: true }).extend({
  language: Language.nullable(),
  correctionsBy: z.string().nullable(),
  contact: z.string(),
  pseudonymised: z.boolean(),
  /** The newest version of its meeting (the one corrections and approval apply to). */
  latest: z.boolean(),
  corrections: z.array(Correction)
})
export type SummaryInfo = z.infer<typeof SummaryInfo>

export const summariesMethods = {
  'summary.check': method(
    z.object({ ...Scope, meetingId: MeetingRef, options: Options }),
    z.object({
      meetingId: Id,
      /** The version an export now would become. */
      version: z.number().int().min(1),
      /** Personal data in what the summary would print; an export is refused while any remain unreplaced. */
      hits: z.array(ReportHitOut).max(MAX_CHECK_HITS),
      hitCount: z.number().int().min(0),
      /** "2025-04-10 Minnesanteckningar träff 2 – Vardagsrasism i Botkyrka.docx". */
      fileName: z.string(),
      date: z.string(),
      correctionsBy: z.string(),
      /** The contact line that will be printed (the one used last time when none was given). */
      contact: z.string(),
      /** The summary as plain text, as it would be exported (with the finds replaced when pseudonymising). */
      text: z.string()
    }),
    "What a meeting's summary would print and whether it is safe to send: the personal-data finds, the version it would become and a file name."
  ),
  'summary.export': method(
    z.object({
      ...Scope,
      meetingId: MeetingRef,
      /** Where to write the .docx; its folder must exist. An existing file is replaced atomically. */
      path: z.string().min(1, 'must not be empty').max(4_096),
      options: Options,
      /** Also write the plain text beside the .docx (same name, .txt). */
      writeText: z.boolean().default(false)
    }),
    z.object({
      summaryId: Id,
      version: z.number().int().min(1),
      path: z.string(),
      bytes: z.number().int().min(0),
      textPath: z.string().nullable(),
      /** The same summary as plain text, for pasting into an e-mail. */
      text: z.string(),
      /** Finds that were replaced (0 when the summary was clean). */
      replaced: z.number().int().min(0)
    }),
    "Write a meeting's summary as Word and record it as the meeting's next version. Refused (conflict) while the personal-data guard finds anything, unless options.pseudonymise replaces it all."
  ),
  'summary.list': method(
    z.object({ ...Scope, meetingId: Id.optional() }),
    z.array(SummaryInfo),
    'The recorded versions (of one meeting, or all), newest first per meeting, each with its corrections.'
  ),
  'summary.text': method(
    z.object({ ...Scope, summaryId: Id }),
    z.object({ text: z.string() }),
    'A recorded version as plain text, exactly as it was exported, for pasting into an e-mail.'
  ),
  'summary.addCorrection': method(
    z.object({
      ...Scope,
      summaryId: Id,
      /** What was changed, in a few words. Who asked is recorded as "a participant", never by name. */
      description: z.string().trim().min(1, 'must not be empty').max(2_000),
      targetType: CorrectionTarget,
      /** The row corrected (sticky, cluster, countermeasure, proposal, question or note); empty for "text" and for the meeting's own note. */
      targetId: z.union([Id, z.literal('')]).default(''),
      /** The text as it reads now: checked against the row (rows), the piece to replace (note, text). Empty in a note: add `after` as a new paragraph. */
      before: z.string().max(20_000).default(''),
      after: z.string().max(20_000)
    }),
    Correction,
    "Record a participant's correction against the newest version and apply it to the workshop (one undoable step; note corrections are not undoable, as notes are not)."
  ),
  'summary.approve': method(
    z.object({ ...Scope, summaryId: Id, approved: z.boolean().default(true) }),
    SummaryInfo,
    'Mark the newest version of a meeting as approved by the participants (or take the approval back); the report uses the newest approved version.'
  )
} as const
