import fs from 'node:fs'
import Database from 'better-sqlite3'
import type { ReadableDB } from './types.ts'

/**
 * The SQLite side of backups. A backup file is a plain rollback-journal database (no -wal/-shm
 * beside it), checked with quick_check and fsynced before anyone may rename it into place.
 */

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** A rename is only durable once its folder is synced; not every platform can open a folder. */
export function fsyncFolder(dir: string): void {
  let fd: number | undefined
  try {
    fd = fs.openSync(dir, 'r')
    fs.fsyncSync(fd)
  } catch {
    // Windows cannot fsync a folder; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

export function removeWithJournals(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
}

/**
 * Turn a fresh copy into a self-contained backup: rollback journal (so opening it read-only later
 * creates nothing beside it), a passing quick_check, and its bytes on disk.
 */
function finishCopy(dest: string): void {
  const db = new Database(dest, { fileMustExist: true })
  try {
    db.pragma('journal_mode = DELETE')
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(`the backup copy failed its check (${String(check)})`)
  } finally {
    db.close()
  }
  fsyncFile(dest)
}

/**
 * Online copy with SQLite's backup API: a few pages per event-loop turn, so the app stays
 * responsive; writes made meanwhile through the same connection are carried into the copy.
 */
export async function backupDatabase(db: ReadableDB, dest: string): Promise<void> {
  removeWithJournals(dest)
  try {
    await db.backup(dest)
    finishCopy(dest)
  } catch (e) {
    removeWithJournals(dest)
    throw e
  }
}

/**
 * The same copy made synchronously with VACUUM INTO, for the moment a document closes: the
 * connection is about to go, so an online backup spread over event-loop turns cannot finish.
 */
export function snapshotDatabase(db: ReadableDB, dest: string): void {
  removeWithJournals(dest)
  try {
    db.prepare('VACUUM INTO ?').run(dest)
    finishCopy(dest)
  } catch (e) {
    removeWithJournals(dest)
    throw e
  }
}

/** Copy a file and sync the copy, for restoring a backup into a new file. */
export function copyFileDurably(from: string, to: string): void {
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL)
  fsyncFile(to)
}
