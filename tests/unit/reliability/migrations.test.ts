import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LATEST_VERSION } from '../../../src/main/db/migrations/index.ts'
import { closeDocument, openDocument } from '../../../src/main/db/open.ts'
import { WorkshopFile } from '../../../src/shared/domain/interchange.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { counts, FIXTURES, newCore, sha256 } from './helpers.ts'

// Every released schema version keeps a fixture file (tests/fixtures/schema-v<N>.medskapa, made by
// tests/fixtures/make-fixtures.ts): each must open in this app, upgrade, and keep its rows.
// The full run kills more migrations: MEDSKAPA_MIGRATION_KILLS=20 (scripts/reliability-full.cjs).
const KILLS = Number(process.env.MEDSKAPA_MIGRATION_KILLS ?? 3)
const child = path.join(import.meta.dirname, 'children', 'migrate-slowly.ts')

interface FixtureMeta {
  schemaVersion: number
  counts: Record<string, number>
}

const fixtures = fs
  .readdirSync(FIXTURES)
  .filter((f) => /^schema-v\d+\.medskapa$/.test(f))
  .sort()

function meta(fixture: string): FixtureMeta {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, fixture.replace(/\.medskapa$/, '.json')), 'utf8')) as FixtureMeta
}

function copyOf(fixture: string): string {
  const file = path.join(tempDir(), fixture)
  fs.copyFileSync(path.join(FIXTURES, fixture), file)
  return file
}

describe('schema fixtures', () => {
  it('has a fixture, with its recorded counts, for every schema version up to this one', () => {
    for (let v = 1; v <= LATEST_VERSION; v++) {
      expect(fixtures, `tests/fixtures/schema-v${v}.medskapa (run tests/fixtures/make-fixtures.ts)`).toContain(`schema-v${v}.medskapa`)
      expect(meta(`schema-v${v}.medskapa`).schemaVersion).toBe(v)
    }
  })

  it.each(fixtures)('%s opens, upgrades to the current version and keeps every row', async (fixture) => {
    const original = sha256(path.join(FIXTURES, fixture))
    const file = copyOf(fixture)
    const expected = meta(fixture).counts
    const db = openDocument(file)
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.pragma('foreign_key_check')).toEqual([])
    } finally {
      closeDocument(db)
    }
    const now = counts(file)
    for (const [table, n] of Object.entries(expected)) expect(now[table], table).toBe(n)

    // And the app can use it: read, export as valid interchange JSON, import that again.
    const core = newCore(tempDir(), { auto: false })
    const { docId } = await core.call('library.open', { path: file })
    const exported = await core.call('workshop.export', { docId })
    expect(WorkshopFile.safeParse(exported).success).toBe(true)
    expect(exported.stickies).toHaveLength(expected.stickies)
    const again = await core.call('library.import', { json: exported, path: path.join(tempDir(), 'again.medskapa') })
    expect((await core.call('workshop.get', { docId: again.docId })).data.stickies).toHaveLength(expected.stickies)
    expect(sha256(path.join(FIXTURES, fixture))).toBe(original)
  })
})

function migrateAndKill(file: string, killAfterMs: number): Promise<{ steps: number; done: boolean }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, file], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    proc.stdout.setEncoding('utf8')
    proc.stdout.on('data', (d: string) => {
      out += d
      if (!timer && out.includes('STEP ')) timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs)
    })
    proc.stderr.on('data', (d) => (err += d))
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') return reject(new Error(`the migration was not killed (${String(signal)}): ${err}`))
      resolve({ steps: out.split('\n').filter((l) => l.startsWith('STEP ')).length, done: out.includes('DONE') })
    })
  })
}

describe('a migration killed half-way', () => {
  it(`leaves a file that opens at the old version with every row (${KILLS} kills)`, async () => {
    const fixture = `schema-v${LATEST_VERSION}.medskapa`
    const expected = meta(fixture).counts
    const started = Date.now()
    let opened = 0
    for (let round = 0; round < KILLS; round++) {
      const file = copyOf(fixture)
      const { steps, done } = await migrateAndKill(file, 20 + Math.floor(Math.random() * 400))
      expect(done, 'the slow migration finished before the kill').toBe(false)
      expect(steps).toBeGreaterThan(0)
      // Half a transaction sits in the -wal; opening must ignore it.
      expect(fs.existsSync(`${file}-wal`)).toBe(true)
      const db = openDocument(file)
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
        expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'migration_scratch'").get()).toBeUndefined()
        const cols = (db.prepare('PRAGMA table_info(stickies)').all() as { name: string }[]).map((c) => c.name)
        expect(cols).not.toContain('migrated_note')
      } finally {
        closeDocument(db)
      }
      expect(counts(file)).toEqual(expected)
      opened++
    }
    console.log(`RELIABILITY migration-kill rounds=${KILLS} openedAtOldVersionWithEveryRow=${opened}/${KILLS} ms=${Date.now() - started}`)
  }, Math.max(60_000, KILLS * 10_000))
})
