import type { Handlers } from '../context.ts'
import type { backupMethods } from '../../../shared/api/methods/backup.ts'

export const backupHandlers: Handlers<keyof typeof backupMethods> = {}
