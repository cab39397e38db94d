import { describe, expect, it } from 'vitest'
import { itemsPhaseFor } from '../../../src/shared/board/phases.ts'
import { addNotes, failure, freshBoard, textsIn } from './helpers.ts'

describe('bringing notes in from earlier phases', () => {
  it('copies the notes (the earlier phase keeps its record), keeps their clusters and skips what is already here', async () => {
    const board = await freshBoard()
    const d = board.docId
    const capture = board.phase('capture').id
    const cluster = board.phase('cluster').id
    const ids = await addNotes(board, capture, ['Ingen belysning', 'Dålig belysning', 'Ingen belysning', 'Stäng fritidsgården'])
    const grouped = await board.core.call('cluster.create', { docId: d, phaseId: capture, stickyIds: [ids[0], ids[1]], title: 'Ljus' })
    await board.core.call('sticky.update', { docId: d, id: ids[3], patch: { happening: true, colour: 'pink' } })

    const first = await board.core.call('sticky.bringIn', { docId: d, ids, toPhaseId: cluster })
    expect(first.skipped).toBe(0)
    expect(first.stickies.map((s) => s.text)).toEqual(['Ingen belysning', 'Dålig belysning', 'Ingen belysning', 'Stäng fritidsgården'])
    expect(first.clusters).toHaveLength(1)
    expect(first.clusters[0]).toMatchObject({ phaseId: cluster, title: 'Ljus', titleCustom: true })
    expect(first.clusters[0].id).not.toBe(grouped.id)
    const data = await board.read()
    expect(textsIn(data, capture, grouped.id)).toEqual(['Ingen belysning', 'Dålig belysning'])
    expect(textsIn(data, cluster, first.clusters[0].id)).toEqual(['Ingen belysning', 'Dålig belysning'])
    expect(textsIn(data, cluster, null)).toEqual(['Ingen belysning', 'Stäng fritidsgården'])
    expect(first.stickies[3]).toMatchObject({ happening: true, colour: 'pink', phaseId: cluster })

    // Twice adds nothing: every text is already here as often as it is brought.
    const second = await board.core.call('sticky.bringIn', { docId: d, ids, toPhaseId: cluster })
    expect(second).toEqual({ stickies: [], clusters: [], skipped: 4 })
    // One undo step removes every copy and the copied cluster.
    await board.core.call('history.undo', { docId: d }) // the second call recorded nothing, so this undoes the first
    const undone = await board.read()
    expect(undone.stickies.filter((s) => s.phaseId === cluster)).toEqual([])
    expect(undone.clusters.map((c) => c.id)).toEqual([grouped.id])
  })

  it('only from earlier phases; hidden notes stay hidden', async () => {
    const board = await freshBoard()
    const d = board.docId
    const capture = board.phase('capture').id
    const cluster = board.phase('cluster').id
    await board.core.call('phase.setSilent', { docId: d, phaseId: capture, silent: true })
    const [secret] = await addNotes(board, capture, ['Ännu inte visad'])
    const [later] = await addNotes(board, cluster, ['Senare'])
    const copied = await board.core.call('sticky.bringIn', { docId: d, ids: [secret], toPhaseId: cluster })
    expect(copied.stickies[0].hidden).toBe(true)
    expect((await failure(board.core, 'sticky.bringIn', { docId: d, ids: [later], toPhaseId: capture })).message).toMatch(/earlier phase/)
    expect((await failure(board.core, 'sticky.bringIn', { docId: d, ids: [later], toPhaseId: cluster })).code).toBe('invalid_input')
  })

  it('later phases work on the nearest earlier phase with notes, so vote and reflection follow the clustering', async () => {
    const board = await freshBoard()
    const capture = board.phase('capture').id
    const cluster = board.phase('cluster').id
    const vote = board.phase('vote').id
    const reflect = board.phase('reflect').id
    let data = await board.read()
    expect(itemsPhaseFor(data, vote)).toBe(vote) // nothing anywhere yet
    await addNotes(board, capture, ['En lapp'])
    data = await board.read()
    expect(itemsPhaseFor(data, vote)).toBe(capture)
    expect(itemsPhaseFor(data, cluster)).toBe(cluster) // a cluster phase owns its board
    const ids = data.stickies.map((s) => s.id)
    await board.core.call('sticky.bringIn', { docId: board.docId, ids, toPhaseId: cluster })
    data = await board.read()
    expect(itemsPhaseFor(data, vote)).toBe(cluster)
    expect(itemsPhaseFor(data, reflect)).toBe(cluster)
  })
})
