import type { Correction, Summary } from '../domain/entities.ts'
import type { WorkshopData } from '../domain/interchange.ts'
import { Redactor, redactWorkshop, savedPseudonyms, type ReportHit, type TextSource } from '../report/redact.ts'
import type { PseudonymMap } from '../text/pii.ts'
import { buildSummaryContent } from './build.ts'
import type { SummaryContent } from './content.ts'
import { proposeSummaryFileName } from './filename.ts'
import { SUMMARY_LABELS } from './labels.ts'
import { defaultCorrectionsBy, SummaryOptions, type SummaryOptionsInput } from './options.ts'
import { correctText, meetingRowsOf, proposalsOfMeeting, type MeetingRows } from './rows.ts'

export interface PreparedSummary {
  meetingId: string
  /** The version this export becomes: one more than the meeting's newest. */
  version: number
  options: SummaryOptions
  /** The resolved dates: the summary's own and the corrections deadline. */
  date: string
  correctionsBy: string
  content: SummaryContent
  /** The meeting's rows as printed (guarded, no author labels): stored with the version for the report. */
  rows: MeetingRows
  /** Personal data found in what the summary prints, before any replacement. */
  hits: ReportHit[]
  /** The workshop's pseudonym map after this export (grows when new names were replaced). */
  pseudonyms: PseudonymMap
  fileName: string
}

const byPosition = <T extends { position: number }>(a: T, b: T): number => a.position - b.position

/** A text the summary prints that has no place in the report's list of sources. */
const source = (entity: string, id: string, field: string): TextSource => ({ entity, id, field }) as TextSource

/** The meeting's versions, newest first. */
export function versionsOf(data: Pick<WorkshopData, 'summaries'>, meetingId: string): Summary[] {
  return data.summaries.filter((s) => s.meetingId === meetingId).sort((a, b) => b.version - a.version)
}

const byCreated = (a: Correction, b: Correction): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)

/**
 * Everything short of writing the file, shared by the check, the export and the command line.
 * What the summary prints goes through the report's redactor: one pass records every find (and
 * replaces it when asked), and the content is built from what came out, so nothing printed can
 * have escaped the guard. Author labels never get this far.
 */
export function prepareSummary(data: WorkshopData, meetingId: string, input: SummaryOptionsInput, env: { today: string }): PreparedSummary {
  const options = SummaryOptions.parse(input)
  const labels = SUMMARY_LABELS[options.language]
  const meetings = [...data.meetings].sort(byPosition)
  const index = meetings.findIndex((m) => m.id === meetingId)
  if (index < 0) throw new Error(`no meeting with id "${meetingId}"`)
  const meeting = meetings[index]
  const date = options.date ?? env.today
  const correctionsBy = options.correctionsBy ?? defaultCorrectionsBy(meeting.date, date)

  const versions = versionsOf(data, meetingId)
  const ids = new Set(versions.map((v) => v.id))
  const corrections = data.corrections.filter((c) => ids.has(c.summaryId)).sort(byCreated)
  // Wording corrections that touch no single note are carried into every later version.
  let rows = meetingRowsOf(data, meetingId)
  for (const c of corrections) if (c.targetType === 'text') rows = correctText(rows, c.before, c.after)

  const numbered = [...data.proposals].sort(byPosition).map((p, i) => ({
    proposal: p,
    label: `${p.kind === 'proposal' ? labels.proposal : labels.recommendation} ${i + 1}`
  }))
  const chosen = new Set(proposalsOfMeeting(data, meetingId).map((p) => p.id))
  const proposals = numbered.filter((p) => chosen.has(p.proposal.id))

  const r = new Redactor(data.knownNames, options.pseudonymise, options.language, savedPseudonyms(data.settings))
  // Only what the summary prints is handed to the redactor, so every find is one a reader would see.
  const redacted = redactWorkshop(
    {
      ...data,
      workshop: { ...data.workshop, purpose: '', commissionedBy: '', anchoringOverride: null },
      bodies: [],
      meetings: [rows.meeting],
      phases: rows.phases,
      stickies: rows.stickies,
      clusters: rows.clusters,
      votes: rows.votes,
      countermeasures: rows.countermeasures,
      notes: rows.notes,
      effectRows: [],
      proposals: proposals.map((p) => p.proposal),
      responses: [],
      feedback: [],
      questions: rows.questions,
      summaries: [],
      corrections: [],
      settings: [],
      dismissals: []
    },
    r,
    false
  )
  const m = redacted.meetings[0]
  const safeRows: MeetingRows = {
    meeting: { ...m, place: r.text(m.place, source('meeting', m.id, 'place')) },
    phases: redacted.phases.map((p) => ({ ...p, prompt: r.text(p.prompt, source('phase', p.id, 'prompt')) })),
    stickies: redacted.stickies,
    clusters: redacted.clusters,
    votes: redacted.votes,
    countermeasures: redacted.countermeasures,
    notes: redacted.notes,
    questions: redacted.questions
  }
  const redactedProposals = new Map(redacted.proposals.map((p) => [p.id, p]))

  const previous = versions[0]
  const since = previous ? corrections.filter((c) => c.summaryId === previous.id) : []
  const changes = previous && since.length > 0
    ? { since: previous.version, items: since.map((c) => r.text(c.description, source('correction', c.id, 'description'))) }
    : null
  const following = meetings[index + 1]
  const nextMeeting = following
    ? {
        date: following.date,
        title: r.text(following.title, source('meeting', following.id, 'title')),
        place: r.text(following.place, source('meeting', following.id, 'place'))
      }
    : null
  const version = (previous?.version ?? 0) + 1
  const meetingNumber = meetings.length > 1 ? index + 1 : null
  const content = buildSummaryContent({
    rows: safeRows,
    proposals: proposals.map((p) => ({ label: p.label, proposal: redactedProposals.get(p.proposal.id) ?? p.proposal })),
    language: options.language,
    version,
    date,
    municipality: data.workshop.municipality.trim(),
    workshopTitle: redacted.workshop.title,
    meetingNumber,
    changes,
    nextMeeting,
    correctionsBy,
    contact: (options.contact ?? '').trim()
  })
  return {
    meetingId,
    version,
    options,
    date,
    correctionsBy,
    content,
    rows: safeRows,
    hits: r.hits,
    pseudonyms: r.pseudonyms,
    fileName: proposeSummaryFileName(date, redacted.workshop.title, meetingNumber, version, options.language)
  }
}
