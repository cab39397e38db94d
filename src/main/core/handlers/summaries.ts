import type { Handlers } from '../context.ts'
import type { summariesMethods } from '../../../shared/api/methods/summaries.ts'

export const summariesHandlers: Handlers<keyof typeof summariesMethods> = {}
