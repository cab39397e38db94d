import type { z } from 'zod'
import { ApiError } from '../../shared/api/errors.ts'
import { ENTITY_SCHEMAS, type Correction, type Note, type Summary } from '../../shared/domain/entities.ts'
import { CORRECTED_FIELD, isRowTarget, type CorrectionTarget, type RowTarget } from '../../shared/summary/corrections.ts'
import { correctText, meetingRowsOf, meetingTexts } from '../../shared/summary/rows.ts'
import { detectPersonalData } from '../../shared/text/pii.ts'
import { lexicalPlainText, lexicalText, parseLexical, replaceInLexical, type LexNode, type LexState } from '../../shared/text/pii-lexical.ts'
import { sanitizeLine, sanitizeText } from '../../shared/text/sanitize.ts'
import type { DocumentStore, Tx } from '../db/store.ts'

// A participant's correction, recorded against the version they read and applied to the live
// workshop in the same transaction, so the next export (version 2) says what they asked for.

export interface CorrectionInput {
  summaryId: string
  description: string
  targetType: CorrectionTarget
  targetId: string
  before: string
  after: string
}

const issue = (path: string, message: string): ApiError => new ApiError('invalid_input', `${path}: ${message}`, [{ path, message }])

/** The meeting a row belongs to (through its phase, note or cluster), or null for workshop-wide rows. */
function meetingOfRow(tx: Tx, type: RowTarget | 'note', id: string): string | null {
  const phaseMeeting = (phaseId: string): string | null => tx.get('phase', phaseId)?.meetingId ?? null
  switch (type) {
    case 'sticky':
      return phaseMeeting(tx.get('sticky', id)?.phaseId ?? '')
    case 'cluster':
      return phaseMeeting(tx.get('cluster', id)?.phaseId ?? '')
    case 'countermeasure': {
      const c = tx.get('countermeasure', id)
      const phaseId = c?.stickyId ? tx.get('sticky', c.stickyId)?.phaseId : tx.get('cluster', c?.clusterId ?? '')?.phaseId
      return phaseMeeting(phaseId ?? '')
    }
    case 'question':
      return tx.get('question', id)?.meetingId ?? null
    case 'note':
      return tx.get('note', id)?.meetingId ?? null
    case 'proposal':
      return null
  }
}

/** The corrected value of a row's field: cleaned as the board cleans it, and checked against the field's schema. */
function cleanValue(type: RowTarget, after: string): string {
  const field = CORRECTED_FIELD[type]
  const value = type === 'cluster' ? sanitizeLine(after) : sanitizeText(after).trim()
  const schema = (ENTITY_SCHEMAS[type] as unknown as z.ZodObject).shape[field] as z.ZodType
  const ok = schema.safeParse(value)
  if (!ok.success) throw issue('after', ok.error.issues[0]?.message ?? 'is not a valid value')
  return value
}

function paragraphNode(text: string): LexNode {
  return {
    type: 'paragraph',
    children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    version: 1
  }
}

function emptyState(): LexState {
  return { root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 } }
}

function occurrences(text: string, piece: string): number {
  let n = 0
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length)) n++
  return n
}

/** A note with one piece replaced (it must occur exactly once) or, with nothing to replace, a paragraph added. */
function correctedNote(note: Note | undefined, before: string, after: string): { lexicalJson: string; plainText: string } {
  const parsed = note && note.lexicalJson !== '' ? parseLexical(note.lexicalJson) : null
  if (note && note.lexicalJson !== '' && !parsed?.ok) {
    throw new ApiError('conflict', "this note's editor content cannot be read; open the note and save it again first")
  }
  const state = parsed?.ok ? parsed.state : emptyState()
  if (before === '') {
    if (after.trim() === '') throw issue('after', 'must not be empty when adding to a note')
    for (const paragraph of after.split(/\n[ \t]*\n+/).filter((p) => p.trim() !== '')) state.root.children?.push(paragraphNode(paragraph))
  } else {
    const { text } = lexicalText(state)
    const n = occurrences(text, before)
    if (n === 0) throw new ApiError('conflict', 'before: that text is not in the note (it may have changed); copy it from the note as it reads now')
    if (n > 1) throw new ApiError('conflict', `before: that text occurs ${n} times in the note; give a longer piece so it is clear which one to change`)
    const start = text.indexOf(before)
    replaceInLexical(state, start, start + before.length, after)
  }
  const plainText = lexicalPlainText(state)
  if (plainText.length > 2_000_000) throw issue('after', 'the note would be too long')
  return { lexicalJson: JSON.stringify(state), plainText }
}

/** The newest version of the meeting must be the one corrected: later versions already hold earlier corrections. */
export function checkLatest(tx: Pick<Tx, 'list'>, summary: Summary, what: string): void {
  const newer = tx.list('summary', { meetingId: summary.meetingId }).find((s) => s.version > summary.version)
  if (newer) throw new ApiError('conflict', `version ${newer.version} of this meeting is newer; ${what} it instead`)
}

/**
 * Record the correction and apply it. Everything is checked before anything is written. The
 * description is guarded: who asked is "a participant", and a name or number there is refused.
 */
export function applyCorrection(tx: Tx, store: DocumentStore, input: CorrectionInput, now: number, newId: () => string): Correction {
  const summary = tx.get('summary', input.summaryId)
  if (!summary) throw new ApiError('not_found', `no summary with id "${input.summaryId}"`)
  checkLatest(tx, summary, 'correct')
  const description = sanitizeText(input.description).trim()
  const knownNames = store.list('knownName').map((k) => ({ id: k.id, name: k.name }))
  const found = detectPersonalData(description, { knownNames })
  if (found.length > 0) {
    throw issue('description', `write who asked as "a participant", without names or numbers (found: ${[...new Set(found.map((h) => h.kind))].join(', ')})`)
  }
  const after = sanitizeText(input.after)
  const before = sanitizeText(input.before)
  let recordedBefore = before
  let recordedAfter = after
  let targetId = input.targetId
  const type = input.targetType

  if (isRowTarget(type)) {
    if (targetId === '') throw issue('targetId', `must name the ${type} to correct`)
    const row = tx.get(type, targetId) as Record<string, unknown> | undefined
    if (!row) throw new ApiError('not_found', `no ${type} with id "${targetId}"`)
    const owner = meetingOfRow(tx, type, targetId)
    if (type !== 'proposal' && owner !== summary.meetingId) throw issue('targetId', `the ${type} is not part of this summary's meeting`)
    const field = CORRECTED_FIELD[type]
    const current = String(row[field] ?? '')
    if (before !== '' && before !== current) throw new ApiError('conflict', `before: the ${type} no longer reads like that; check it again`)
    const value = cleanValue(type, after)
    if (value === current) throw issue('after', 'is the same as the text now; nothing to correct')
    const patch: Record<string, unknown> = { [field]: value }
    if (type === 'sticky') patch.updatedAt = now
    // A title a participant corrected must not be re-derived from its notes.
    if (type === 'cluster') patch.titleCustom = true
    tx.update(type, targetId, patch as never)
    recordedBefore = current
    recordedAfter = value
  } else if (type === 'note') {
    let note: Note | undefined
    if (targetId === '') note = tx.list('note', { meetingId: summary.meetingId, phaseId: null })[0]
    else {
      note = tx.get('note', targetId)
      if (!note) throw new ApiError('not_found', `no note with id "${targetId}"`)
      if (note.meetingId !== summary.meetingId) throw issue('targetId', "the note is not part of this summary's meeting")
    }
    const next = correctedNote(note, before, after)
    if (note) tx.update('note', note.id, { ...next, updatedAt: now })
    else {
      note = tx.insert('note', { id: newId(), meetingId: summary.meetingId, phaseId: null, ...next, updatedAt: now })
    }
    targetId = note.id
  } else {
    // "text": the summary's wording, carried into later versions; it must be there to be corrected.
    if (before.trim() === '') throw issue('before', 'must give the text to correct')
    if (targetId !== '') throw issue('targetId', 'must be empty for a text correction')
    const ids = new Set(tx.list('summary', { meetingId: summary.meetingId }).map((s) => s.id))
    let rows = meetingRowsOf(store.all(), summary.meetingId)
    const earlier = tx.list('correction').filter((c) => ids.has(c.summaryId) && c.targetType === 'text').sort((a, b) => a.createdAt - b.createdAt)
    for (const c of earlier) rows = correctText(rows, c.before, c.after)
    if (!meetingTexts(rows).some((t) => t.includes(before))) {
      throw new ApiError('conflict', "before: that text is not in this meeting's notes, themes, steps or questions")
    }
    recordedAfter = after
  }
  return tx.insert('correction', {
    id: newId(),
    summaryId: summary.id,
    description,
    targetType: type,
    targetId,
    before: recordedBefore,
    after: recordedAfter,
    createdAt: now
  })
}
