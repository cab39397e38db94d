import { describe, expect, it } from 'vitest'
import { addNotes, canonical, freshBoard, startCore } from './helpers.ts'

describe('board undo is stored in the document', () => {
  it('undo and redo of a grouping survive closing the file and starting a new core', async () => {
    const board = await freshBoard()
    const phaseId = board.phase('cluster').id
    const ids = await addNotes(board, phaseId, ['otrygga gångtunnlar', 'gångtunnlarna känns otrygga', 'Stäng fritidsgården'])
    const beforeGrouping = canonical(await board.read())
    const cluster = await board.core.call('cluster.create', { docId: board.docId, phaseId, stickyIds: [ids[0], ids[1]] })
    const grouped = canonical(await board.read())
    board.core.close()

    // A restart: a new core over the same data folder opens the same file.
    const second = startCore(board.dataDir)
    const reopened = await second.call('library.open', { path: board.path })
    const state = await second.call('workshop.get', { docId: reopened.docId })
    expect(state.history).toMatchObject({ canUndo: true, undoLabel: 'cluster.create' })
    expect(canonical(state.data)).toEqual(grouped)
    await second.call('history.undo', { docId: reopened.docId })
    expect(canonical((await second.call('workshop.get', { docId: reopened.docId })).data)).toEqual(beforeGrouping)
    second.close()

    // And once more: the undone step can be redone after another restart.
    const third = startCore(board.dataDir)
    const again = await third.call('library.open', { path: board.path })
    const history = (await third.call('workshop.get', { docId: again.docId })).history
    expect(history).toMatchObject({ canRedo: true, redoLabel: 'cluster.create' })
    await third.call('history.redo', { docId: again.docId })
    const redone = canonical((await third.call('workshop.get', { docId: again.docId })).data)
    expect(redone).toEqual(grouped)
    expect(redone.clusters.map((c) => c.id)).toEqual([cluster.id])
  })
})
