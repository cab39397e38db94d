import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import { BACKUP_INTERVAL_MS, BACKUPS_KEPT } from '../../../src/main/core/backup.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { counts, integrity, newCore, runCli, sha256, stickyIds, waitFor } from './helpers.ts'

/** The demo workshop as interchange JSON, to place workshop files wherever a test wants them. */
async function demoJson(): Promise<unknown> {
  const core = createCore({ dataDir: tempDir(), host: 'cli' })
  try {
    const { docId } = await core.call('library.openDemo', {})
    return await core.call('workshop.export', { docId })
  } finally {
    core.close()
  }
}

async function firstPhase(core: Core, docId: string): Promise<string> {
  const { data } = await core.call('workshop.get', { docId })
  return data.stickies[0].phaseId
}

async function backupsOf(core: Core, docId: string): Promise<{ path: string; takenAt: number }[]> {
  return (await core.call('backup.list', { docId })).sets[0]?.backups ?? []
}

/** A workshop on "a USB stick" (a folder of its own), open in a core that backs up into `dataDir`. */
async function workshopOnStick(opts: { intervalMs?: number } = {}): Promise<{ core: Core; dataDir: string; stick: string; file: string; docId: string }> {
  const dataDir = tempDir()
  const stick = tempDir()
  const core = newCore(dataDir, { intervalMs: opts.intervalMs ?? BACKUP_INTERVAL_MS })
  const { docId, path: file } = await core.call('library.import', { json: await demoJson(), path: path.join(stick, 'Trygghet i Alby.medskapa') })
  return { core, dataDir, stick, file, docId }
}

describe('automatic backups', () => {
  it('backs up on open: a complete, checked copy in the data folder, nothing beside the document', async () => {
    const { core, dataDir, stick, file, docId } = await workshopOnStick()
    const [first] = await waitFor('the backup taken on open', () => backupsOf(core, docId).then((b) => b.length > 0 && b))
    expect(path.dirname(first.path)).toBe(path.join(dataDir, 'backups', `Trygghet-i-Alby-${docId}`))
    expect(path.basename(first.path)).toMatch(/^Trygghet-i-Alby-\d{8}-\d{6}\.medskapa$/)
    expect(Math.abs(first.takenAt - Date.now())).toBeLessThan(5_000)
    expect(integrity(first.path)).toBe('ok')
    expect(counts(first.path)).toEqual(counts(file))
    // Rollback journal (header bytes 18/19 = 1): reading a backup creates nothing beside it.
    const header = fs.readFileSync(first.path).subarray(18, 20)
    expect([...header]).toEqual([1, 1])
    expect(fs.readdirSync(path.dirname(first.path)).sort()).toEqual([path.basename(first.path), 'source.json'])
    expect(fs.readdirSync(stick).filter((f) => !f.startsWith('Trygghet i Alby.medskapa'))).toEqual([])
  })

  it(`backs up every interval while the workshop changes, not while it does not, and keeps ${BACKUPS_KEPT}`, async () => {
    const { core, file, docId } = await workshopOnStick({ intervalMs: 30 })
    let [newest] = await waitFor('the backup taken on open', () => backupsOf(core, docId).then((b) => b.length > 0 && b))
    await new Promise((r) => setTimeout(r, 200))
    expect(await backupsOf(core, docId)).toHaveLength(1)
    const phaseId = await firstPhase(core, docId)
    const added: string[] = []
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) {
      added.push((await core.call('sticky.add', { docId, phaseId, text: `Ändring ${i}` })).id)
      const before = newest.path
      ;[newest] = await waitFor(`backup ${i + 2}`, () => backupsOf(core, docId).then((b) => b[0]?.path !== before && b))
    }
    const all = await backupsOf(core, docId)
    expect(all).toHaveLength(BACKUPS_KEPT)
    expect([...all].sort((a, b) => b.takenAt - a.takenAt)).toEqual(all)
    // The newest holds the last change; the oldest kept no longer holds the first state.
    expect(stickyIds(all[0].path).has(added[added.length - 1])).toBe(true)
    expect(stickyIds(all[BACKUPS_KEPT - 1].path).has(added[2])).toBe(true)
    expect(integrity(all[BACKUPS_KEPT - 1].path)).toBe('ok')
    expect(stickyIds(file).size).toBe(stickyIds(all[0].path).size)
  })

  it('takes a last backup when a changed workshop closes, none when it did not change', async () => {
    const { core, docId } = await workshopOnStick()
    await waitFor('the backup taken on open', () => backupsOf(core, docId).then((b) => b.length > 0))
    const id = (await core.call('sticky.add', { docId, phaseId: await firstPhase(core, docId), text: 'Sista lappen' })).id
    await core.call('library.close', { docId })
    const after = await backupsOf(core, docId)
    expect(after).toHaveLength(2)
    expect(stickyIds(after[0].path).has(id)).toBe(true)
    expect(integrity(after[0].path)).toBe('ok')
  })

  it('does not add a copy identical to the newest, so reopening keeps older states', async () => {
    const { core, dataDir, file, docId } = await workshopOnStick()
    await waitFor('the backup taken on open', () => backupsOf(core, docId).then((b) => b.length > 0))
    core.close()
    const again = newCore(dataDir)
    await again.call('library.open', { path: file })
    const made = await again.call('backup.create', { docId })
    expect(made.created).toBe(false)
    expect(await backupsOf(again, docId)).toHaveLength(1)
  })

  it('sweeps what a crashed process left half-written, once it is an hour old', async () => {
    const { core, docId } = await workshopOnStick()
    const { backup } = await core.call('backup.create', { docId })
    const folder = path.dirname(backup.path)
    const stale = ['.w-20260101-000000.999.abc.partial', '.w-20260101-000000.999.abc.partial-journal', '.source.json.999.1.tmp']
    for (const f of [...stale, '.w-fresh.998.def.partial']) fs.writeFileSync(path.join(folder, f), 'half')
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000)
    for (const f of stale) fs.utimesSync(path.join(folder, f), twoHoursAgo, twoHoursAgo)
    await core.call('sticky.add', { docId, phaseId: await firstPhase(core, docId), text: 'ny' })
    expect((await core.call('backup.create', { docId })).created).toBe(true)
    expect(fs.readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual(['.w-fresh.998.def.partial'])
  })

  it('makes a consistent copy while notes keep being written through the same connection', async () => {
    const { core, docId } = await workshopOnStick()
    const phaseId = await firstPhase(core, docId)
    // About 3 MB, so the online copy runs over many event-loop turns while the writes go on.
    await core.call('sticky.addMany', { docId, phaseId, texts: Array.from({ length: 1500 }, (_, i) => `${i} ${'å'.repeat(900)}`) })
    const before = stickyIds((await core.call('library.list', {})).recent[0].path).size
    const backup = core.call('backup.create', { docId })
    let written = 0
    let done = false
    void backup.finally(() => (done = true))
    while (!done && written < 400) {
      await core.call('sticky.add', { docId, phaseId, text: `Under kopieringen ${written++}` })
      await new Promise((r) => setImmediate(r))
    }
    const { backup: entry } = await backup
    expect(integrity(entry.path)).toBe('ok')
    const inCopy = stickyIds(entry.path).size
    expect(inCopy).toBeGreaterThanOrEqual(before)
    expect(inCopy).toBeLessThanOrEqual(before + written)
  })
})

describe('restore drill', () => {
  it('changes, backup, damage, restore: integrity ok, counts equal, the damaged file kept aside untouched', async () => {
    const { core, dataDir, stick, file, docId } = await workshopOnStick()
    const phaseId = await firstPhase(core, docId)
    for (let i = 0; i < 25; i++) await core.call('sticky.add', { docId, phaseId, text: `Drill ${i}` })
    const { backup } = await core.call('backup.create', { docId })
    const expected = counts(backup.path)
    const backupBytes = sha256(backup.path)
    expect(expected.stickies).toBeGreaterThanOrEqual(33)
    core.close()

    // Half the file is lost, as when a copy to a USB stick is cut off.
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2))
    const damaged = sha256(file)
    const app = newCore(dataDir)
    const failed = await app.invoke('library.open', { path: file })
    expect(failed.ok).toBe(false)
    if (failed.ok) return
    expect(failed.error.latestBackup?.path).toBe(backup.path)

    const restored = await app.call('backup.restore', { backupPath: failed.error.latestBackup!.path, targetPath: file, replace: true })
    expect(restored.path).toBe(fs.realpathSync(file))
    expect(restored.movedAside).toMatch(/Trygghet i Alby\.medskapa\.damaged-\d{8}-\d{6}$/)
    expect(sha256(restored.movedAside!)).toBe(damaged)
    expect(integrity(file)).toBe('ok')
    expect(counts(file)).toEqual(expected)
    const rows = Object.values(expected).reduce((a, b) => a + b, 0)
    console.log(`RELIABILITY restore-drill tables=${Object.keys(expected).length} rows=${rows} rowsEqual=yes integrity=ok damagedKeptUnchanged=yes`)
    const { data } = await app.call('workshop.get', { docId: restored.docId })
    expect(data.stickies.filter((s) => s.text.startsWith('Drill '))).toHaveLength(25)
    expect(sha256(backup.path)).toBe(backupBytes)
    expect(fs.readdirSync(stick).filter((f) => f.includes('.restoring'))).toEqual([])
  })

  it('never overwrites: an existing target is refused without replace, an open one always', async () => {
    const { core, stick, file, docId } = await workshopOnStick()
    const { backup } = await core.call('backup.create', { docId })
    const other = path.join(stick, 'annan.medskapa')
    fs.writeFileSync(other, 'something the facilitator keeps')
    const refused = await core.invoke('backup.restore', { backupPath: backup.path, targetPath: other })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(fs.readFileSync(other, 'utf8')).toBe('something the facilitator keeps')
    const open = await core.invoke('backup.restore', { backupPath: backup.path, targetPath: file, replace: true })
    expect(open).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/open; close it/) } })
    expect(fs.readdirSync(stick).filter((f) => f.includes('damaged') || f.includes('.restoring'))).toEqual([])
  })

  it('restores into a new file beside the original by default, and opens it', async () => {
    const { core, stick, docId } = await workshopOnStick()
    const { backup } = await core.call('backup.create', { docId })
    const restored = await core.call('backup.restore', { backupPath: backup.path })
    expect(path.dirname(restored.path)).toBe(fs.realpathSync(stick))
    expect(path.basename(restored.path)).toMatch(/^Trygghet i Alby-restored-\d{8}-\d{6}\.medskapa$/)
    expect(restored.movedAside).toBeNull()
    expect(restored.docId).not.toBe(docId)
    expect((await core.call('workshop.get', { docId: restored.docId })).data.stickies).toHaveLength(8)
  })

  it('refuses a backup that is not a sound workshop and leaves nothing behind', async () => {
    const dataDir = tempDir()
    const dir = tempDir()
    const core = newCore(dataDir)
    const junk = path.join(dir, 'junk.medskapa')
    fs.writeFileSync(junk, Buffer.alloc(8192, 7))
    const r = await core.invoke('backup.restore', { backupPath: junk, targetPath: path.join(dir, 'out.medskapa') })
    expect(r).toMatchObject({ ok: false, error: { code: 'file', message: expect.stringMatching(/backup cannot be used: .*not an SQLite database/) } })
    expect(fs.readdirSync(dir)).toEqual(['junk.medskapa'])
    const missing = await core.invoke('backup.restore', { backupPath: path.join(dir, 'nope.medskapa') })
    expect(missing).toMatchObject({ ok: false, error: { code: 'file', message: expect.stringMatching(/does not exist/) } })
  })

  it('moves a stale -wal and -shm aside with the replaced file, so they are never replayed into the restored one', async () => {
    const { core, stick, file, docId } = await workshopOnStick()
    const { backup } = await core.call('backup.create', { docId })
    const expected = counts(backup.path)
    core.close()
    fs.writeFileSync(`${file}-wal`, Buffer.alloc(4096, 1))
    fs.writeFileSync(`${file}-shm`, Buffer.alloc(4096, 2))
    const app = newCore(tempDir())
    const r = await app.call('backup.restore', { backupPath: backup.path, targetPath: file, replace: true })
    expect(fs.existsSync(`${r.movedAside}-wal`)).toBe(true)
    expect(fs.existsSync(`${r.movedAside}-shm`)).toBe(true)
    expect(fs.readFileSync(`${r.movedAside}-wal`)).toEqual(Buffer.alloc(4096, 1))
    app.close()
    expect(counts(file)).toEqual(expected)
    expect(fs.readdirSync(stick).sort()).toEqual(['Trygghet i Alby.medskapa', path.basename(r.movedAside!), `${path.basename(r.movedAside!)}-shm`, `${path.basename(r.movedAside!)}-wal`].sort())
  })
})

describe('backups and restore from the CLI', () => {
  it('lists the backups of a damaged file and restores one in its place', async () => {
    const { core, dataDir, file, docId } = await workshopOnStick()
    await core.call('sticky.add', { docId, phaseId: await firstPhase(core, docId), text: 'Från CLI' })
    const { backup } = await core.call('backup.create', { docId })
    const expected = counts(backup.path)
    core.close()
    fs.writeFileSync(file, 'overwritten by mistake')

    const listed = runCli(['backups', file], dataDir)
    expect(listed.status, listed.stderr).toBe(0)
    expect(listed.stdout).toContain(backup.path)
    expect(listed.stdout).toMatch(/newest first/)
    const json = runCli(['backups', file, '--json'], dataDir)
    expect(JSON.parse(json.stdout).backups[0].path).toBe(backup.path)

    const refused = runCli(['restore', backup.path, file], dataDir)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/already exists .*replace/)
    expect(fs.readFileSync(file, 'utf8')).toBe('overwritten by mistake')

    const done = runCli(['restore', backup.path, file, '--replace'], dataDir)
    expect(done.status, done.stderr).toBe(0)
    expect(done.stdout).toMatch(/^Restored ".*" into .*Trygghet i Alby\.medskapa\nThe file that was there is kept as .*\.damaged-\d{8}-\d{6}\n$/)
    expect(integrity(file)).toBe('ok')
    expect(counts(file)).toEqual(expected)

    const none = runCli(['backups', path.join(path.dirname(file), 'never.medskapa')], dataDir)
    expect(none).toMatchObject({ status: 0, stdout: expect.stringMatching(/^No backups of /) })
  })
})

const KILLED_BACKUP_ROUNDS = Number(process.env.MEDSKAPA_BACKUP_KILLS ?? 3)

function runBackupWriterAndKill(dataDir: string, killAfterMs: number): Promise<{ file: string; acked: string[] }> {
  const writer = path.join(import.meta.dirname, 'children', 'backup-writer.ts')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (d: string) => {
      out += d
      if (!timer && out.includes('READY ')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    })
    child.stderr.on('data', (d) => (err += d))
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the writer exited on its own: ${err}`))
      const lines = out.split('\n')
      const ready = lines.find((l) => l.startsWith('READY '))
      if (!ready) return reject(new Error(`the writer never got ready: ${err}`))
      resolve({ file: ready.slice(6), acked: lines.filter((l) => l.startsWith('ACK ')).map((l) => l.slice(4)) })
    })
  })
}

describe('a process killed while backing up', () => {
  it(`never leaves a damaged backup in the list, nor loses a note (${KILLED_BACKUP_ROUNDS} kills)`, async () => {
    let listed = 0
    let partial = 0
    for (let round = 0; round < KILLED_BACKUP_ROUNDS; round++) {
      const dataDir = tempDir()
      const { file, acked } = await runBackupWriterAndKill(dataDir, 50 + Math.floor(Math.random() * 500))
      const stored = stickyIds(file)
      expect(acked.filter((id) => !stored.has(id))).toEqual([])
      expect(integrity(file)).toBe('ok')
      const app = createCore({ dataDir, host: 'cli' })
      try {
        for (const set of (await app.call('backup.list', {})).sets) {
          for (const b of set.backups) {
            listed++
            expect(integrity(b.path), b.path).toBe('ok')
          }
          // Half-written copies stay under their temporary name, never one a backup list shows.
          for (const f of fs.readdirSync(set.folder)) {
            expect(f).toMatch(/^(.+-\d{8}-\d{6}(-\d+)?\.medskapa|source\.json|\..+\.partial(-wal|-shm|-journal)?|\.source\.json\.\d+\.\d+\.tmp)$/)
            if (f.endsWith('.partial')) partial++
          }
        }
      } finally {
        app.close()
      }
    }
    console.log(`RELIABILITY backup-kill rounds=${KILLED_BACKUP_ROUNDS} backupsChecked=${listed} killedMidCopy=${partial}`)
    expect(listed).toBeGreaterThan(0)
  }, Math.max(120_000, KILLED_BACKUP_ROUNDS * 15_000))
})
