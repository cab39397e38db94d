import { describe, expect, it } from 'vitest'
import { addNotes, failure, freshBoard, snapshot } from './helpers.ts'

describe('already happening and countermeasures', () => {
  it('marks notes and clusters as already happening, undoably', async () => {
    const board = await freshBoard()
    const d = board.docId
    const phaseId = board.phase('capture').id
    const [a, b] = await addNotes(board, phaseId, ['Ingen belysning', 'Strunta i oegentligheter'])
    const c = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [b] })
    await board.core.call('board.setHappening', { docId: d, targetType: 'sticky', id: a, happening: true })
    await board.core.call('board.setHappening', { docId: d, targetType: 'cluster', id: c.id, happening: true })
    let data = await board.read()
    expect(data.stickies.find((s) => s.id === a)?.happening).toBe(true)
    expect(data.clusters[0].happening).toBe(true)
    await board.core.call('history.undo', { docId: d })
    data = await board.read()
    expect(data.clusters[0].happening).toBe(false)
    expect((await failure(board.core, 'board.setHappening', { docId: d, targetType: 'cluster', id: a, happening: true })).code).toBe('not_found')
  })

  it('a countermeasure is linked to exactly one item and goes (and comes back on undo) with its note', async () => {
    const board = await freshBoard()
    const d = board.docId
    const phaseId = board.phase('capture').id
    const [note] = await addNotes(board, phaseId, ['Inte ta emot bostadsklagomål'])
    const cm = await board.core.call('countermeasure.add', {
      docId: d,
      targetType: 'sticky',
      targetId: note,
      text: '  Öppna en klagomålslinje  ',
      owner: 'Bostadsbolaget',
      due: 'Hösten 2025'
    })
    expect(cm).toMatchObject({ stickyId: note, clusterId: null, text: 'Öppna en klagomålslinje', owner: 'Bostadsbolaget' })
    const updated = await board.core.call('countermeasure.update', { docId: d, id: cm.id, patch: { due: 'Våren 2026' } })
    expect(updated.due).toBe('Våren 2026')
    expect((await failure(board.core, 'countermeasure.update', { docId: d, id: cm.id, patch: { text: '   ' } })).code).toBe('invalid_input')

    const withBoth = await snapshot(board)
    await board.core.call('sticky.remove', { docId: d, id: note })
    expect((await board.read()).countermeasures).toEqual([])
    await board.core.call('history.undo', { docId: d })
    expect(await snapshot(board)).toEqual(withBoth)

    await board.core.call('countermeasure.remove', { docId: d, id: cm.id })
    expect((await board.read()).countermeasures).toEqual([])
    expect((await failure(board.core, 'countermeasure.add', { docId: d, targetType: 'cluster', targetId: note, text: 'x' })).code).toBe(
      'not_found'
    )
  })
})
