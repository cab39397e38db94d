import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, OUTPUT_BUILT_FROM_INPUT, type Core } from '../../../src/main/core/core.ts'
import { API } from '../../../src/shared/api/contract.ts'
import { APPLICATION_ID } from '../../../src/main/db/open.ts'
import type { ApiEvent } from '../../../src/shared/api/events.ts'
import { WorkshopFile } from '../../../src/shared/domain/interchange.ts'
import { tempDir } from '../../helpers/tmp.ts'

const cores: Core[] = []
function newCore(dataDir = tempDir()): Core {
  const core = createCore({ dataDir, host: 'cli' })
  cores.push(core)
  return core
}
afterEach(() => {
  while (cores.length) cores.pop()?.close()
})

const withoutTime = (f: { exportedAt: string }): object => ({ ...f, exportedAt: 'x' })

describe('core', () => {
  it('creates the demo workshop on first open, in the data folder, and reuses it after', async () => {
    const dir = tempDir()
    const core = newCore(dir)
    const first = await core.call('library.openDemo', {})
    expect(first.path).toBe(path.join(fs.realpathSync(dir), 'demo.medskapa'))
    const { data } = await core.call('workshop.get', { docId: first.docId })
    expect(data.stickies).toHaveLength(8)
    expect(data.phases.find((p) => p.id === data.workshop.currentPhaseId)?.prompt).toBe(
      'Hur ska vi göra om vi vill misslyckas med integrationen?'
    )
    core.close()
    const again = newCore(dir)
    const second = await again.call('library.openDemo', {})
    expect(second.docId).toBe(first.docId)
    const file = new Database(first.path, { readonly: true })
    expect(file.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    file.close()
  })

  it('keeps a sticky after a restart and lists the file as recent', async () => {
    const dir = tempDir()
    const core = newCore(dir)
    const ws = await core.call('library.create', { title: 'Trygghet i Alby' })
    expect(path.basename(ws.path)).toBe('trygghet-i-alby.medskapa')
    const { data } = await core.call('workshop.get', { docId: ws.docId })
    const capture = data.phases.find((p) => p.kind === 'capture')
    if (!capture) throw new Error('no capture phase')
    await core.call('sticky.add', { docId: ws.docId, phaseId: capture.id, text: 'Belysning i tunneln' })
    core.close()
    const restarted = newCore(dir)
    const list = await restarted.call('library.list', {})
    expect(list.recent.map((r) => r.title)).toContain('Trygghet i Alby')
    const opened = await restarted.call('library.open', { path: ws.path })
    const after = await restarted.call('workshop.get', { docId: opened.docId })
    expect(after.data.stickies.map((s) => s.text)).toEqual(['Belysning i tunneln'])
  })

  it('broadcasts every committed change with the undo state', async () => {
    const core = newCore()
    const events: ApiEvent[] = []
    core.subscribe((e) => events.push(e))
    const ws = await core.call('library.openDemo', {})
    const { data } = await core.call('workshop.get', { docId: ws.docId })
    const s = await core.call('sticky.add', { docId: ws.docId, phaseId: data.stickies[0].phaseId, text: 'Ny' })
    await core.call('history.undo', { docId: ws.docId })
    const changes = events.filter((e) => e.type === 'changes')
    expect(changes).toHaveLength(2)
    expect(changes[0]).toMatchObject({ seq: 1, changes: [{ entity: 'sticky', id: s.id, value: { text: 'Ny' } }] })
    expect(changes[1]).toMatchObject({ seq: 2, changes: [{ entity: 'sticky', id: s.id, value: null }] })
    expect(changes[1].type === 'changes' && changes[1].history).toMatchObject({ canUndo: false, canRedo: true })
  })

  it('strips characters XML forbids from user text and refuses empty notes', async () => {
    const core = newCore()
    const ws = await core.call('library.openDemo', {})
    const { data } = await core.call('workshop.get', { docId: ws.docId })
    const s = await core.call('sticky.add', { docId: ws.docId, phaseId: data.stickies[0].phaseId, text: 'a\u0000b\u000cc]]><w:p>' })
    expect(s.text).toBe('abc]]><w:p>')
    const r = await core.invoke('sticky.add', { docId: ws.docId, phaseId: data.stickies[0].phaseId, text: '\u0001 ' })
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('returns outputs the core does not parse again that match their schema and the stored row', async () => {
    expect([...OUTPUT_BUILT_FROM_INPUT]).toEqual(['sticky.add'])
    const core = newCore()
    const ws = await core.call('library.openDemo', {})
    const { data } = await core.call('workshop.get', { docId: ws.docId })
    const phaseId = data.stickies[0].phaseId
    const cluster = await core.call('cluster.create', { docId: ws.docId, phaseId, stickyIds: [data.stickies[0].id] })
    const long = `\u0001${'å'.repeat(1_998)}\u000b`
    const inputs = [
      { text: 'Belysning i tunneln' },
      { text: long, colour: 'blue', authorLabel: `\u0002${'x'.repeat(499)}`, hidden: true },
      { text: '  kort  ', authorLabel: '\u0003\u0004', clusterId: cluster.id },
      { text: 'tom etikett', authorLabel: '', clusterId: null, hidden: false }
    ]
    const outputs = []
    for (const input of inputs) outputs.push(await core.call('sticky.add', { docId: ws.docId, phaseId, ...input }))
    await core.call('phase.setSilent', { docId: ws.docId, phaseId, silent: true })
    outputs.push(await core.call('sticky.add', { docId: ws.docId, phaseId, text: 'tyst' }))
    const stored = (await core.call('workshop.get', { docId: ws.docId })).data.stickies
    for (const output of outputs) {
      expect(API['sticky.add'].output.safeParse(output).error).toBeUndefined()
      expect(stored.find((s) => s.id === output.id)).toEqual(output)
    }
    expect(outputs.map((s) => [s.text.length, s.authorLabel, s.hidden])).toEqual([
      [19, null, false],
      [1_998, 'x'.repeat(499), true],
      [4, null, false],
      [11, null, false],
      [4, null, true]
    ])
  })

  it('answers unknown methods and bad input with clear errors, never throwing from invoke', async () => {
    const core = newCore()
    expect(await core.invoke('nope.nothing', {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const bad = await core.invoke('sticky.add', { docId: 'x', phaseId: 'p', text: 7 })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(bad.ok === false && bad.error.message).toMatch(/text/)
    expect(await core.invoke('workshop.get', { docId: 'not-open' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })

  it('round-trips export → import → export to identical JSON', async () => {
    const core = newCore()
    const ws = await core.call('library.openDemo', {})
    const exported = await core.call('workshop.export', { docId: ws.docId })
    expect(WorkshopFile.safeParse(JSON.parse(JSON.stringify(exported))).success).toBe(true)
    const target = path.join(tempDir(), 'kopia.medskapa')
    const imported = await core.call('library.import', { json: JSON.parse(JSON.stringify(exported)), path: target })
    const again = await core.call('workshop.export', { docId: imported.docId })
    expect(withoutTime(again)).toEqual(withoutTime(exported))
  })

  it('refuses an import with one wrong field, naming it, and writes no file', async () => {
    const core = newCore()
    const ws = await core.call('library.openDemo', {})
    const exported = JSON.parse(JSON.stringify(await core.call('workshop.export', { docId: ws.docId })))
    exported.stickies[3].colour = 'rainbow'
    const dir = tempDir()
    const r = await core.invoke('library.import', { json: exported, path: path.join(dir, 'x.medskapa') })
    expect(r.ok).toBe(false)
    expect(r.ok === false && r.error.message).toContain('stickies[3].colour')
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('refuses an import with a note linking anywhere but http(s), as note.save does', async () => {
    const core = newCore()
    const ws = await core.call('library.openDemo', {})
    const link = { type: 'link', version: 1, url: 'javascript:alert(1)', children: [{ type: 'text', version: 1, text: 'klicka' }] }
    const lexicalJson = JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [link] }] } })
    const { data } = await core.call('workshop.get', { docId: ws.docId })
    const r = await core.invoke('note.save', { docId: ws.docId, meetingId: data.meetings[0].id, phaseId: null, lexicalJson })
    expect(r.ok === false && r.error.message).toContain('links must start with http')
    const exported = JSON.parse(JSON.stringify(await core.call('workshop.export', { docId: ws.docId })))
    exported.notes = [{ id: 'n1', meetingId: data.meetings[0].id, phaseId: null, lexicalJson, plainText: 'klicka', updatedAt: 1 }]
    const dir = tempDir()
    const refused = await core.invoke('library.import', { json: exported, path: path.join(dir, 'z.medskapa') })
    expect(refused.ok === false && refused.error.message).toContain('notes[0].lexicalJson')
    expect(refused.ok === false && refused.error.message).toContain('links must start with http')
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('refuses an import whose references do not hold', async () => {
    const core = newCore()
    const ws = await core.call('library.openDemo', {})
    const exported = JSON.parse(JSON.stringify(await core.call('workshop.export', { docId: ws.docId })))
    exported.stickies[1].clusterId = 'no-such-cluster'
    const r = await core.invoke('library.import', { json: exported, path: path.join(tempDir(), 'y.medskapa') })
    expect(r.ok === false && r.error.message).toContain('stickies[1].clusterId')
  })

  it('does not overwrite an existing file on import', async () => {
    const core = newCore()
    const ws = await core.call('library.openDemo', {})
    const exported = JSON.parse(JSON.stringify(await core.call('workshop.export', { docId: ws.docId })))
    const r = await core.invoke('library.import', { json: exported, path: ws.path })
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('reports a damaged file as a file error without changing it', async () => {
    const dir = tempDir()
    const core = newCore(dir)
    const bad = path.join(dir, 'trasig.medskapa')
    fs.writeFileSync(bad, Buffer.alloc(4096, 7))
    const r = await core.invoke('library.open', { path: bad })
    expect(r).toMatchObject({ ok: false, error: { code: 'file' } })
    expect(fs.readFileSync(bad).equals(Buffer.alloc(4096, 7))).toBe(true)
    const list = await core.call('library.list', {})
    expect(list.files.find((f) => f.path.endsWith('trasig.medskapa'))?.problem).toBeTruthy()
  })
})
