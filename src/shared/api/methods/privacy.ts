import { z } from 'zod'
import { KnownName, Workshop } from '../../domain/entities.ts'
import { Language } from '../../domain/enums.ts'
import { Id } from '../../domain/primitives.ts'
import { PII_KINDS } from '../../text/pii.ts'
import { HistoryState } from '../events.ts'
import { method } from '../define.ts'
import { BackupEntry } from './backup.ts'

const Scope = { docId: z.string() }

/**
 * The free-text fields the guard reads, per entity. Bodies' contact fields are left out on
 * purpose: an official's work address is meant to be there. Summaries are left out too: they are
 * the record of what was sent, and are corrected through corrections, not rewritten.
 */
export const SCANNED_FIELDS = {
  sticky: ['text', 'authorLabel'],
  note: ['plainText'],
  cluster: ['title'],
  countermeasure: ['text', 'owner', 'due'],
  proposal: ['text', 'theme', 'owner'],
  response: ['commitment', 'responsible', 'due'],
  effectRow: ['goalArea', 'longTerm', 'shortTerm', 'output', 'activity', 'time', 'resources'],
  feedback: ['channel', 'text'],
  question: ['text']
} as const

export type ScannedEntity = keyof typeof SCANNED_FIELDS
export const ScannedEntity = z.enum(Object.keys(SCANNED_FIELDS) as [ScannedEntity, ...ScannedEntity[]])

export const PiiKind = z.enum(PII_KINDS)
export const ReplaceStyle = z.enum(['pseudonym', 'placeholder'])

/** One finding in the workshop. For notes, positions are in the note's plain text. */
export const ScanHit = z.object({
  entity: ScannedEntity,
  id: Id,
  field: z.string(),
  kind: PiiKind,
  match: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0)
})
export type ScanHit = z.infer<typeof ScanHit>

const ResolveInput = z
  .object({
    ...Scope,
    entity: ScannedEntity,
    id: Id,
    field: z.string(),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    style: ReplaceStyle,
    /** Language of placeholders and pseudonyms; the workshop's language by default. */
    language: Language.optional()
  })
  .superRefine((t, ctx) => {
    if (!(SCANNED_FIELDS[t.entity] as readonly string[]).includes(t.field)) {
      ctx.addIssue({ code: 'custom', path: ['field'], message: `is not a field the guard reads on ${t.entity}` })
    }
    if (t.end <= t.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after start' })
  })

export const privacyMethods = {
  'privacy.scan': method(
    z.object({ ...Scope, kinds: z.array(PiiKind).min(1).optional() }),
    z.object({ hits: z.array(ScanHit), truncated: z.boolean() }),
    'Find personal identity numbers, phone numbers, e-mail addresses and listed names in all free text.'
  ),
  'privacy.resolve': method(
    ResolveInput,
    z.object({ text: z.string() }),
    'Replace one finding with a pseudonym (names) or a neutral placeholder; undoable except in notes.'
  ),
  'privacy.resolveAll': method(
    z.object({ ...Scope, style: ReplaceStyle, kinds: z.array(PiiKind).min(1).optional(), language: Language.optional() }),
    z.object({ replaced: z.number().int().min(0) }),
    'Replace every finding in the workshop; the board part is one undoable step, notes are not undoable.'
  ),
  'knownName.list': method(z.object(Scope), z.array(KnownName), "The facilitator's optional list of participants' names."),
  'knownName.add': method(
    z.object({ ...Scope, name: z.string().trim().min(1, 'must not be empty').max(200) }),
    KnownName,
    'Add a name the guard should look for (a name already listed is returned as it is).'
  ),
  'knownName.remove': method(z.object({ ...Scope, id: Id }), z.object({}), 'Take a name off the list.'),
  'privacy.eraseHistory': method(
    z.object(Scope),
    z.object({ undoSteps: z.number().int().min(0), backupsRemoved: z.number().int().min(0), backup: BackupEntry, history: HistoryState }),
    'Erase for good: forget every undo step and replace the backups with one of the workshop as it is now, so deleted and replaced text is gone from the file and its backups.'
  ),
  'workshop.recordParticipantInfo': method(
    z.object({ ...Scope, given: z.boolean() }),
    Workshop,
    'Record that participants were given the information checklist (or clear it).'
  )
} as const
