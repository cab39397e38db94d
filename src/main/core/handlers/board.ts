import type { Handlers } from '../context.ts'
import type { boardMethods } from '../../../shared/api/methods/board.ts'

export const boardHandlers: Handlers<keyof typeof boardMethods> = {}
