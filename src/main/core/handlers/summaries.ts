import { ApiError } from '../../../shared/api/errors.ts'
import { MAX_CHECK_HITS, type SummaryInfo, type summariesMethods } from '../../../shared/api/methods/summaries.ts'
import type { Correction, Setting, Summary } from '../../../shared/domain/entities.ts'
import type { WorkshopData } from '../../../shared/domain/interchange.ts'
import { isoDay } from '../../../shared/report/dates.ts'
import { PSEUDONYM_SETTING } from '../../../shared/report/redact.ts'
import { SUMMARY_CONTACT_SETTING, type SummaryOptions } from '../../../shared/summary/options.ts'
import { summaryPlainText } from '../../../shared/summary/plain-text.ts'
import { prepareSummary, versionsOf } from '../../../shared/summary/prepare.ts'
import { readSnapshot, SNAPSHOT_FORMAT, type SummarySnapshot } from '../../../shared/summary/snapshot.ts'
import { sanitizeLine } from '../../../shared/text/sanitize.ts'
import type { Tx } from '../../db/store.ts'
import { applyCorrection, checkLatest } from '../../summary/corrections.ts'
import { buildSummaryDocx } from '../../summary/docx.ts'
import { checkSummaryTarget, textPathOf, unsafeToSend, writeOut } from '../../summary/export.ts'
import type { Handlers } from '../context.ts'
import { systemIds } from '../ids.ts'

const MAX_SNAPSHOT = 5_000_000

/** The meeting asked for, or the only one of a one-off workshop. */
function meetingOf(data: WorkshopData, meetingId: string | undefined): string {
  if (meetingId !== undefined) {
    if (!data.meetings.some((m) => m.id === meetingId)) throw new ApiError('not_found', `no meeting with id "${meetingId}"`)
    return meetingId
  }
  if (data.meetings.length === 1) return data.meetings[0].id
  const why = data.meetings.length === 0 ? 'the workshop has no meetings' : `the workshop has ${data.meetings.length} meetings; say which one`
  throw new ApiError('invalid_input', `meetingId: ${why}`, [{ path: 'meetingId', message: why }])
}

function savedContact(settings: readonly Setting[]): string {
  const row = settings.find((s) => s.id === SUMMARY_CONTACT_SETTING)
  if (!row) return ''
  try {
    const value = JSON.parse(row.valueJson) as unknown
    return typeof value === 'string' ? value : ''
  } catch {
    return ''
  }
}

/** The options with the contact line filled in from last time when none was given. */
function withContact(options: SummaryOptions, settings: readonly Setting[]): SummaryOptions {
  return { ...options, contact: sanitizeLine(options.contact ?? savedContact(settings)) }
}

function putSetting(tx: Tx, id: string, valueJson: string): void {
  const row = tx.get('setting', id)
  if (!row) tx.insert('setting', { id, valueJson })
  else if (row.valueJson !== valueJson) tx.update('setting', id, { valueJson })
}

function infoOf(summary: Summary, all: readonly Summary[], corrections: readonly Correction[]): SummaryInfo {
  const snapshot = readSnapshot(summary)
  const { snapshotJson: _s, ...rest } = summary
  return {
    ...rest,
    language: snapshot?.content.language ?? null,
    correctionsBy: snapshot?.correctionsBy ?? null,
    contact: snapshot?.contact ?? '',
    pseudonymised: snapshot?.pseudonymised ?? false,
    latest: !all.some((s) => s.meetingId === summary.meetingId && s.version > summary.version),
    corrections: corrections.filter((c) => c.summaryId === summary.id).sort((a, b) => a.createdAt - b.createdAt)
  }
}

export const summariesHandlers: Handlers<keyof typeof summariesMethods> = {
  'summary.check': (input, ctx) => {
    const data = ctx.docs.get(input.docId).store.all()
    const meetingId = meetingOf(data, input.meetingId)
    const options = withContact(input.options, data.settings)
    const p = prepareSummary(data, meetingId, options, { today: isoDay(new Date(ctx.now())) })
    return {
      meetingId,
      version: p.version,
      hits: p.hits.slice(0, MAX_CHECK_HITS),
      hitCount: p.hits.length,
      fileName: p.fileName,
      date: p.date,
      correctionsBy: p.correctionsBy,
      contact: options.contact ?? '',
      text: summaryPlainText(p.content)
    }
  },

  'summary.export': async (input, ctx) => {
    const abs = checkSummaryTarget(input.path)
    const doc = ctx.docs.get(input.docId)
    const data = doc.store.all()
    const meetingId = meetingOf(data, input.meetingId)
    const options = withContact(input.options, data.settings)
    const p = prepareSummary(data, meetingId, options, { today: isoDay(new Date(ctx.now())) })
    // The gate: nothing leaves the app while the guard finds something that is not replaced.
    if (p.hits.length > 0 && !options.pseudonymise) throw unsafeToSend(p.hits)
    const snapshot: SummarySnapshot = {
      format: SNAPSHOT_FORMAT,
      formatVersion: 1,
      contact: options.contact ?? '',
      correctionsBy: p.correctionsBy,
      // Whether anything was in fact replaced: the list says so only when it matters.
      pseudonymised: options.pseudonymise && p.hits.length > 0,
      content: p.content,
      rows: p.rows
    }
    const snapshotJson = JSON.stringify(snapshot)
    if (snapshotJson.length > MAX_SNAPSHOT) {
      throw new ApiError('conflict', "the meeting's notes are too large to record as a version (over 5 MB); shorten the notes and export again")
    }
    const buffer = await buildSummaryDocx(p.content)
    const text = summaryPlainText(p.content)
    // Nothing is awaited from here on, so no other export of this meeting can slip in between.
    const newest = versionsOf(doc.store.all(), meetingId)[0]?.version ?? 0
    if (newest >= p.version) throw new ApiError('conflict', `version ${newest} of this meeting was exported meanwhile; export again`)
    writeOut(abs, buffer)
    const textPath = input.writeText ? textPathOf(abs) : null
    if (textPath) writeOut(textPath, text)
    const before = data.settings.find((s) => s.id === PSEUDONYM_SETTING)?.valueJson
    // A record of what was sent, not an edit: not on the undo stack.
    const summary = ctx.mutate(input.docId, null, (tx) => {
      const row = tx.insert('summary', { id: systemIds.newId(), meetingId, version: p.version, createdAt: ctx.now(), approvedAt: null, snapshotJson })
      // New pseudonyms are kept, so "Deltagare C" stays the same person in later versions and the report.
      const map = JSON.stringify(p.pseudonyms)
      if (options.pseudonymise && p.pseudonyms.next > 0 && map !== before) putSetting(tx, PSEUDONYM_SETTING, map)
      if (options.contact !== undefined) putSetting(tx, SUMMARY_CONTACT_SETTING, JSON.stringify(options.contact))
      return row
    })
    return {
      summaryId: summary.id,
      version: summary.version,
      path: abs,
      bytes: buffer.length,
      textPath,
      text,
      replaced: options.pseudonymise ? p.hits.length : 0
    }
  },

  'summary.list': (input, ctx) => {
    const store = ctx.docs.get(input.docId).store
    const all = store.list('summary')
    const position = new Map(store.list('meeting').map((m) => [m.id, m.position]))
    const corrections = store.list('correction')
    return all
      .filter((s) => input.meetingId === undefined || s.meetingId === input.meetingId)
      .sort((a, b) => (position.get(a.meetingId) ?? 0) - (position.get(b.meetingId) ?? 0) || b.version - a.version)
      .map((s) => infoOf(s, all, corrections))
  },

  'summary.text': (input, ctx) => {
    const summary = ctx.docs.get(input.docId).store.get('summary', input.summaryId)
    if (!summary) throw new ApiError('not_found', `no summary with id "${input.summaryId}"`)
    const snapshot = readSnapshot(summary)
    if (!snapshot) throw new ApiError('conflict', `version ${summary.version} was recorded in a form this version of the app cannot read`)
    return { text: summaryPlainText(snapshot.content) }
  },

  'summary.addCorrection': (input, ctx) =>
    // Notes keep their own editing history, so a note correction is not an undo step (as in the privacy guard).
    ctx.mutate(input.docId, input.targetType === 'note' ? null : 'summary.addCorrection', (tx, doc) =>
      applyCorrection(tx, doc.store, input, ctx.now(), systemIds.newId)
    ),

  'summary.approve': (input, ctx) =>
    ctx.mutate(input.docId, null, (tx) => {
      const summary = tx.get('summary', input.summaryId)
      if (!summary) throw new ApiError('not_found', `no summary with id "${input.summaryId}"`)
      let row = summary
      if (input.approved) {
        checkLatest(tx, summary, 'approve')
        const pending = tx.list('correction', { summaryId: summary.id }).length
        if (pending > 0) {
          throw new ApiError(
            'conflict',
            `${pending} ${pending === 1 ? 'correction was' : 'corrections were'} entered against version ${summary.version}; export version ${summary.version + 1} with ${pending === 1 ? 'it' : 'them'} and approve that`
          )
        }
        if (summary.approvedAt === null) row = tx.update('summary', summary.id, { approvedAt: ctx.now() })
      } else if (summary.approvedAt !== null) {
        row = tx.update('summary', summary.id, { approvedAt: null })
      }
      return infoOf(row, tx.list('summary'), tx.list('correction'))
    })
}
