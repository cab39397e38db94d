import fs from 'node:fs'
import Database from 'better-sqlite3'
import { LATEST_VERSION, migrate, NewerVersionError } from './migrations/index.ts'
import type { ReadableDB, WritableDB } from './types.ts'
import type { FileProblem } from '../../shared/api/errors.ts'

/** "MdSk" — lets `file(1)` and our own checks tell a workshop from any other SQLite file. */
export const APPLICATION_ID = 0x4d64536b

export type DocumentProblem = FileProblem

/** A file we cannot use, with a reason a facilitator can understand; the file is left untouched. */
export class DocumentError extends Error {
  readonly problem: DocumentProblem
  readonly path: string
  constructor(problem: DocumentProblem, path: string, message: string) {
    super(message)
    this.name = 'DocumentError'
    this.problem = problem
    this.path = path
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL')
  // FULL: a sticky that was shown as saved survives a power cut, not only an app crash.
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  // Deleted testimony should really be gone from the file, not linger in free pages.
  db.pragma('secure_delete = ON')
  db.pragma('busy_timeout = 5000')
}

/** Create a new, empty, fully migrated document. Refuses to overwrite an existing file. */
export function createDocument(path: string): WritableDB {
  if (fs.existsSync(path)) throw new DocumentError('unreadable', path, `a file already exists at ${path}`)
  const db = new Database(path) as WritableDB
  try {
    applyPragmas(db)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    migrate(db)
    return db
  } catch (e) {
    db.close()
    fs.rmSync(path, { force: true })
    fs.rmSync(`${path}-wal`, { force: true })
    fs.rmSync(`${path}-shm`, { force: true })
    throw e
  }
}

/** Check the header before SQLite touches the file, so a foreign or damaged file is never written to. */
function checkHeader(path: string): void {
  let fd: number
  try {
    fd = fs.openSync(path, 'r')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new DocumentError('missing', path, `the file does not exist: ${path}`)
    throw new DocumentError('unreadable', path, `the file cannot be read (${code ?? 'error'}): ${path}`)
  }
  try {
    const head = Buffer.alloc(100)
    const n = fs.readSync(fd, head, 0, 100, 0)
    if (n < 100 || !head.subarray(0, 16).equals(SQLITE_MAGIC)) {
      throw new DocumentError('not_sqlite', path, 'this is not a Medskapa workshop file (it is not an SQLite database)')
    }
    const appId = head.readUInt32BE(68)
    if (appId !== APPLICATION_ID) {
      throw new DocumentError('foreign', path, 'this is an SQLite database from another program, not a Medskapa workshop')
    }
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Open a workshop document for writing: header check, pragmas, a quick integrity check, then
 * migrations. Anything wrong is reported as a DocumentError and the file is left as it was.
 */
export function openDocument(path: string): WritableDB {
  checkHeader(path)
  let db: WritableDB
  try {
    db = new Database(path, { fileMustExist: true }) as WritableDB
  } catch (e) {
    throw new DocumentError('unreadable', path, `the file cannot be opened: ${(e as Error).message}`)
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > LATEST_VERSION) throw new NewerVersionError(version)
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new DocumentError('corrupt', path, `the file is damaged (${String(check)})`)
    applyPragmas(db)
    migrate(db)
    return db
  } catch (e) {
    db.close()
    if (e instanceof DocumentError) throw e
    if (e instanceof NewerVersionError) throw new DocumentError('newer_version', path, e.message)
    const code = (e as { code?: string }).code
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      throw new DocumentError('corrupt', path, `the file is damaged (${(e as Error).message})`)
    }
    throw e
  }
}

/** Read-only look at a file (for lists and `check`), without migrating or changing it. */
export function openReadOnly(path: string): ReadableDB {
  checkHeader(path)
  try {
    return new Database(path, { readonly: true, fileMustExist: true }) as ReadableDB
  } catch (e) {
    throw new DocumentError('unreadable', path, `the file cannot be opened: ${(e as Error).message}`)
  }
}

export function closeDocument(db: ReadableDB): void {
  if (!db.open) return
  try {
    if (!db.readonly) {
      db.pragma('optimize')
      db.pragma('wal_checkpoint(TRUNCATE)')
    }
  } catch {
    // Tidying only: a checkpoint that fails (a full disk) leaves the log beside the file, and
    // SQLite replays it on the next open, so closing loses nothing and must not report a failure.
  } finally {
    db.close()
  }
}
