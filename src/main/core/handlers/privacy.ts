import type { Handlers } from '../context.ts'
import type { privacyMethods } from '../../../shared/api/methods/privacy.ts'

export const privacyHandlers: Handlers<keyof typeof privacyMethods> = {}
