import type { z } from 'zod'
import { ApiError } from '../../../shared/api/errors.ts'
import { SCANNED_FIELDS, type privacyMethods, type ScanHit, type ScannedEntity } from '../../../shared/api/methods/privacy.ts'
import { ENTITY_SCHEMAS, type KnownName } from '../../../shared/domain/entities.ts'
import {
  detectPersonalData,
  replacementFor,
  type PiiHit,
  type PiiLanguage,
  type PseudonymMap,
  type ReplaceStyle
} from '../../../shared/text/pii.ts'
import { lexicalPlainText, parseLexical, replaceInLexical, type LexState } from '../../../shared/text/pii-lexical.ts'
import { sanitizeLine } from '../../../shared/text/sanitize.ts'
import type { DocumentStore, Tx } from '../../db/store.ts'
import type { Handlers } from '../context.ts'
import { systemIds } from '../ids.ts'
import { PSEUDONYM_SETTING, savedPseudonyms } from '../../../shared/text/pseudonyms.ts'

const MAX_SCAN_HITS = 5_000

function readMap(store: DocumentStore): PseudonymMap {
  return savedPseudonyms(store.list('setting', { id: PSEUDONYM_SETTING }))
}

function writeMap(tx: Tx, map: PseudonymMap): void {
  const valueJson = JSON.stringify(map)
  if (tx.get('setting', PSEUDONYM_SETTING)) tx.update('setting', PSEUDONYM_SETTING, { valueJson })
  else tx.insert('setting', { id: PSEUDONYM_SETTING, valueJson })
}

const refs = (names: KnownName[]): { id: string; name: string }[] => names.map((k) => ({ id: k.id, name: k.name }))

/** One scanned text. A note's text is derived from its editor state, so positions map back into it. */
interface FieldText {
  entity: ScannedEntity
  id: string
  field: string
  text: string
  note?: LexState
}

function textsOf(entity: ScannedEntity, row: Record<string, unknown>): FieldText[] {
  const id = String(row.id)
  if (entity === 'note') {
    const parsed = parseLexical(String(row.lexicalJson))
    if (parsed.ok) return [{ entity, id, field: 'plainText', text: lexicalPlainText(parsed.state), note: parsed.state }]
    return [{ entity, id, field: 'plainText', text: String(row.plainText ?? '') }]
  }
  const out: FieldText[] = []
  for (const field of SCANNED_FIELDS[entity]) {
    const text = row[field]
    if (typeof text === 'string' && text !== '') out.push({ entity, id, field, text })
  }
  return out
}

function allTexts(store: DocumentStore): FieldText[] {
  return (Object.keys(SCANNED_FIELDS) as ScannedEntity[]).flatMap((entity) =>
    store.list(entity).flatMap((row) => textsOf(entity, row as unknown as Record<string, unknown>))
  )
}

/** Left to right, so pseudonyms are handed out in reading order. */
function replacements(hits: PiiHit[], style: ReplaceStyle, language: PiiLanguage, map: PseudonymMap) {
  const out: { hit: PiiHit; text: string }[] = []
  let m = map
  for (const hit of hits) {
    const r = replacementFor(hit, style, language, m)
    m = r.map
    out.push({ hit, text: r.text })
  }
  return { list: out, map: m }
}

/** The row patch that writes `edits` into one field; the new value is checked against the schema. */
function patchFor(t: FieldText, edits: { hit: PiiHit; text: string }[]): Record<string, unknown> {
  const now = systemIds.now()
  if (t.entity === 'note') {
    if (!t.note) throw new ApiError('conflict', "this note's editor content cannot be read; open the note and save it again first")
    const state = structuredClone(t.note)
    // Right to left, so earlier positions stay valid while later ones change.
    for (const e of [...edits].reverse()) replaceInLexical(state, e.hit.start, e.hit.end, e.text)
    return { lexicalJson: JSON.stringify(state), plainText: lexicalPlainText(state), updatedAt: now }
  }
  let value = t.text
  for (const e of [...edits].reverse()) value = value.slice(0, e.hit.start) + e.text + value.slice(e.hit.end)
  const schema = (ENTITY_SCHEMAS[t.entity] as unknown as z.ZodObject).shape[t.field] as z.ZodType
  const ok = schema.safeParse(value)
  if (!ok.success) {
    throw new ApiError('invalid_input', `${t.entity} ${t.id}: ${t.field} would become too long with the replacement`)
  }
  const patch: Record<string, unknown> = { [t.field]: value }
  if (t.entity === 'sticky') patch.updatedAt = now
  // A title the guard rewrote must not be re-derived from the notes it came from.
  if (t.entity === 'cluster') patch.titleCustom = true
  return patch
}

function languageOf(store: DocumentStore, given: PiiLanguage | undefined): PiiLanguage {
  return given ?? store.list('workshop')[0].language
}

export const privacyHandlers: Handlers<keyof typeof privacyMethods> = {
  'privacy.scan': (input, ctx) => {
    const store = ctx.docs.get(input.docId).store
    const knownNames = refs(store.list('knownName'))
    const hits: ScanHit[] = []
    let truncated = false
    for (const t of allTexts(store)) {
      for (const h of detectPersonalData(t.text, { knownNames, kinds: input.kinds })) {
        if (hits.length >= MAX_SCAN_HITS) {
          truncated = true
          break
        }
        hits.push({ entity: t.entity, id: t.id, field: t.field, kind: h.kind, match: h.match, start: h.start, end: h.end })
      }
    }
    return { hits, truncated }
  },

  'privacy.resolve': (input, ctx) => {
    const store = ctx.docs.get(input.docId).store
    const row = store.get(input.entity, input.id)
    if (!row) throw new ApiError('not_found', `no ${input.entity} with id "${input.id}"`)
    const t = textsOf(input.entity, row as unknown as Record<string, unknown>).find((x) => x.field === input.field)
    const hits = t ? detectPersonalData(t.text, { knownNames: refs(store.list('knownName')) }) : []
    const hit = hits.find((h) => h.start === input.start && h.end === input.end)
    if (!t || !hit) throw new ApiError('conflict', 'that text has changed since it was checked; check again')
    const r = replacements([hit], input.style, languageOf(store, input.language), readMap(store))
    const patch = patchFor(t, r.list)
    if (r.map.next !== readMap(store).next) ctx.mutate(input.docId, null, (tx) => writeMap(tx, r.map))
    // A note's text belongs to its editor's own history, so only board items join the undo stack.
    const label = input.entity === 'note' ? null : 'privacy.resolve'
    ctx.mutate(input.docId, label, (tx) => tx.update(input.entity, input.id, patch as never))
    return { text: String(input.entity === 'note' ? patch.plainText : patch[input.field]) }
  },

  'privacy.resolveAll': (input, ctx) => {
    const store = ctx.docs.get(input.docId).store
    const knownNames = refs(store.list('knownName'))
    const language = languageOf(store, input.language)
    const before = readMap(store)
    let map = before
    let replaced = 0
    const board: { t: FieldText; patch: Record<string, unknown> }[] = []
    const notes: { t: FieldText; patch: Record<string, unknown> }[] = []
    // Everything is computed and checked before anything is written.
    for (const t of allTexts(store)) {
      const hits = detectPersonalData(t.text, { knownNames, kinds: input.kinds })
      if (hits.length === 0) continue
      const r = replacements(hits, input.style, language, map)
      map = r.map
      replaced += hits.length
      ;(t.entity === 'note' ? notes : board).push({ t, patch: patchFor(t, r.list) })
    }
    if (map.next !== before.next || notes.length > 0) {
      ctx.mutate(input.docId, null, (tx) => {
        if (map.next !== before.next) writeMap(tx, map)
        for (const n of notes) tx.update('note', n.t.id, n.patch as never)
      })
    }
    if (board.length > 0) {
      ctx.mutate(input.docId, 'privacy.resolveAll', (tx) => {
        for (const b of board) tx.update(b.t.entity, b.t.id, b.patch as never)
      })
    }
    return { replaced }
  },

  'privacy.eraseHistory': async (input, ctx) => {
    const doc = ctx.docs.get(input.docId)
    const undoSteps = doc.store.eraseHistory()
    // No row changed, but every view's undo buttons must learn that there is nothing to undo.
    const history = ctx.historyChanged(doc.docId)
    const { backup, removed } = await ctx.backups.replaceAll(doc)
    return { undoSteps, backupsRemoved: removed, backup, history }
  },

  'knownName.list': (input, ctx) => ctx.docs.get(input.docId).store.list('knownName'),

  'knownName.add': (input, ctx) =>
    ctx.mutate(input.docId, 'knownName.add', (tx) => {
      const name = sanitizeLine(input.name)
      if (name === '') throw new ApiError('invalid_input', 'name: must not be empty', [{ path: 'name', message: 'must not be empty' }])
      const same = (s: string): string => s.normalize('NFC').toLocaleLowerCase('sv')
      const existing = tx.list('knownName').find((k) => same(k.name) === same(name))
      return existing ?? tx.insert('knownName', { id: systemIds.newId(), name })
    }),

  'knownName.remove': (input, ctx) =>
    ctx.mutate(input.docId, 'knownName.remove', (tx) => {
      if (!tx.get('knownName', input.id)) throw new ApiError('not_found', `no listed name with id "${input.id}"`)
      tx.remove('knownName', input.id)
      return {}
    }),

  'workshop.recordParticipantInfo': (input, ctx) =>
    ctx.mutate(input.docId, null, (tx) => {
      const current = tx.list('workshop')[0]
      const now = systemIds.now()
      return tx.update('workshop', current.id, { participantInfoGivenAt: input.given ? now : null, updatedAt: now })
    })
}
