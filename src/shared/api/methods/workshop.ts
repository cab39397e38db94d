import { z } from 'zod'
import { Body, Sticky, Workshop } from '../../domain/entities.ts'
import { StickyColour } from '../../domain/enums.ts'
import { WorkshopData } from '../../domain/interchange.ts'
import { Id, ShortText, StickyText } from '../../domain/primitives.ts'
import { HistoryState } from '../events.ts'
import { method } from '../define.ts'

const Scope = { docId: z.string() }

export const WorkshopPatch = Workshop.pick({
  title: true,
  methodId: true,
  purpose: true,
  organiser: true,
  commissionedBy: true,
  municipality: true,
  department: true,
  place: true,
  participationLevel: true,
  language: true,
  showAuthorsOnProjector: true
}).partial()

export const StickyPatch = z
  .object({
    text: StickyText,
    colour: StickyColour,
    authorLabel: ShortText.nullable(),
    hidden: z.boolean(),
    happening: z.boolean()
  })
  .partial()

export const workshopMethods = {
  'workshop.get': method(
    z.object(Scope),
    z.object({ data: WorkshopData, history: HistoryState, path: z.string() }),
    'Everything a workshop holds, with the undo state.'
  ),
  'workshop.update': method(z.object({ ...Scope, patch: WorkshopPatch }), Workshop, 'Change the workshop set-up.'),
  'sticky.add': method(
    z.object({
      ...Scope,
      phaseId: Id,
      text: StickyText,
      colour: StickyColour.optional(),
      authorLabel: ShortText.nullable().optional(),
      clusterId: Id.nullable().optional(),
      /** Keep this note off the projector; defaults to the phase's silent writing. */
      hidden: z.boolean().optional()
    }),
    Sticky,
    'Capture a sticky note in a phase.'
  ),
  'sticky.update': method(z.object({ ...Scope, id: Id, patch: StickyPatch }), Sticky, 'Edit a sticky note.'),
  'sticky.remove': method(z.object({ ...Scope, id: Id }), z.object({}), 'Delete a sticky note (undoable).'),
  'body.add': method(
    z.object({
      ...Scope,
      name: Body.shape.name,
      abbreviation: Body.shape.abbreviation.optional(),
      kind: Body.shape.kind.optional(),
      contact: Body.shape.contact.optional(),
      answerBy: Body.shape.answerBy.optional(),
      isReceiver: z.boolean().optional()
    }),
    Body,
    'Add a nämnd, förvaltning or other body (a receiver of results and/or a responsible body).'
  ),
  'body.update': method(
    z.object({ ...Scope, id: Id, patch: Body.omit({ id: true }).partial() }),
    Body,
    'Change a body: name, abbreviation, contact, answer-by date, receiver or not.'
  ),
  'body.remove': method(
    z.object({ ...Scope, id: Id }),
    z.object({}),
    'Remove a body; its answers go and it is taken off effect-chain rows and recommendations (undoable).'
  ),
  'history.undo': method(z.object(Scope), HistoryState, 'Undo the last board operation.'),
  'history.redo': method(z.object(Scope), HistoryState, 'Redo the last undone board operation.')
} as const
