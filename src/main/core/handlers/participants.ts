import type { Handlers } from '../context.ts'
import type { participantsMethods } from '../../../shared/api/methods/participants.ts'

export const participantsHandlers: Handlers<keyof typeof participantsMethods> = {}
