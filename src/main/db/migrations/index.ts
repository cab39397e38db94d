import type { WritableDB } from '../types.ts'
import migrate0001 from './0001-initial.ts'

export interface Migration {
  readonly version: number
  readonly name: string
  readonly up: (db: WritableDB) => void
}

/** In order; once released a migration never changes, later ones only add. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', up: migrate0001 }]

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version

export class NewerVersionError extends Error {
  readonly found: number
  constructor(found: number) {
    super(`the file was written by a newer Medskapa (schema version ${found}; this app knows up to ${LATEST_VERSION})`)
    this.name = 'NewerVersionError'
    this.found = found
  }
}

/**
 * Bring a document up to LATEST_VERSION. Each migration runs in its own transaction together with
 * its user_version bump, so a crash leaves the file at the old or the new version, never between.
 */
export function migrate(db: WritableDB, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number
  const latest = migrations[migrations.length - 1].version
  if (from > latest) throw new NewerVersionError(from)
  let last = 0
  for (const m of migrations) {
    if (m.version <= last) throw new Error(`migration versions must increase (${m.version} after ${last})`)
    last = m.version
  }
  for (const m of migrations) {
    if (m.version <= from) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
  return { from, to: Math.max(from, latest) }
}
