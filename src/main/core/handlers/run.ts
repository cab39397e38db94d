import type { Handlers } from '../context.ts'
import type { runMethods } from '../../../shared/api/methods/run.ts'

export const runHandlers: Handlers<keyof typeof runMethods> = {}
