import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterEach } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import type { BackupOptions } from '../../../src/main/core/backup.ts'
import { TABLES } from '../../../src/main/db/tables.ts'

export const REPO = fileURLToPath(new URL('../../../', import.meta.url))
export const CLI = path.join(REPO, 'src', 'main', 'cli.ts')
export const FIXTURES = path.join(REPO, 'tests', 'fixtures')

const cores: Core[] = []

/** A core as the app runs it (automatic backups on unless `backups.auto` says otherwise); closed after each test. */
export function newCore(dataDir: string, backups: BackupOptions = {}, clock?: () => number): Core {
  const core = createCore({ dataDir, host: 'electron', backups, clock })
  cores.push(core)
  return core
}

afterEach(() => {
  while (cores.length) cores.pop()?.close()
})

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/**
 * Open a copy (with its -wal, if any) so that looking never changes the file under test: even a
 * read-only open of a WAL file leaves -wal/-shm beside it.
 */
export function withCopy<T>(file: string, fn: (db: Database.Database) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-look-'))
  try {
    const copy = path.join(dir, 'copy.medskapa')
    fs.copyFileSync(file, copy)
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`)
    const db = new Database(copy)
    try {
      return fn(db)
    } finally {
      db.close()
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export function integrity(file: string): string {
  return withCopy(file, (db) => String(db.pragma('integrity_check', { simple: true })))
}

/** Rows per table: what "counts equal" compares. */
export function counts(file: string): Record<string, number> {
  return withCopy(file, (db) => {
    const out: Record<string, number> = {}
    for (const t of [...Object.values(TABLES).map((x) => x.table), 'undo_log']) {
      out[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n
    }
    return out
  })
}

export function stickyIds(file: string): Set<string> {
  return withCopy(file, (db) => new Set((db.prepare('SELECT id FROM stickies').all() as { id: string }[]).map((r) => r.id)))
}

export async function waitFor<T>(
  what: string,
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 10_000
): Promise<T> {
  const start = Date.now()
  for (;;) {
    const v = await fn()
    if (v) return v
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** The real CLI as a user runs it, with its data folder set. */
export function runCli(args: string[], dataDir: string): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, MEDSKAPA_DATA_DIR: dataDir, MEDSKAPA_DEBUG: '' },
    timeout: 30_000
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Every file in a folder tree with its hash: "nothing else changed" in one comparison. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else out[path.relative(dir, p)] = sha256(p)
    }
  }
  walk(dir)
  return out
}
