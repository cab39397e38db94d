import { ApiError } from '../../../shared/api/errors.ts'
import type { notesMethods } from '../../../shared/api/methods/notes.ts'
import type { Note } from '../../../shared/domain/entities.ts'
import { lexicalPlainText, parseLexical } from '../../../shared/text/pii-lexical.ts'
import type { Tx } from '../../db/store.ts'
import type { Handlers } from '../context.ts'
import { systemIds } from '../ids.ts'

/** The meeting, and the phase if one is given, must exist and belong together. */
function checkPlace(tx: Tx, meetingId: string, phaseId: string | null): void {
  if (!tx.get('meeting', meetingId)) throw new ApiError('not_found', `no meeting with id "${meetingId}"`)
  if (phaseId === null) return
  const phase = tx.get('phase', phaseId)
  if (!phase) throw new ApiError('not_found', `no phase with id "${phaseId}"`)
  if (phase.meetingId !== meetingId) {
    throw new ApiError('invalid_input', `phaseId: the phase "${phaseId}" belongs to another meeting`, [
      { path: 'phaseId', message: 'belongs to another meeting' }
    ])
  }
}

const noteAt = (tx: Tx, meetingId: string, phaseId: string | null): Note | undefined =>
  tx.list('note', { meetingId, phaseId })[0]

export const notesHandlers: Handlers<keyof typeof notesMethods> = {
  'note.get': (input, ctx) => {
    const store = ctx.docs.get(input.docId).store
    if (!store.get('meeting', input.meetingId)) throw new ApiError('not_found', `no meeting with id "${input.meetingId}"`)
    return store.list('note', { meetingId: input.meetingId, phaseId: input.phaseId })[0] ?? null
  },

  'note.list': (input, ctx) => ctx.docs.get(input.docId).store.list('note'),

  // Called by autosave about once a second while someone types: parsing happens before the
  // transaction, and a save that changes nothing writes nothing.
  'note.save': (input, ctx) => {
    const parsed = parseLexical(input.lexicalJson)
    if (!parsed.ok) {
      const path = `lexicalJson${parsed.path === '(root)' ? '' : `.${parsed.path}`}`
      throw new ApiError('invalid_input', `${path}: ${parsed.message}`, [{ path, message: parsed.message }])
    }
    const lexicalJson = parsed.changed ? JSON.stringify(parsed.state) : input.lexicalJson
    const plainText = lexicalPlainText(parsed.state)
    if (plainText.length > 2_000_000) throw new ApiError('invalid_input', 'lexicalJson: the note is too long (over 2,000,000 characters)')
    const doc = ctx.docs.get(input.docId)
    const existing = doc.store.list('note', { meetingId: input.meetingId, phaseId: input.phaseId })[0]
    if (existing && existing.lexicalJson === lexicalJson) return existing
    return ctx.mutate(input.docId, null, (tx) => {
      checkPlace(tx, input.meetingId, input.phaseId)
      const current = noteAt(tx, input.meetingId, input.phaseId)
      const now = systemIds.now()
      if (current) return tx.update('note', current.id, { lexicalJson, plainText, updatedAt: now })
      return tx.insert('note', {
        id: systemIds.newId(),
        meetingId: input.meetingId,
        phaseId: input.phaseId,
        lexicalJson,
        plainText,
        updatedAt: now
      })
    })
  }
}
