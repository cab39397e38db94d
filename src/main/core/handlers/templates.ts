import type { Handlers } from '../context.ts'
import type { templatesMethods } from '../../../shared/api/methods/templates.ts'

export const templatesHandlers: Handlers<keyof typeof templatesMethods> = {}
