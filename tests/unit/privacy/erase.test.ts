import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ApiEvent } from '../../../src/shared/api/events.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { newCore } from '../reliability/helpers.ts'

// "Deletion that really deletes" (DESIGN.md): a deleted note's text stays in the undo log (row
// images) and in the automatic backups. Erasing for good must leave it nowhere: not in the file,
// not in its WAL, not in any backup. Checked on the bytes, not through the API.

const MARKER = 'Amina Yusuf 070-123 45 67'

function filesContaining(files: string[], text: string): string[] {
  const needle = Buffer.from(text, 'utf8')
  return files.filter((f) => fs.existsSync(f) && fs.readFileSync(f).includes(needle))
}

function backupFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'backups')
  if (!fs.existsSync(root)) return []
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => path.join(root, f)).filter((f) => fs.statSync(f).isFile())
}

describe('privacy.eraseHistory', () => {
  it('leaves deleted and replaced text nowhere on disk, and keeps one fresh backup', async () => {
    const dataDir = tempDir()
    const core = newCore(dataDir)
    const events: ApiEvent[] = []
    core.subscribe((e) => events.push(e))
    const { docId, path: file } = await core.call('library.create', { title: 'Trygghet i Alby', methodId: 'dystopia' })
    const { data } = await core.call('workshop.get', { docId })
    const phaseId = data.phases[1].id

    const note = await core.call('sticky.add', { docId, phaseId, text: `Ring ${MARKER}` })
    await core.call('backup.create', { docId })
    await core.call('sticky.update', { docId, id: note.id, patch: { text: 'Ring någon' } })
    const gone = await core.call('sticky.add', { docId, phaseId, text: MARKER })
    await core.call('backup.create', { docId })
    await core.call('sticky.remove', { docId, id: gone.id })
    const kept = await core.call('sticky.add', { docId, phaseId, text: 'Mer belysning i gångtunneln' })

    const onDisk = (): string[] => [file, `${file}-wal`, ...backupFiles(dataDir)]
    // The premise: the text is still on disk, in the undo log and in the backups.
    expect(filesContaining(onDisk(), MARKER).length).toBeGreaterThan(0)
    expect(filesContaining(backupFiles(dataDir), MARKER).length).toBeGreaterThan(0)
    expect((await core.call('workshop.get', { docId })).history.canUndo).toBe(true)

    const out = await core.call('privacy.eraseHistory', { docId })
    expect(out.undoSteps).toBeGreaterThanOrEqual(4)
    expect(out.history).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null })
    expect(events.at(-1)).toMatchObject({ type: 'changes', docId, changes: [], history: out.history })

    expect(filesContaining(onDisk(), MARKER)).toEqual([])
    // One backup is left, of the workshop as it is now: the kept note is in it.
    const backups = backupFiles(dataDir).filter((f) => f.endsWith('.medskapa'))
    expect(backups).toEqual([out.backup.path])
    expect(out.backupsRemoved).toBeGreaterThanOrEqual(2)
    expect(filesContaining(backups, 'Mer belysning i gångtunneln')).toEqual(backups)

    // The workshop itself is whole and goes on working.
    const after = await core.call('workshop.get', { docId })
    expect(after.data.stickies.map((s) => s.text).sort()).toEqual(['Mer belysning i gångtunneln', 'Ring någon'])
    expect(after.data.stickies.find((s) => s.id === kept.id)).toBeDefined()
    await core.call('sticky.add', { docId, phaseId, text: 'Efteråt' })
    expect((await core.call('workshop.get', { docId })).history.undoLabel).toBe('sticky.add')
  })
})
