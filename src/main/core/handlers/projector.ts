import type { Handlers } from '../context.ts'
import type { projectorMethods } from '../../../shared/api/methods/projector.ts'

export const projectorHandlers: Handlers<keyof typeof projectorMethods> = {}
