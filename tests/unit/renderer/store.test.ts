import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ApiEvent } from '../../../src/shared/api/events.ts'
import { selectCurrentPhase, selectPhaseStickyIds, selectSticky } from '../../../src/renderer/src/store/index.ts'
import { settle, storeWorld, type StoreWorld } from './helpers.ts'

let w: StoreWorld
beforeEach(() => {
  w = storeWorld()
})
afterEach(() => w.dispose())

async function openDemo(): Promise<string> {
  const { path } = await w.store.getState().openDemo()
  return w.store.getState().openWorkshop(path)
}

function wallIds(docId: string): readonly string[] {
  const s = w.store.getState()
  return selectPhaseStickyIds(docId, selectCurrentPhase(docId)(s)?.id ?? null)(s)
}

describe('workshop slice over the real core', () => {
  it('opens the demo by path and holds its notes in order', async () => {
    const docId = await openDemo()
    const cache = w.store.getState().workshops[docId]
    expect(cache.status).toBe('ready')
    expect(wallIds(docId)).toHaveLength(8)
    const first = selectSticky(docId, wallIds(docId)[0])(w.store.getState())
    expect(first?.text).toBe('Bygga högt och stort')
  })

  it('applies the change events of its own writes and of other clients, then undo', async () => {
    const docId = await openDemo()
    const phaseId = selectCurrentPhase(docId)(w.store.getState())!.id
    await w.store.getState().mutate(docId, 'sticky.add', { docId, phaseId, text: 'Från fönstret' })
    await settle()
    expect(wallIds(docId)).toHaveLength(9)
    expect(w.store.getState().workshops[docId].history).toMatchObject({ canUndo: true, undoLabel: 'sticky.add' })

    // Another client (a second window) writes straight to the core.
    await w.core.call('sticky.add', { docId, phaseId, text: 'Från ett annat fönster' })
    await settle()
    expect(wallIds(docId)).toHaveLength(10)

    await w.store.getState().undo(docId)
    await settle()
    expect(wallIds(docId)).toHaveLength(9)
    expect(w.store.getState().workshops[docId].pending).toBe(0)
  })

  it('keeps untouched notes identical, so their cards do not re-render', async () => {
    const docId = await openDemo()
    const [a, b] = wallIds(docId)
    const before = w.store.getState().workshops[docId].entities!
    await w.store.getState().mutate(docId, 'sticky.update', { docId, id: a, patch: { text: 'Ändrad' } })
    await settle()
    const after = w.store.getState().workshops[docId].entities!
    expect(after.sticky[a].text).toBe('Ändrad')
    expect(after.sticky[b]).toBe(before.sticky[b])
    expect(after.phase).toBe(before.phase)
  })

  it('ignores an event it has already applied (seq not newer)', async () => {
    const docId = await openDemo()
    const id = wallIds(docId)[0]
    await w.store.getState().mutate(docId, 'sticky.update', { docId, id, patch: { text: 'Ny text' } })
    await settle()
    const cache = w.store.getState().workshops[docId]
    const stale: ApiEvent = {
      type: 'changes',
      docId,
      seq: cache.lastSeq!,
      changes: [{ entity: 'sticky', id, value: { ...cache.entities!.sticky[id], text: 'Gammal text' } }],
      history: cache.history
    }
    w.store.getState().applyEvent(stale)
    expect(w.store.getState().workshops[docId].entities!.sticky[id].text).toBe('Ny text')
  })

  it('replays events that arrive during a fetch over the fetched snapshot', async () => {
    const docId = await openDemo()
    const id = wallIds(docId)[0]
    const row = w.store.getState().workshops[docId].entities!.sticky[id]
    const loading = w.store.getState().loadWorkshop(docId)
    // Arrives while workshop.get is in flight: must not be lost when the snapshot lands.
    w.store.getState().applyEvent({
      type: 'changes',
      docId,
      seq: 1_000,
      changes: [{ entity: 'sticky', id, value: null }],
      history: { canUndo: true, canRedo: false, undoLabel: 'sticky.remove', redoLabel: null }
    })
    await loading
    const cache = w.store.getState().workshops[docId]
    expect(cache.entities!.sticky[row.id]).toBeUndefined()
    expect(cache.lastSeq).toBe(1_000)
    expect(cache.history.undoLabel).toBe('sticky.remove')
  })

  it('marks a workshop closed elsewhere, and opening it again brings it back', async () => {
    const docId = await openDemo()
    await w.core.call('library.close', { docId })
    await settle()
    expect(w.store.getState().workshops[docId].status).toBe('closed')
    await w.store.getState().openWorkshop(w.store.getState().workshops[docId].path)
    expect(w.store.getState().workshops[docId].status).toBe('ready')
  })

  it('reports a file that cannot be opened as an API error, not a crash', async () => {
    await expect(w.store.getState().openWorkshop(`${w.dataDir}/finns-inte.medskapa`)).rejects.toMatchObject({
      name: 'ApiError',
      code: 'file'
    })
  })

  it('reloads the library when the core says it changed', async () => {
    await w.store.getState().loadLibrary()
    expect(w.store.getState().library.recent).toHaveLength(0)
    await w.store.getState().createWorkshop({ title: 'Trygghet i Alby', methodId: 'dystopia', language: 'sv' })
    await vi.waitFor(() => expect(w.store.getState().library.recent.map((e) => e.title)).toEqual(['Trygghet i Alby']))
  })
})
