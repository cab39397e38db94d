import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { LATEST_VERSION } from './migrations/index.ts'
import { APPLICATION_ID } from './open.ts'
import { TABLES } from './tables.ts'

/** What `check` reports about a workshop file; gathered without changing the file or its neighbours. */
export interface Inspection {
  readonly path: string
  readonly sizeBytes: number | null
  /** Size of the write-ahead log beside the file, when there is one. */
  readonly walBytes: number | null
  readonly journalMode: 'wal' | 'rollback' | null
  readonly applicationId: number | null
  readonly applicationIdMatches: boolean
  readonly userVersion: number | null
  readonly latestVersion: number
  /** 'copy': read from a private copy (nothing beside the file may be created); 'live': read in place. */
  readonly readVia: 'copy' | 'live' | null
  /** ['ok'] when whole; otherwise SQLite's messages (at most MAX_MESSAGES). Null when not run. */
  readonly integrity: string[] | null
  readonly foreignKeyViolations: ForeignKeyViolation[] | null
  readonly tables: { name: string; rows: number }[]
  readonly missingTables: string[]
  readonly workshopTitle: string | null
  /** Anything here makes the file unusable or suspect; empty means the file is sound. */
  readonly problems: string[]
  readonly notes: string[]
}

export interface ForeignKeyViolation {
  readonly table: string
  readonly rowid: number | null
  readonly parent: string
}

const MAX_MESSAGES = 20
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

/** Every table the current schema has, in the order people think of them. */
export const EXPECTED_TABLES: readonly string[] = [...Object.values(TABLES).map((t) => t.table), 'undo_log']

interface Header {
  readonly size: number
  readonly sqlite: boolean
  readonly applicationId: number | null
  readonly userVersion: number | null
  readonly journalMode: 'wal' | 'rollback' | null
}

type HeaderResult = { ok: true; header: Header } | { ok: false; problem: string }

function readHeader(file: string): HeaderResult {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { ok: false, problem: 'the file does not exist' }
    return { ok: false, problem: `the file cannot be read (${code ?? 'error'})` }
  }
  if (stat.isDirectory()) return { ok: false, problem: 'this is a folder, not a workshop file' }
  const head = Buffer.alloc(100)
  let n: number
  try {
    const fd = fs.openSync(file, 'r')
    try {
      n = fs.readSync(fd, head, 0, 100, 0)
    } finally {
      fs.closeSync(fd)
    }
  } catch (e) {
    return { ok: false, problem: `the file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` }
  }
  if (n < 100 || !head.subarray(0, 16).equals(SQLITE_MAGIC)) {
    return { ok: true, header: { size: stat.size, sqlite: false, applicationId: null, userVersion: null, journalMode: null } }
  }
  return {
    ok: true,
    header: {
      size: stat.size,
      sqlite: true,
      // The header copies; the database's own pragmas (read later) win, since page 1 may sit in the WAL.
      userVersion: head.readUInt32BE(60),
      applicationId: head.readUInt32BE(68),
      journalMode: head[18] === 2 ? 'wal' : 'rollback'
    }
  }
}

function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size
  } catch {
    return null
  }
}

export function hexId(id: number): string {
  return `0x${id.toString(16).padStart(8, '0')}`
}

/**
 * Opening a WAL file read-only in place makes SQLite create `-wal` and `-shm` beside it when they
 * are missing, and leaves them there. So the file is read in place only when both already exist
 * (it is open in Medskapa, or was left so by a crash); otherwise a private copy is read, together
 * with its journal so unsaved-to-the-main-file changes count.
 */
function openForInspection(file: string): { db: Database.Database; via: 'copy' | 'live'; cleanup: () => void } {
  if (fs.existsSync(`${file}-wal`) && fs.existsSync(`${file}-shm`)) {
    const db = new Database(file, { readonly: true, fileMustExist: true })
    return { db, via: 'live', cleanup: () => db.close() }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-check-'))
  const cleanup = (): void => fs.rmSync(dir, { recursive: true, force: true })
  try {
    const copy = path.join(dir, 'copy.medskapa')
    fs.copyFileSync(file, copy)
    for (const suffix of ['-wal', '-journal']) {
      if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, copy + suffix)
    }
    // Writable so SQLite may replay a journal into the copy; the original is never opened.
    const db = new Database(copy, { fileMustExist: true })
    return {
      db,
      via: 'copy',
      cleanup: () => {
        db.close()
        cleanup()
      }
    }
  } catch (e) {
    cleanup()
    throw e
  }
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`

function sqliteMessage(e: unknown): string {
  const code = (e as { code?: string }).code
  const msg = (e as Error).message ?? String(e)
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code?.startsWith('SQLITE_CORRUPT')) {
    return `the file is damaged (${msg})`
  }
  return `SQLite cannot read the file (${code ?? 'error'}: ${msg})`
}

/** Look at a workshop file in every way `check` reports, never writing to it. Never throws for a bad file. */
export function inspectDocument(filePath: string): Inspection {
  const file = path.resolve(filePath)
  const problems: string[] = []
  const notes: string[] = []
  const result = {
    path: file,
    sizeBytes: null as number | null,
    walBytes: sizeOf(`${file}-wal`),
    journalMode: null as Inspection['journalMode'],
    applicationId: null as number | null,
    applicationIdMatches: false,
    userVersion: null as number | null,
    latestVersion: LATEST_VERSION,
    readVia: null as Inspection['readVia'],
    integrity: null as string[] | null,
    foreignKeyViolations: null as ForeignKeyViolation[] | null,
    tables: [] as { name: string; rows: number }[],
    missingTables: [] as string[],
    workshopTitle: null as string | null,
    problems,
    notes
  }

  const head = readHeader(file)
  if (!head.ok) {
    problems.push(head.problem)
    return result
  }
  result.sizeBytes = head.header.size
  if (!head.header.sqlite) {
    problems.push(
      head.header.size < 100
        ? `not a Medskapa workshop file: too short to be an SQLite database (${head.header.size} bytes)`
        : 'not a Medskapa workshop file: it is not an SQLite database'
    )
    return result
  }
  result.journalMode = head.header.journalMode
  result.applicationId = head.header.applicationId
  result.userVersion = head.header.userVersion
  result.applicationIdMatches = head.header.applicationId === APPLICATION_ID
  if (!result.applicationIdMatches) {
    problems.push(
      `not a Medskapa workshop file: application_id is ${hexId(head.header.applicationId ?? 0)}, ` +
        `not ${hexId(APPLICATION_ID)}; it is an SQLite database from another program`
    )
    return result
  }

  let opened: ReturnType<typeof openForInspection>
  try {
    opened = openForInspection(file)
  } catch (e) {
    problems.push(sqliteMessage(e))
    return result
  }
  result.readVia = opened.via
  try {
    const { db } = opened
    result.userVersion = db.pragma('user_version', { simple: true }) as number
    result.applicationId = db.pragma('application_id', { simple: true }) as number
    result.applicationIdMatches = result.applicationId === APPLICATION_ID
    if (!result.applicationIdMatches) {
      problems.push(`not a Medskapa workshop file: application_id is ${hexId(result.applicationId)}, not ${hexId(APPLICATION_ID)}`)
      return result
    }
    if (result.userVersion > LATEST_VERSION) {
      problems.push(
        `the file was written by a newer Medskapa (schema version ${result.userVersion}; this app knows up to ${LATEST_VERSION})`
      )
    } else if (result.userVersion === 0) {
      problems.push('the file was never set up as a workshop (schema version 0)')
    } else if (result.userVersion < LATEST_VERSION) {
      notes.push(`schema version ${result.userVersion} is older; Medskapa upgrades it when the file is opened`)
    }

    const integrity = (db.pragma(`integrity_check(${MAX_MESSAGES})`) as { integrity_check: string }[]).map(
      (r) => r.integrity_check
    )
    result.integrity = integrity
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      problems.push(`the file is damaged: integrity check found ${integrity.length === MAX_MESSAGES ? `${MAX_MESSAGES}+` : integrity.length} error(s), first: ${integrity[0]}`)
    }

    const fk = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]
    result.foreignKeyViolations = fk.slice(0, MAX_MESSAGES).map((v) => ({ table: v.table, rowid: v.rowid, parent: v.parent }))
    if (fk.length > 0) {
      const first = fk[0]
      problems.push(
        `${fk.length} row(s) refer to rows that do not exist, first: ${first.table} row ${first.rowid ?? '?'} → ${first.parent}`
      )
    }

    const existing = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
        name: string
      }[]
    ).map((r) => r.name)
    const ordered = [...EXPECTED_TABLES.filter((t) => existing.includes(t)), ...existing.filter((t) => !EXPECTED_TABLES.includes(t))]
    for (const name of ordered) {
      const row = db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(name)}`).get() as { n: number }
      result.tables.push({ name, rows: row.n })
    }
    result.missingTables = EXPECTED_TABLES.filter((t) => !existing.includes(t))
    if (result.missingTables.length > 0) problems.push(`tables are missing: ${result.missingTables.join(', ')}`)

    if (existing.includes('workshop')) {
      const rows = result.tables.find((t) => t.name === 'workshop')?.rows ?? 0
      if (rows !== 1) problems.push(`the workshop table has ${rows} rows; a workshop file has exactly 1`)
      const title = db.prepare('SELECT title FROM workshop LIMIT 1').get() as { title: unknown } | undefined
      result.workshopTitle = typeof title?.title === 'string' ? title.title : null
    }
  } catch (e) {
    problems.push(sqliteMessage(e))
  } finally {
    try {
      opened.cleanup()
    } catch {
      // Closing a copy that SQLite found damaged can fail too; the report already says why.
    }
  }
  return result
}
