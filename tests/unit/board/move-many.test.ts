import { describe, expect, it } from 'vitest'
import { addNotes, failure, freshBoard, snapshot, textsIn } from './helpers.ts'

// sticky.moveMany: a selection moved by drag or by keyboard is one undo step.

describe('moving a selection of notes', () => {
  it('moves the notes in order before a note of the target, tidies the cluster they left, and undoes in one step', async () => {
    const board = await freshBoard()
    const d = board.docId
    const phaseId = board.phase('cluster').id
    const ids = await addNotes(board, phaseId, ['a', 'b', 'c', 'd', 'e'])
    const left = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[0], ids[1]] })
    const target = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[2], ids[3]] })
    const before = await snapshot(board)

    const { stickies } = await board.core.call('sticky.moveMany', { docId: d, ids: [ids[1], ids[4], ids[0]], clusterId: target.id, beforeId: ids[3] })
    expect(stickies.map((s) => s.clusterId)).toEqual([target.id, target.id, target.id])
    let data = await board.read()
    expect(textsIn(data, phaseId, target.id)).toEqual(['c', 'b', 'e', 'a', 'd'])
    // The cluster they all left had nothing else on it, so it went.
    expect(data.clusters.map((c) => c.id)).not.toContain(left.id)
    const { history } = await board.core.call('workshop.get', { docId: d })
    expect(history.undoLabel).toBe('sticky.moveMany')

    await board.core.call('history.undo', { docId: d })
    expect(await snapshot(board)).toEqual(before)

    // Back to unsorted, appended in the order given.
    await board.core.call('sticky.moveMany', { docId: d, ids: [ids[3], ids[2]], clusterId: null })
    data = await board.read()
    expect(textsIn(data, phaseId, null)).toEqual(['e', 'd', 'c'])
  })

  it('refuses notes of two phases, a moving note as the place, and a cluster of another phase', async () => {
    const board = await freshBoard()
    const d = board.docId
    const phaseId = board.phase('cluster').id
    const other = board.phase('capture').id
    const ids = await addNotes(board, phaseId, ['a', 'b'])
    const [elsewhere] = await addNotes(board, other, ['x'])
    const foreign = await board.core.call('cluster.create', { docId: d, phaseId: other, stickyIds: [elsewhere] })
    expect((await failure(board.core, 'sticky.moveMany', { docId: d, ids: [ids[0], elsewhere], clusterId: null })).message).toMatch(/different phases/)
    expect((await failure(board.core, 'sticky.moveMany', { docId: d, ids: [ids[0], ids[1]], clusterId: null, beforeId: ids[1] })).message).toMatch(/beforeId/)
    expect((await failure(board.core, 'sticky.moveMany', { docId: d, ids: [ids[0]], clusterId: foreign.id })).message).toMatch(/another phase/)
    expect((await failure(board.core, 'sticky.moveMany', { docId: d, ids: [ids[0], ids[0]], clusterId: null })).message).toMatch(/twice/)
  })
})
