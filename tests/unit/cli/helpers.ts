import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'

export const CLI = fileURLToPath(new URL('../../../src/main/cli.ts', import.meta.url))
export const REPO = fileURLToPath(new URL('../../../', import.meta.url))

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
  /** Files the CLI left in its own TMPDIR; it should always clean up after itself. */
  tmpLeftovers: string[]
}

/** The real CLI in a child process, as a user runs it, with its own TMPDIR so leftovers show. */
export function runCli(args: string[], opts: { cwd?: string; input?: string } = {}): CliResult {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-cli-test-tmp-'))
  try {
    const r = spawnSync(process.execPath, [CLI, ...args], {
      cwd: opts.cwd,
      input: opts.input,
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp, MEDSKAPA_DEBUG: '' },
      timeout: 20_000
    })
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, tmpLeftovers: fs.readdirSync(tmp) }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

export function makeTempDir(): { dir: string; dispose: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-cli-test-'))
  return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = '    at '

/**
 * Rows in a table, read with better-sqlite3 from a copy: a read-only open of a WAL file leaves
 * -wal/-shm beside it, which would change what the CLI then finds there.
 */
export function countRows(file: string, table: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-cli-count-'))
  try {
    const copy = path.join(dir, 'copy.medskapa')
    fs.copyFileSync(file, copy)
    const db = new Database(copy, { readonly: true })
    try {
      return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    } finally {
      db.close()
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
