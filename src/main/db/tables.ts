import type { z } from 'zod'
import { ENTITY_SCHEMAS, type EntityName, type EntityOf } from '../../shared/domain/entities.ts'

type ColumnKind = 'plain' | 'bool' | 'json'

export interface TableInfo {
  readonly table: string
  readonly fields: readonly { readonly key: string; readonly column: string; readonly kind: ColumnKind }[]
}

const TABLE_OF: Record<EntityName, string> = {
  workshop: 'workshop',
  body: 'bodies',
  meeting: 'meetings',
  phase: 'phases',
  sticky: 'stickies',
  cluster: 'clusters',
  vote: 'votes',
  countermeasure: 'countermeasures',
  note: 'notes',
  effectRow: 'effect_rows',
  proposal: 'proposals',
  response: 'responses',
  feedback: 'feedback',
  knownName: 'known_names',
  question: 'questions',
  summary: 'summaries',
  correction: 'corrections',
  setting: 'settings',
  dismissal: 'dismissals'
}

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** The zod type under nullable/optional/default wrappers, to tell booleans and arrays apart. */
function baseType(t: z.ZodType): string {
  let def = (t as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def
  while ((def.type === 'nullable' || def.type === 'optional' || def.type === 'default') && def.innerType) {
    def = (def.innerType as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def
  }
  return def.type
}

// Columns are derived from the entity schemas so the mapping cannot drift from the types;
// the migration test checks every derived column exists in the real schema.
export const TABLES = Object.fromEntries(
  (Object.keys(ENTITY_SCHEMAS) as EntityName[]).map((entity) => {
    const shape = (ENTITY_SCHEMAS[entity] as unknown as z.ZodObject).shape as Record<string, z.ZodType>
    const fields = Object.entries(shape).map(([key, t]) => {
      const type = baseType(t)
      const kind: ColumnKind = type === 'boolean' ? 'bool' : type === 'array' ? 'json' : 'plain'
      return { key, column: snake(key), kind }
    })
    return [entity, { table: TABLE_OF[entity], fields }]
  })
) as unknown as Record<EntityName, TableInfo>

export function toRow(entity: EntityName, value: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {}
  for (const f of TABLES[entity].fields) {
    const v = value[f.key]
    row[f.column] = f.kind === 'bool' ? (v ? 1 : 0) : f.kind === 'json' ? JSON.stringify(v ?? []) : (v ?? null)
  }
  return row
}

export function fromRow<E extends EntityName>(entity: E, row: Record<string, unknown>): EntityOf<E> {
  const value: Record<string, unknown> = {}
  for (const f of TABLES[entity].fields) {
    const v = row[f.column]
    value[f.key] = f.kind === 'bool' ? v === 1 : f.kind === 'json' ? JSON.parse(String(v ?? '[]')) : v
  }
  return value as EntityOf<E>
}
