import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { closeDocument, createDocument, openDocument } from '../../../src/main/db/open.ts'
import { DocumentStore } from '../../../src/main/db/store.ts'
import { demoWorkshop } from '../../../src/main/core/demo.ts'
import type { IdSource } from '../../../src/shared/methods/instantiate.ts'
import { tempDir } from '../../helpers/tmp.ts'

function seqIds(): IdSource {
  let n = 0
  return { newId: () => `id-${++n}`, now: () => 1_700_000_000_000 }
}

function freshStore(): { store: DocumentStore; file: string } {
  const file = path.join(tempDir(), 'w.medskapa')
  const store = new DocumentStore(createDocument(file))
  store.load(demoWorkshop(seqIds()))
  return { store, file }
}

describe('DocumentStore', () => {
  it('loads and reads back the whole workshop unchanged', () => {
    const data = demoWorkshop(seqIds())
    const { store } = freshStore()
    expect(store.all()).toEqual(data)
  })

  it('captures row images and undoes/redoes an operation exactly', () => {
    const { store } = freshStore()
    const before = store.all()
    const sticky = before.stickies[0]
    store.transact('sticky.update', (tx) => tx.update('sticky', sticky.id, { text: 'Ändrad', colour: 'blue' }))
    expect(store.get('sticky', sticky.id)?.text).toBe('Ändrad')
    expect(store.history()).toMatchObject({ canUndo: true, undoLabel: 'sticky.update', canRedo: false })
    store.undo()
    expect(store.all()).toEqual(before)
    store.redo()
    expect(store.get('sticky', sticky.id)).toMatchObject({ text: 'Ändrad', colour: 'blue' })
  })

  it('removes dependents it knows about and restores them all on undo', () => {
    const { store } = freshStore()
    const data = store.all()
    const phaseId = data.stickies[0].phaseId
    const [a, b] = data.stickies
    store.transact('cluster.create', (tx) => {
      tx.insert('cluster', {
        id: 'c1',
        phaseId,
        title: 'Grupp',
        titleCustom: false,
        position: 1,
        collapsed: false,
        happening: false,
        createdAt: 1
      })
      tx.update('sticky', a.id, { clusterId: 'c1' })
      tx.update('sticky', b.id, { clusterId: 'c1' })
      tx.insert('countermeasure', {
        id: 'm1',
        stickyId: null,
        clusterId: 'c1',
        text: 'Första steget',
        owner: '',
        due: '',
        position: 1,
        createdAt: 1
      })
    })
    const clustered = store.all()
    const { changes } = store.transact('cluster.remove', (tx) => tx.remove('cluster', 'c1'))
    expect(store.get('sticky', a.id)?.clusterId).toBeNull()
    expect(store.get('countermeasure', 'm1')).toBeUndefined()
    expect(changes.map((c) => c.entity).sort()).toEqual(['cluster', 'countermeasure', 'sticky', 'sticky'])
    store.undo()
    expect(store.all()).toEqual(clustered)
  })

  it('a new operation clears the redo stack', () => {
    const { store } = freshStore()
    const s = store.all().stickies[0]
    store.transact('a', (tx) => tx.update('sticky', s.id, { text: 'ett' }))
    store.undo()
    expect(store.history().canRedo).toBe(true)
    store.transact('b', (tx) => tx.update('sticky', s.id, { text: 'två' }))
    expect(store.history()).toMatchObject({ canRedo: false, undoLabel: 'b' })
  })

  it('returns the undo state it wrote, the same as reading it back from the file', () => {
    const { store } = freshStore()
    const s = store.all().stickies[0]
    store.transact('a', (tx) => tx.update('sticky', s.id, { text: 'ett' }))
    store.transact('b', (tx) => tx.update('sticky', s.id, { text: 'två' }))
    store.transact('c', (tx) => tx.update('sticky', s.id, { text: 'tre' }))
    store.undo()
    store.undo()
    expect(store.history()).toMatchObject({ canRedo: true, redoLabel: 'b', undoLabel: 'a' })
    const { history } = store.transact('d', (tx) => tx.update('sticky', s.id, { text: 'fyra' }))
    expect(history).toEqual({ canUndo: true, canRedo: false, undoLabel: 'd', redoLabel: null })
    expect(store.history()).toEqual(history)
    // Both undone entries are gone from the file, not only hidden: redo has nothing to bring back.
    expect(store.redo()).toBeNull()
    expect(store.get('sticky', s.id)?.text).toBe('fyra')
    store.undo()
    expect(store.get('sticky', s.id)?.text).toBe('ett')
    // A change without an undo label leaves the undo state to be read back.
    expect(store.transact(null, (tx) => tx.update('sticky', s.id, { colour: 'blue' })).history).toBeUndefined()
  })

  it('keeps the undo history in the file across a close and reopen', () => {
    const { store, file } = freshStore()
    const s = store.all().stickies[0]
    store.transact('sticky.remove', (tx) => tx.remove('sticky', s.id))
    closeDocument(store.db)
    const reopened = new DocumentStore(openDocument(file))
    expect(reopened.get('sticky', s.id)).toBeUndefined()
    reopened.undo()
    expect(reopened.get('sticky', s.id)).toEqual(s)
    closeDocument(reopened.db)
  })

  it('reads a parent row with the next position among its children in one call', () => {
    const { store } = freshStore()
    const data = store.all()
    const withNotes = data.phases.find((p) => data.stickies.some((s) => s.phaseId === p.id))
    const empty = data.phases.find((p) => !data.stickies.some((s) => s.phaseId === p.id))
    if (!withNotes || !empty) throw new Error('the demo needs a phase with notes and one without')
    store.transact('x', (tx) => tx.update('sticky', data.stickies.find((s) => s.phaseId === withNotes.id)!.id, { position: 41.5 }))
    store.transact(null, (tx) => {
      expect(tx.getWithNextPosition('phase', withNotes.id, 'sticky', 'phaseId')).toEqual({
        row: store.get('phase', withNotes.id),
        nextPosition: tx.nextPosition('sticky', { phaseId: withNotes.id })
      })
      expect(tx.getWithNextPosition('phase', withNotes.id, 'sticky', 'phaseId')?.nextPosition).toBe(42.5)
      expect(tx.getWithNextPosition('phase', empty.id, 'sticky', 'phaseId')).toEqual({ row: empty, nextPosition: 1 })
      expect(tx.getWithNextPosition('phase', 'no-such-phase', 'sticky', 'phaseId')).toBeUndefined()
    })
  })

  it('refuses to restore a stored row image that lacks a column, instead of writing NULL there', () => {
    const { store } = freshStore()
    const s = store.all().stickies[0]
    store.transact('sticky.remove', (tx) => tx.remove('sticky', s.id))
    const entry = store.db.prepare('SELECT seq, changes_json FROM undo_log ORDER BY seq DESC LIMIT 1').get() as {
      seq: number
      changes_json: string
    }
    const changes = JSON.parse(entry.changes_json) as { before: Record<string, unknown> | null }[]
    for (const c of changes) if (c.before) delete c.before.author_label
    store.db.prepare('UPDATE undo_log SET changes_json = ? WHERE seq = ?').run(JSON.stringify(changes), entry.seq)
    expect(() => store.undo()).toThrow(/author_label/)
    expect(store.get('sticky', s.id)).toBeUndefined()
    expect(store.history()).toMatchObject({ canUndo: true, canRedo: false })
  })

  it('rolls back the whole transaction when a use case throws', () => {
    const { store } = freshStore()
    const before = store.all()
    expect(() =>
      store.transact('x', (tx) => {
        tx.update('sticky', before.stickies[0].id, { text: 'halvvägs' })
        throw new Error('nope')
      })
    ).toThrow('nope')
    expect(store.all()).toEqual(before)
    expect(store.history().canUndo).toBe(false)
  })

  it('collapses several images of one row into its final value for events', () => {
    const { store } = freshStore()
    const s = store.all().stickies[0]
    const { changes } = store.transact('x', (tx) => {
      tx.update('sticky', s.id, { text: 'ett' })
      tx.update('sticky', s.id, { text: 'två' })
    })
    const events = DocumentStore.toEntityChanges(changes)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ entity: 'sticky', id: s.id, value: { text: 'två' } })
  })
})

describe('undo of an update', () => {
  it('restores only the columns the operation changed', () => {
    const { store } = freshStore()
    const phase = store.all().phases[1]
    store.transact('phase.setSilent', (tx) => tx.update('phase', phase.id, { silent: true }))
    // A later change to another column, made without undo (a timer start).
    store.transact(null, (tx) => tx.update('phase', phase.id, { timerStartedAt: 123 }))
    store.undo()
    expect(store.get('phase', phase.id)).toMatchObject({ silent: false, timerStartedAt: 123 })
    store.redo()
    expect(store.get('phase', phase.id)).toMatchObject({ silent: true, timerStartedAt: 123 })
  })
})
