import type Database from 'better-sqlite3'
import { ENTITY_NAMES, type EntityName, type EntityOf } from '../../shared/domain/entities.ts'
import { COLLECTION_OF, type WorkshopData } from '../../shared/domain/interchange.ts'
import type { EntityChange, HistoryState } from '../../shared/api/events.ts'
import { DEPENDENTS } from './cascade.ts'
import { fromRow, TABLES, toRow } from './tables.ts'
import type { WritableDB } from './types.ts'

type AnyRow = Record<string, unknown>

/** A row-level before/after image; the unit of undo and of change events. */
export interface RowChange {
  entity: EntityName
  id: string
  before: AnyRow | null
  after: AnyRow | null
}

/** The write surface handed to core use cases inside one transaction. */
export interface Tx {
  get<E extends EntityName>(entity: E, id: string): EntityOf<E> | undefined
  list<E extends EntityName>(entity: E, where?: Partial<EntityOf<E>>): EntityOf<E>[]
  /** One past the largest `position` among matching rows (1 when there are none). */
  nextPosition<E extends EntityName>(entity: E, where?: Partial<EntityOf<E>>): number
  /** `get` of a parent row and `nextPosition` of the `child` rows pointing at it through `field`, in one statement. */
  getWithNextPosition<E extends EntityName, C extends EntityName>(
    entity: E,
    id: string,
    child: C,
    field: keyof EntityOf<C> & string
  ): { row: EntityOf<E>; nextPosition: number } | undefined
  insert<E extends EntityName>(entity: E, value: EntityOf<E>): EntityOf<E>
  update<E extends EntityName>(entity: E, id: string, patch: Partial<EntityOf<E>>): EntityOf<E>
  remove(entity: EntityName, id: string): void
}

const UNDO_KEEP = 1_000

export class NotFoundError extends Error {
  constructor(entity: string, id: string) {
    super(`no ${entity} with id "${id}"`)
    this.name = 'NotFoundError'
  }
}

/** The statements every entity needs, prepared once per connection on first use. */
interface EntityStatements {
  get: Database.Statement
  insert: Database.Statement
  upsert: Database.Statement
  remove: Database.Statement
}

/**
 * All reads and writes of one workshop document. Every write goes through `transact`, which
 * captures row images so the same record drives undo (stored in the file) and change events.
 */
export class DocumentStore {
  readonly db: WritableDB
  #stmts = new Map<string, Database.Statement>()
  #byEntity = new Map<EntityName, EntityStatements>()
  #withNext = new Map<string, Database.Statement>()
  // One wrapper for the life of the connection: better-sqlite3 builds four wrapper functions for
  // every db.transaction() call, which is measurable on a save that takes a fraction of a millisecond.
  readonly #inTransaction: <T>(fn: () => T) => T

  constructor(db: WritableDB) {
    this.db = db
    this.#inTransaction = db.transaction((fn: () => unknown) => fn()) as <T>(fn: () => T) => T
  }

  #entity(entity: EntityName): EntityStatements {
    let s = this.#byEntity.get(entity)
    if (!s) {
      const info = TABLES[entity]
      const cols = info.fields.map((f) => f.column)
      // Positional parameters in field order (see #values): binding thirteen named ones costs a
      // property lookup by name each, measurably more on the hot path of a save.
      const insert = `INSERT INTO ${info.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`
      s = {
        get: this.db.prepare(`SELECT * FROM ${info.table} WHERE id = ?`),
        insert: this.db.prepare(insert),
        upsert: this.db.prepare(
          `${insert} ON CONFLICT(id) DO UPDATE SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`
        ),
        remove: this.db.prepare(`DELETE FROM ${info.table} WHERE id = ?`)
      }
      this.#byEntity.set(entity, s)
    }
    return s
  }

  #stmt(sql: string): Database.Statement {
    let s = this.#stmts.get(sql)
    if (!s) {
      s = this.db.prepare(sql)
      this.#stmts.set(sql, s)
    }
    return s
  }

  #columnOf(entity: EntityName, key: string): string {
    const f = TABLES[entity].fields.find((x) => x.key === key)
    if (!f) throw new Error(`unknown field ${entity}.${key}`)
    return f.column
  }

  #rawGet(entity: EntityName, id: string): AnyRow | undefined {
    return this.#entity(entity).get.get(id) as AnyRow | undefined
  }

  #where(entity: EntityName, where: AnyRow): { sql: string; params: unknown[] } {
    const keys = Object.keys(where)
    // `+?`, not `?`: SQLite re-prepares a statement on every run when a bare parameter could steer
    // its plan (a min/max or an ORDER BY served by an index, or any indexed term once ANALYZE has
    // left sqlite_stat4 samples). The unary plus keeps the index and the value's meaning, and the
    // plan is prepared once per connection.
    const cond = keys.map((k) => `${this.#columnOf(entity, k)} IS +?`).join(' AND ')
    const params = keys.map((k) => {
      const v = where[k]
      return typeof v === 'boolean' ? (v ? 1 : 0) : v
    })
    return { sql: cond ? ` WHERE ${cond}` : '', params }
  }

  #rawList(entity: EntityName, where: AnyRow = {}): AnyRow[] {
    const info = TABLES[entity]
    const w = this.#where(entity, where)
    const order = info.fields.some((f) => f.key === 'position') ? ' ORDER BY position, rowid' : ' ORDER BY rowid'
    return this.#stmt(`SELECT * FROM ${info.table}${w.sql}${order}`).all(...w.params) as AnyRow[]
  }

  nextPosition<E extends EntityName>(entity: E, where: Partial<EntityOf<E>> = {}): number {
    const w = this.#where(entity, where as AnyRow)
    const row = this.#stmt(`SELECT max(position) AS m FROM ${TABLES[entity].table}${w.sql}`).get(...w.params) as {
      m: number | null
    }
    return (row.m ?? 0) + 1
  }

  /** A row's values in the order of its table's fields; a missing column is an error, not a NULL. */
  #values(entity: EntityName, row: AnyRow): unknown[] {
    const fields = TABLES[entity].fields
    const values = new Array<unknown>(fields.length)
    for (let i = 0; i < fields.length; i++) {
      const v = row[fields[i].column]
      if (v === undefined) throw new Error(`missing column ${TABLES[entity].table}.${fields[i].column}`)
      values[i] = v
    }
    return values
  }

  getWithNextPosition<E extends EntityName, C extends EntityName>(
    entity: E,
    id: string,
    child: C,
    field: keyof EntityOf<C> & string
  ): { row: EntityOf<E>; nextPosition: number } | undefined {
    const key = `${entity}\u0000${child}\u0000${field}`
    let st = this.#withNext.get(key)
    if (!st) {
      // The subquery compares with the parent's column, not a parameter, so its min/max plan is
      // prepared once; the extra column is not a field, so fromRow leaves it out.
      st = this.db.prepare(
        `SELECT *, (SELECT coalesce(max(position), 0) + 1 FROM ${TABLES[child].table} c ` +
          `WHERE c.${this.#columnOf(child, field)} = p.id) AS next_position__ FROM ${TABLES[entity].table} p WHERE p.id = ?`
      )
      this.#withNext.set(key, st)
    }
    const raw = st.get(id) as (AnyRow & { next_position__: number }) | undefined
    return raw ? { row: fromRow(entity, raw), nextPosition: raw.next_position__ } : undefined
  }

  #rawUpsert(entity: EntityName, row: AnyRow): void {
    this.#entity(entity).upsert.run(this.#values(entity, row))
  }

  #rawInsert(entity: EntityName, row: AnyRow): void {
    this.#entity(entity).insert.run(this.#values(entity, row))
  }

  #rawDelete(entity: EntityName, id: string): void {
    this.#entity(entity).remove.run(id)
  }

  get<E extends EntityName>(entity: E, id: string): EntityOf<E> | undefined {
    const row = this.#rawGet(entity, id)
    return row ? fromRow(entity, row) : undefined
  }

  list<E extends EntityName>(entity: E, where: Partial<EntityOf<E>> = {}): EntityOf<E>[] {
    return this.#rawList(entity, where as AnyRow).map((r) => fromRow(entity, r))
  }

  /** The whole workshop, in the interchange shape. */
  all(): WorkshopData {
    const out: Record<string, unknown> = {}
    for (const entity of ENTITY_NAMES) {
      const rows = this.list(entity)
      const key = COLLECTION_OF[entity]
      if (entity === 'workshop') {
        if (rows.length !== 1) throw new Error('the document has no workshop row')
        out[key] = rows[0]
      } else out[key] = rows
    }
    return out as WorkshopData
  }

  /**
   * Run `fn` in one transaction. With an undo label the row images go to the undo log (and clear
   * the redo stack); without one the change is not undoable (navigation, timer, settings).
   * `history` is the undo state after the commit when the transaction itself decided it (an undo
   * entry was written), so callers need not read it back; otherwise it is undefined.
   */
  transact<T>(
    undoLabel: string | null,
    fn: (tx: Tx) => T
  ): { result: T; changes: RowChange[]; history: HistoryState | undefined } {
    const changes: RowChange[] = []
    const tx: Tx = {
      get: (entity, id) => this.get(entity, id),
      list: (entity, where) => this.list(entity, where),
      nextPosition: (entity, where) => this.nextPosition(entity, where),
      getWithNextPosition: (entity, id, child, field) => this.getWithNextPosition(entity, id, child, field),
      insert: (entity, value) => {
        const row = toRow(entity, value as AnyRow)
        this.#rawInsert(entity, row)
        changes.push({ entity, id: String(row.id), before: null, after: row })
        return value
      },
      update: (entity, id, patch) => {
        const before = this.#rawGet(entity, id)
        if (!before) throw new NotFoundError(entity, id)
        const merged = { ...fromRow(entity, before), ...patch, id }
        const after = toRow(entity, merged as AnyRow)
        this.#rawUpsert(entity, after)
        changes.push({ entity, id, before, after })
        return merged as EntityOf<typeof entity>
      },
      remove: (entity, id) => {
        const removeRec = (e: EntityName, rid: string): void => {
          const before = this.#rawGet(e, rid)
          if (!before) return
          for (const dep of DEPENDENTS[e] ?? []) {
            if (dep.action === 'pull') {
              for (const row of this.#rawList(dep.entity)) {
                const value = fromRow(dep.entity, row) as Record<string, unknown>
                const list = value[dep.field] as string[]
                if (list.includes(rid)) tx.update(dep.entity, String(row.id), { [dep.field]: list.filter((x) => x !== rid) } as never)
              }
              continue
            }
            for (const row of this.#rawList(dep.entity, { [dep.field]: rid, ...(dep.where ?? {}) })) {
              if (dep.action === 'delete') removeRec(dep.entity, String(row.id))
              else tx.update(dep.entity, String(row.id), { [dep.field]: null } as never)
            }
          }
          this.#rawDelete(e, rid)
          changes.push({ entity: e, id: rid, before, after: null })
        }
        if (!this.#rawGet(entity, id)) throw new NotFoundError(entity, id)
        removeRec(entity, id)
      }
    }
    let history: HistoryState | undefined
    const result = this.#inTransaction(() => {
      const r = fn(tx)
      if (undoLabel !== null && changes.length > 0) {
        this.#record(undoLabel, changes)
        // The entry just written is the top of the undo stack and the redo stack is gone.
        history = { canUndo: true, canRedo: false, undoLabel, redoLabel: null }
      }
      return r
    })
    return { result, changes, history }
  }

  #topUndo(): { seq: number; label: string } | undefined {
    return this.#stmt('SELECT seq, label FROM undo_log WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get() as
      | { seq: number; label: string }
      | undefined
  }

  #topRedo(afterSeq: number): { seq: number; label: string } | undefined {
    return this.#stmt('SELECT seq, label FROM undo_log WHERE seq > ? AND undone = 1 ORDER BY seq ASC LIMIT 1').get(
      afterSeq
    ) as { seq: number; label: string } | undefined
  }

  #record(label: string, changes: RowChange[]): void {
    // A new operation drops the redo stack: everything newer than the top undo entry (one
    // statement: the subquery runs once and stops at the first entry that is not undone).
    this.#stmt(
      'DELETE FROM undo_log WHERE seq > coalesce((SELECT seq FROM undo_log WHERE undone = 0 ORDER BY seq DESC LIMIT 1), 0)'
    ).run()
    const { lastInsertRowid } = this.#stmt(
      'INSERT INTO undo_log (label, changes_json, undone, created_at) VALUES (?, ?, 0, ?)'
    ).run(label, JSON.stringify(changes), Date.now())
    // Pruning now and then is enough to bound the log; doing it on every save costs on the hot path.
    if (Number(lastInsertRowid) % 64 === 0) {
      this.#stmt('DELETE FROM undo_log WHERE seq <= ?').run(Number(lastInsertRowid) - UNDO_KEEP)
    }
  }

  #applyImages(changes: RowChange[], side: 'before' | 'after'): RowChange[] {
    const ordered = side === 'before' ? [...changes].reverse() : changes
    const applied: RowChange[] = []
    for (const c of ordered) {
      const image = c[side]
      const current = this.#rawGet(c.entity, c.id) ?? null
      let target = image
      if (image && c.before && c.after && current) {
        // An update restores only the columns it changed, so undoing (say) a reveal does not
        // rewind a timer or a title that was changed since without undo.
        target = { ...current }
        for (const k of Object.keys(image)) if (c.before[k] !== c.after[k]) target[k] = image[k]
      }
      if (target === null) this.#rawDelete(c.entity, c.id)
      else this.#rawUpsert(c.entity, target)
      applied.push({ entity: c.entity, id: c.id, before: current, after: target })
    }
    return applied
  }

  /** Undo the newest board operation; null when there is nothing to undo. */
  undo(): RowChange[] | null {
    return this.#inTransaction(() => {
      const top = this.#topUndo()
      if (!top) return null
      const entry = this.#stmt('SELECT seq, changes_json FROM undo_log WHERE seq = ?').get(top.seq) as {
        seq: number
        changes_json: string
      }
      this.db.pragma('defer_foreign_keys = ON')
      const applied = this.#applyImages(JSON.parse(entry.changes_json) as RowChange[], 'before')
      this.#stmt('UPDATE undo_log SET undone = 1 WHERE seq = ?').run(entry.seq)
      return applied
    })
  }

  redo(): RowChange[] | null {
    return this.#inTransaction(() => {
      const top = this.#topRedo(this.#topUndo()?.seq ?? 0)
      if (!top) return null
      const entry = this.#stmt('SELECT seq, changes_json FROM undo_log WHERE seq = ?').get(top.seq) as {
        seq: number
        changes_json: string
      }
      this.db.pragma('defer_foreign_keys = ON')
      const applied = this.#applyImages(JSON.parse(entry.changes_json) as RowChange[], 'after')
      this.#stmt('UPDATE undo_log SET undone = 0 WHERE seq = ?').run(entry.seq)
      return applied
    })
  }

  /**
   * Forget every undo and redo step, so what was deleted or replaced is gone from the file too:
   * the log keeps row images, deleted text among them. secure_delete zeroes the freed pages and
   * the checkpoint empties the WAL, where older page images would otherwise stay until reused.
   */
  eraseHistory(): number {
    const { changes } = this.#inTransaction(() => this.#stmt('DELETE FROM undo_log').run())
    this.db.pragma('wal_checkpoint(TRUNCATE)')
    return changes
  }

  history(): HistoryState {
    const u = this.#topUndo()
    const r = this.#topRedo(u?.seq ?? 0)
    return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null }
  }

  /** Replace the whole content in one transaction (used by import into a fresh file). */
  load(data: WorkshopData): void {
    this.db.transaction(() => {
      this.db.pragma('defer_foreign_keys = ON')
      for (const entity of ENTITY_NAMES) {
        const key = COLLECTION_OF[entity]
        const rows = entity === 'workshop' ? [data.workshop] : (data[key as keyof WorkshopData] as AnyRow[])
        for (const value of rows) this.#rawInsert(entity, toRow(entity, value as AnyRow))
      }
    })()
  }

  static toEntityChanges(changes: RowChange[]): EntityChange[] {
    // Several images of one row collapse into its final value, in first-touched order.
    const last = new Map<string, RowChange>()
    for (const c of changes) {
      const k = `${c.entity}\u0000${c.id}`
      last.delete(k)
      last.set(k, c)
    }
    return [...last.values()].map(
      (c) => ({ entity: c.entity, id: c.id, value: c.after ? fromRow(c.entity, c.after) : null }) as EntityChange
    )
  }
}
