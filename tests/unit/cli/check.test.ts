import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APPLICATION_ID } from '../../../src/main/db/open.ts'
import { LATEST_VERSION } from '../../../src/main/db/migrations/index.ts'
import { countRows, makeTempDir, runCli, sha256, STACK_LINE } from './helpers.ts'

let tmp: ReturnType<typeof makeTempDir>
let demo: string

beforeAll(() => {
  tmp = makeTempDir()
  demo = path.join(tmp.dir, 'demo.medskapa')
  const r = runCli(['demo', demo])
  expect(r.status, r.stderr).toBe(0)
})
afterAll(() => tmp.dispose())

/** A fresh folder holding a copy of the demo file, made by `prepare`. */
function variant(name: string, prepare: (file: string) => void): string {
  const dir = path.join(tmp.dir, name)
  fs.mkdirSync(dir)
  const file = path.join(dir, 'w.medskapa')
  fs.copyFileSync(demo, file)
  prepare(file)
  return file
}

/** Run check and prove it changed nothing: same bytes, no new files beside it. */
function checkUnchanged(file: string, extra: string[] = []): ReturnType<typeof runCli> {
  const dir = path.dirname(file)
  const before = fs.existsSync(file) ? sha256(file) : null
  const listing = fs.readdirSync(dir).sort()
  const r = runCli(['check', ...extra, file])
  expect(fs.existsSync(file) ? sha256(file) : null).toBe(before)
  expect(fs.readdirSync(dir).sort()).toEqual(listing)
  expect(r.tmpLeftovers).toEqual([])
  expect(r.stderr).not.toContain(STACK_LINE)
  return r
}

describe('demo then check', () => {
  it('writes a real workshop file: application_id and user_version set, one workshop, its notes', () => {
    const db = new Database(variant('direct', () => {}), { readonly: true })
    try {
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
      expect((db.prepare('SELECT count(*) AS n FROM workshop').get() as { n: number }).n).toBe(1)
      expect((db.prepare('SELECT count(*) AS n FROM stickies').get() as { n: number }).n).toBeGreaterThan(0)
    } finally {
      db.close()
    }
  })

  it('finds the demo sound and reports what is in it, without touching it', () => {
    const expected = { phases: countRows(demo, 'phases'), stickies: countRows(demo, 'stickies') }
    expect(expected.phases).toBeGreaterThan(0)
    const r = checkUnchanged(demo)
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toContain(`Application id:  0x${APPLICATION_ID.toString(16)} (Medskapa)`)
    expect(r.stdout).toContain(`Schema version:  ${LATEST_VERSION} (this app: ${LATEST_VERSION}; current)`)
    expect(r.stdout).toMatch(/^Read from: +a private copy$/m)
    expect(r.stdout).toMatch(/^Integrity: +ok$/m)
    expect(r.stdout).toMatch(/^References: +ok$/m)
    expect(r.stdout).toMatch(new RegExp(`^ {2}stickies +${expected.stickies}$`, 'm'))
    expect(r.stdout).toMatch(new RegExp(`^ {2}phases +${expected.phases}$`, 'm'))
    expect(r.stdout).toMatch(/^Result: +ok$/m)
    expect(r.stderr).toBe('')
  })

  it('gives the findings as JSON with --json', () => {
    const r = checkUnchanged(demo, ['--json'])
    expect(r.status).toBe(0)
    const j = JSON.parse(r.stdout) as { problems: string[]; tables: { name: string; rows: number }[]; applicationIdMatches: boolean }
    expect(j.problems).toEqual([])
    expect(j.applicationIdMatches).toBe(true)
    expect(j.tables.find((t) => t.name === 'meetings')?.rows).toBe(1)
  })

  it('refuses to overwrite an existing file with demo', () => {
    const before = sha256(demo)
    const r = runCli(['demo', demo])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('already exists')
    expect(sha256(demo)).toBe(before)
  })
})

describe('check on a file left in WAL mode', () => {
  const addWalOnlySticky = (db: Database.Database): void => {
    db.pragma('wal_autocheckpoint = 0')
    const phaseId = (db.prepare('SELECT phase_id FROM stickies LIMIT 1').get() as { phase_id: string }).phase_id
    db.prepare(
      `INSERT INTO stickies (id, phase_id, text, colour, author_label, hidden, source, status, cluster_id, position, happening, created_at, updated_at)
       VALUES ('wal-only', ?, 'Bara i loggen', 'yellow', NULL, 0, 'facilitator', 'board', NULL, 99, 0, 1, 1)`
    ).run(phaseId)
  }

  it('reads a file that is open elsewhere, including changes still in the log', () => {
    const file = variant('live', () => {})
    const db = new Database(file)
    try {
      addWalOnlySticky(db)
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0)
      const r = checkUnchanged(file, ['--json'])
      expect(r.status, r.stderr).toBe(0)
      const j = JSON.parse(r.stdout) as { readVia: string; tables: { name: string; rows: number }[] }
      expect(j.readVia).toBe('live')
      expect(j.tables.find((t) => t.name === 'stickies')?.rows).toBe(countRows(demo, 'stickies') + 1)
    } finally {
      db.close()
    }
  })

  it('reads a file left by a crash (log beside it, no shared-memory file) without creating any', () => {
    const source = variant('crash-source', () => {})
    const db = new Database(source)
    const file = path.join(tmp.dir, 'crash.medskapa')
    try {
      addWalOnlySticky(db)
      // Copying while the writer is still open is what a power cut leaves: main file + log.
      fs.copyFileSync(source, file)
      fs.copyFileSync(`${source}-wal`, `${file}-wal`)
    } finally {
      db.close()
    }
    const walBefore = sha256(`${file}-wal`)
    const r = checkUnchanged(file, ['--json'])
    expect(r.status, r.stderr).toBe(0)
    const j = JSON.parse(r.stdout) as { readVia: string; tables: { name: string; rows: number }[] }
    expect(j.readVia).toBe('copy')
    expect(j.tables.find((t) => t.name === 'stickies')?.rows).toBe(countRows(demo, 'stickies') + 1)
    expect(sha256(`${file}-wal`)).toBe(walBefore)
  })
})

describe('check on files that are not sound', () => {
  it('reports a missing file', () => {
    const file = path.join(tmp.dir, 'nowhere.medskapa')
    const r = checkUnchanged(file)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('the file does not exist')
    expect(fs.existsSync(file)).toBe(false)
  })

  it('reports a file of random bytes', () => {
    const file = path.join(tmp.dir, 'random.medskapa')
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 251)))
    const r = checkUnchanged(file)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('not a Medskapa workshop file: it is not an SQLite database')
  })

  it('reports an empty file', () => {
    const file = path.join(tmp.dir, 'empty.medskapa')
    fs.writeFileSync(file, '')
    const r = checkUnchanged(file)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('too short to be an SQLite database')
  })

  it("reports another program's SQLite database with its application id", () => {
    const file = path.join(tmp.dir, 'foreign.sqlite')
    const db = new Database(file)
    db.pragma('application_id = 1234')
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)')
    db.close()
    const r = checkUnchanged(file)
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('Application id:  0x000004d2')
    expect(r.stderr).toContain('application_id is 0x000004d2, not 0x4d64536b')
  })

  it('reports a truncated file as damaged', () => {
    const file = variant('truncated', (f) => fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2)))
    const r = checkUnchanged(file)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('damaged')
  })

  it('reports a file from a newer Medskapa, still showing what is in it', () => {
    const file = variant('newer', (f) => {
      const db = new Database(f)
      db.pragma(`user_version = ${LATEST_VERSION + 1}`)
      db.close()
    })
    const r = checkUnchanged(file)
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(`Schema version:  ${LATEST_VERSION + 1} (this app: ${LATEST_VERSION}; NEWER than this app)`)
    expect(r.stdout).toMatch(new RegExp(`^ {2}stickies +${countRows(demo, 'stickies')}$`, 'm'))
    expect(r.stderr).toContain('written by a newer Medskapa')
  })

  it('reports rows that refer to rows that do not exist', () => {
    const file = variant('orphans', (f) => {
      const db = new Database(f)
      db.pragma('foreign_keys = OFF')
      db.prepare("UPDATE stickies SET phase_id = 'gone' WHERE rowid = (SELECT min(rowid) FROM stickies)").run()
      db.close()
    })
    const r = checkUnchanged(file)
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/^References: +1 broken$/m)
    expect(r.stderr).toContain('refer to rows that do not exist, first: stickies row')
  })

  it('reports a file without its workshop row', () => {
    const file = variant('headless', (f) => {
      const db = new Database(f)
      db.exec('DELETE FROM workshop')
      db.close()
    })
    const r = checkUnchanged(file)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('the workshop table has 0 rows')
  })

  it('reports a file whose pages were overwritten as damaged', () => {
    const file = variant('scribbled', (f) => {
      const size = fs.statSync(f).size
      const fd = fs.openSync(f, 'r+')
      // Past the header page, so the file still looks like ours and only SQLite's check can tell.
      fs.writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, Math.min(4096 * 4, size - 4096 * 3))
      fs.closeSync(fd)
    })
    const r = checkUnchanged(file)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('damaged')
  })
})
