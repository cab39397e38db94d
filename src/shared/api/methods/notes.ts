import { z } from 'zod'
import { Note } from '../../domain/entities.ts'
import { Id } from '../../domain/primitives.ts'
import { method } from '../define.ts'

const Scope = { docId: z.string() }

/** Where a note belongs: a meeting, and one of its phases or (null) the meeting as a whole. */
const Place = { meetingId: Id, phaseId: Id.nullable() }

export const notesMethods = {
  'note.get': method(z.object({ ...Scope, ...Place }), Note.nullable(), 'The note of a meeting or of one of its phases, if any.'),
  'note.list': method(z.object(Scope), z.array(Note), "All the workshop's notes."),
  'note.save': method(
    z.object({
      ...Scope,
      ...Place,
      /** Lexical's serialized editor state (editorState.toJSON(), stringified). */
      lexicalJson: Note.shape.lexicalJson
    }),
    Note,
    // Not undoable here: the editor keeps its own history. The plain text is derived from the
    // editor state by the core, so the guard, search and report read exactly what the note holds.
    'Save a note (autosave): create or replace the note at that place; returns it with its plain text.'
  )
} as const
