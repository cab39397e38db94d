import type { Handlers } from '../context.ts'
import type { reportMethods } from '../../../shared/api/methods/report.ts'

export const reportHandlers: Handlers<keyof typeof reportMethods> = {}
