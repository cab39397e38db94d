import type { Handlers } from '../context.ts'
import type { notesMethods } from '../../../shared/api/methods/notes.ts'

export const notesHandlers: Handlers<keyof typeof notesMethods> = {}
