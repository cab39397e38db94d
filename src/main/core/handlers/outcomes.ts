import type { Handlers } from '../context.ts'
import type { outcomesMethods } from '../../../shared/api/methods/outcomes.ts'

export const outcomesHandlers: Handlers<keyof typeof outcomesMethods> = {}
