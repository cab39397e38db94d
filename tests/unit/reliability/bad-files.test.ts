import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { createCore } from '../../../src/main/core/core.ts'
import { LATEST_VERSION } from '../../../src/main/db/migrations/index.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { integrity, newCore, runCli, snapshot, waitFor } from './helpers.ts'
import { prng } from '../../../src/shared/prng.ts'

// A workshop file that cannot be used must be refused with a message naming the problem and
// offering the newest backup, and must never be written to (not even a -wal left beside it).

/** Random bytes over the header and cell pointers of one randomly chosen b-tree page. */
function overwriteRandomPage(file: string, seed: number): number {
  const bytes = fs.readFileSync(file)
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16)
  const pages: number[] = []
  for (let p = 2; p * pageSize <= bytes.length; p++) {
    const type = bytes[(p - 1) * pageSize]
    if (type === 0x02 || type === 0x05 || type === 0x0a || type === 0x0d) pages.push(p)
  }
  const rnd = prng(seed)
  const page = pages[Math.floor(rnd() * pages.length)]
  for (let i = 0; i < 512; i++) bytes[(page - 1) * pageSize + i] = Math.floor(rnd() * 256)
  fs.writeFileSync(file, bytes)
  return page
}

const KINDS: { kind: string; problem: RegExp; make: (file: string) => void }[] = [
  { kind: 'truncated to half', problem: /the file is damaged/, make: (f) => fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2)) },
  { kind: 'truncated to its first page', problem: /the file is damaged/, make: (f) => fs.truncateSync(f, 4096) },
  ...[1, 2, 3, 4, 5].map((seed) => ({
    kind: `random bytes over a table page (seed ${seed})`,
    problem: /the file is damaged/,
    make: (f: string) => void overwriteRandomPage(f, seed)
  })),
  {
    kind: 'a foreign SQLite database',
    problem: /an SQLite database from another program, not a Medskapa workshop/,
    make: (f) => {
      fs.rmSync(f)
      const db = new Database(f)
      db.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('Anna', '070-1234567')")
      db.close()
    }
  },
  {
    kind: 'a non-SQLite file (a Word document saved over it)',
    problem: /not a Medskapa workshop file \(it is not an SQLite database\)/,
    make: (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(20_000, 0x41)]))
  },
  { kind: 'an empty file', problem: /not an SQLite database/, make: (f) => fs.writeFileSync(f, '') },
  {
    kind: 'a file from a newer schema version',
    problem: new RegExp(`written by a newer Medskapa \\(schema version ${LATEST_VERSION + 1}; this app knows up to ${LATEST_VERSION}\\)`),
    make: (f) => {
      const db = new Database(f)
      db.pragma(`user_version = ${LATEST_VERSION + 1}`)
      db.close()
    }
  }
]

/** A workshop in its own folder, opened once by the app (so it has a backup), closed, then spoiled. */
async function spoiled(make: (file: string) => void): Promise<{ dataDir: string; dir: string; file: string; backup: string }> {
  const dataDir = tempDir()
  const dir = tempDir()
  const seed = createCore({ dataDir: tempDir(), host: 'cli' })
  const json = await seed.call('workshop.export', { docId: (await seed.call('library.openDemo', {})).docId })
  seed.close()
  const core = newCore(dataDir)
  const { docId, path: file } = await core.call('library.import', { json, path: path.join(dir, 'Möte 3.medskapa') })
  const sets = await waitFor('the backup on open', async () => {
    const s = (await core.call('backup.list', { docId })).sets
    return s[0]?.backups.length ? s : null
  })
  core.close()
  make(file)
  return { dataDir, dir, file, backup: sets[0].backups[0].path }
}

let passed = 0
afterAll(() => console.log(`RELIABILITY bad-files kinds=${KINDS.length} refusedNamingProblemAndBackup=${passed} (app and CLI, file unchanged)`))

describe('bad files: a clear message, the newest backup offered, the file untouched', () => {
  it.each(KINDS)('$kind', async ({ problem, make }) => {
    const { dataDir, dir, file, backup } = await spoiled(make)
    const before = snapshot(dir)
    const app = newCore(dataDir)

    const r = await app.invoke('library.open', { path: file })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('file')
    expect(r.error.message).toMatch(problem)
    expect(r.error.message).toMatch(/The newest backup of this file is from \d{4}-\d{2}-\d{2} \d{2}:\d{2}: /)
    expect(r.error.message).toContain(backup)
    expect(r.error.latestBackup).toMatchObject({ path: backup, sizeBytes: fs.statSync(backup).size })
    expect((await app.call('backup.latestFor', { path: file })).backup?.path).toBe(backup)
    expect(snapshot(dir)).toEqual(before)
    expect(integrity(backup)).toBe('ok')

    const cli = runCli(['check', file], dataDir)
    expect(cli.status).toBe(1)
    expect(cli.stderr).toContain(`the newest backup of this file is from`)
    expect(cli.stderr).toContain(`medskapa restore "${backup}" <new file>`)
    expect(cli.stderr).not.toContain('    at ')
    expect(snapshot(dir)).toEqual(before)
    passed++
  })

  it('offers the backup of a file that is gone (the USB stick was pulled)', async () => {
    const { dataDir, file, backup } = await spoiled((f) => fs.rmSync(f))
    const r = await newCore(dataDir).invoke('library.open', { path: file })
    expect(r).toMatchObject({ ok: false, error: { code: 'file', message: expect.stringMatching(/does not exist.*newest backup/), latestBackup: { path: backup } } })
    expect(fs.existsSync(file)).toBe(false)
  })

  it('still names the problem when there is no backup, and offers none', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'x.medskapa')
    fs.writeFileSync(file, 'not a workshop')
    const r = await newCore(tempDir()).invoke('library.open', { path: file })
    expect(r).toMatchObject({ ok: false, error: { code: 'file', message: 'this is not a Medskapa workshop file (it is not an SQLite database)' } })
    if (!r.ok) expect(r.error.latestBackup).toBeUndefined()
    expect(fs.readdirSync(dir)).toEqual(['x.medskapa'])
  })
})
