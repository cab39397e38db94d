import type { EntityChange } from '../../../shared/api/events.ts'
import { ENTITY_NAMES, type EntityName, type EntityOf } from '../../../shared/domain/entities.ts'
import { COLLECTION_OF, type WorkshopData } from '../../../shared/domain/interchange.ts'

/** A workshop's rows, one table per entity name, keyed by id: the shape change events update. */
export type EntityTables = { readonly [E in EntityName]: Readonly<Record<string, EntityOf<E>>> }

function byId<T extends { id: string }>(rows: readonly T[]): Record<string, T> {
  const table: Record<string, T> = {}
  for (const row of rows) table[row.id] = row
  return table
}

export function tablesFromData(data: WorkshopData): EntityTables {
  const tables = {} as Record<EntityName, Record<string, unknown>>
  for (const entity of ENTITY_NAMES) {
    const collection = data[COLLECTION_OF[entity]]
    tables[entity] = Array.isArray(collection) ? byId(collection as { id: string }[]) : byId([collection as { id: string }])
  }
  return tables as unknown as EntityTables
}

/**
 * Apply committed changes, copying only the tables they touch. Untouched tables and rows keep
 * their identity, so a view of 2,000 notes re-renders only the notes that changed.
 */
export function applyChanges(tables: EntityTables, changes: readonly EntityChange[]): EntityTables {
  if (changes.length === 0) return tables
  const next = { ...tables } as Record<EntityName, Record<string, unknown>>
  const copied = new Set<EntityName>()
  for (const change of changes) {
    if (!copied.has(change.entity)) {
      next[change.entity] = { ...next[change.entity] }
      copied.add(change.entity)
    }
    if (change.value === null) delete next[change.entity][change.id]
    else next[change.entity][change.id] = change.value
  }
  return next as unknown as EntityTables
}
