import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { LATEST_VERSION, migrate, MIGRATIONS, NewerVersionError } from '../../../src/main/db/migrations/index.ts'
import { APPLICATION_ID, createDocument, DocumentError, openDocument } from '../../../src/main/db/open.ts'
import { TABLES } from '../../../src/main/db/tables.ts'
import type { WritableDB } from '../../../src/main/db/types.ts'
import { tempDir } from '../../helpers/tmp.ts'

describe('migrations', () => {
  it('creates a document with application_id, user_version, WAL and foreign keys', () => {
    const file = path.join(tempDir(), 'a.medskapa')
    const db = createDocument(file)
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    db.close()
  })

  it('has a column for every field of every entity schema', () => {
    const db = createDocument(path.join(tempDir(), 'b.medskapa'))
    for (const info of Object.values(TABLES)) {
      const cols = (db.prepare(`PRAGMA table_info(${info.table})`).all() as { name: string }[]).map((c) => c.name)
      expect(cols.length, info.table).toBeGreaterThan(0)
      for (const f of info.fields) expect(cols, `${info.table}.${f.column}`).toContain(f.column)
    }
    db.close()
  })

  it('uses the indexes the board queries need', () => {
    const db = createDocument(path.join(tempDir(), 'c.medskapa'))
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM stickies WHERE phase_id IS ? ORDER BY position, rowid')
      .all('x') as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/stickies_by_phase/)
    db.close()
  })

  it('refuses a file from a newer schema version without touching it', () => {
    const file = path.join(tempDir(), 'new.medskapa')
    const db = createDocument(file)
    db.pragma(`user_version = ${LATEST_VERSION + 1}`)
    db.close()
    const before = fs.readFileSync(file)
    expect(() => openDocument(file)).toThrow(DocumentError)
    try {
      openDocument(file)
    } catch (e) {
      expect((e as DocumentError).problem).toBe('newer_version')
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true)
  })

  it('throws NewerVersionError from the runner itself', () => {
    const db = new Database(':memory:') as WritableDB
    db.pragma('user_version = 999')
    expect(() => migrate(db)).toThrow(NewerVersionError)
  })

  it('runs each migration in one transaction: a failing migration leaves the old version', () => {
    const db = new Database(':memory:') as WritableDB
    const broken = [
      ...MIGRATIONS,
      {
        version: LATEST_VERSION + 1,
        name: 'broken',
        up: (d: WritableDB) => {
          d.exec('CREATE TABLE half_done (x INTEGER)')
          throw new Error('boom')
        }
      }
    ]
    expect(() => migrate(db, broken)).toThrow('boom')
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    const t = db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()
    expect(t).toBeUndefined()
  })

  it('refuses migrations whose versions do not increase', () => {
    const db = new Database(':memory:') as WritableDB
    expect(() => migrate(db, [MIGRATIONS[0], { ...MIGRATIONS[0] }])).toThrow(/increase/)
  })

  it.each([
    ['not_sqlite', (f: string) => fs.writeFileSync(f, 'just some text, definitely not a database '.repeat(10))],
    ['not_sqlite', (f: string) => fs.writeFileSync(f, '')],
    [
      'foreign',
      (f: string) => {
        const d = new Database(f)
        d.exec('CREATE TABLE t (x)')
        d.close()
      }
    ],
    ['missing', () => undefined]
  ])('reports a %s file and leaves it unchanged', (problem, make) => {
    const file = path.join(tempDir(), 'bad.medskapa')
    make(file)
    const before = fs.existsSync(file) ? fs.readFileSync(file) : null
    let caught: unknown
    try {
      openDocument(file)
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(DocumentError)
    expect((caught as DocumentError).problem).toBe(problem)
    if (before) expect(fs.readFileSync(file).equals(before)).toBe(true)
    else expect(fs.existsSync(file)).toBe(false)
  })
})
