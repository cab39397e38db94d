import { randomUUID } from 'node:crypto'
import type { IdSource } from '../../shared/methods/instantiate.ts'

export const systemIds: IdSource = { newId: () => randomUUID(), now: () => Date.now() }
