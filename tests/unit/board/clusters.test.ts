import { describe, expect, it } from 'vitest'
import { addNotes, failure, freshBoard, snapshot, textsIn, type Board } from './helpers.ts'

const NOTES = [
  'otrygga gångtunnlar', // 0
  'gångtunnlarna känns otrygga', // 1
  'Ingen belysning i parken', // 2
  'Dålig belysning på gångvägar', // 3
  'Stänga fritidsgårdar och skolor', // 4
  'Stäng fritidsgården' // 5
]

async function setup(): Promise<{ board: Board; phaseId: string; ids: string[] }> {
  const board = await freshBoard()
  const phaseId = board.phase('cluster').id
  const ids = await addNotes(board, phaseId, NOTES)
  return { board, phaseId, ids }
}

/** Run `op`, check it changed something, undo it and prove the document is exactly as before; redo and prove it is exactly as after. */
async function undoRestoresExactly(board: Board, label: string, op: () => Promise<unknown>): Promise<void> {
  const before = await snapshot(board)
  await op()
  const after = await snapshot(board)
  expect(after).not.toEqual(before)
  const { history } = await board.core.call('workshop.get', { docId: board.docId })
  expect(history.undoLabel).toBe(label)
  await board.core.call('history.undo', { docId: board.docId })
  expect(await snapshot(board)).toEqual(before)
  await board.core.call('history.redo', { docId: board.docId })
  expect(await snapshot(board)).toEqual(after)
}

describe('clusters', () => {
  it('dropping a note on a note makes a cluster titled from the words they share', async () => {
    const { board, phaseId, ids } = await setup()
    const cluster = await board.core.call('cluster.create', { docId: board.docId, phaseId, stickyIds: [ids[0], ids[1]] })
    expect(cluster.title).toBe('Otrygga gångtunnlar')
    expect(cluster.titleCustom).toBe(false)
    const data = await board.read()
    expect(textsIn(data, phaseId, cluster.id)).toEqual([NOTES[0], NOTES[1]])
    expect(textsIn(data, phaseId, null)).toEqual(NOTES.slice(2))
  })

  it('create, rename, merge, split, dissolve, reorder and collapse are each one undo step that restores exactly', async () => {
    const { board, phaseId, ids } = await setup()
    const d = board.docId
    await undoRestoresExactly(board, 'cluster.create', () => board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[0], ids[1]] }))
    const a = (await board.read()).clusters[0]
    const b = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[2], ids[3]] })
    const c = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[4]] })
    await undoRestoresExactly(board, 'cluster.rename', () => board.core.call('cluster.rename', { docId: d, id: a.id, title: 'Trygghet' }))
    await undoRestoresExactly(board, 'cluster.merge', () => board.core.call('cluster.merge', { docId: d, sourceId: b.id, targetId: a.id }))
    await board.core.call('history.undo', { docId: d }) // b again, for the next steps
    await undoRestoresExactly(board, 'cluster.split', () => board.core.call('cluster.split', { docId: d, id: b.id, stickyIds: [ids[3]] }))
    await undoRestoresExactly(board, 'cluster.dissolve', () => board.core.call('cluster.dissolve', { docId: d, id: b.id }))
    await undoRestoresExactly(board, 'cluster.reorder', () => board.core.call('cluster.reorder', { docId: d, id: c.id, beforeId: a.id }))
    await undoRestoresExactly(board, 'cluster.setCollapsed', () => board.core.call('cluster.setCollapsed', { docId: d, id: c.id, collapsed: true }))
    await undoRestoresExactly(board, 'sticky.move', () => board.core.call('sticky.move', { docId: d, id: ids[5], clusterId: c.id }))
  })

  it('merge moves notes, countermeasures and dots into the target and keeps a typed title', async () => {
    const { board, phaseId, ids } = await setup()
    const d = board.docId
    const a = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[0], ids[1]] })
    const b = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[2], ids[3]], title: 'Mörker' })
    const cm = await board.core.call('countermeasure.add', { docId: d, targetType: 'cluster', targetId: b.id, text: 'Byt lampor' })
    const vote = board.phase('vote').id
    await board.core.call('vote.configure', { docId: d, phaseId: vote, voteTarget: 'cluster' })
    await board.core.call('vote.setTally', { docId: d, phaseId: vote, targetType: 'cluster', targetId: a.id, count: 2 })
    await board.core.call('vote.setTally', { docId: d, phaseId: vote, targetType: 'cluster', targetId: b.id, count: 3 })
    await board.core.call('board.setHappening', { docId: d, targetType: 'cluster', id: b.id, happening: true })
    const merged = await board.core.call('cluster.merge', { docId: d, sourceId: b.id, targetId: a.id })
    expect(merged.title).toBe('Mörker')
    expect(merged.titleCustom).toBe(true)
    expect(merged.happening).toBe(true)
    const data = await board.read()
    expect(data.clusters.map((c) => c.id)).toEqual([a.id])
    expect(textsIn(data, phaseId, a.id)).toEqual([NOTES[0], NOTES[1], NOTES[2], NOTES[3]])
    expect(data.countermeasures).toEqual([{ ...cm, clusterId: a.id, position: 1 }])
    expect(data.votes.map((v) => [v.targetId, v.voter, v.count])).toEqual([[a.id, 'paper', 5]])
  })

  it('split moves the chosen notes into a new cluster right after, each titled from its own notes', async () => {
    const { board, phaseId, ids } = await setup()
    const d = board.docId
    const all = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[0], ids[2], ids[1], ids[3]] })
    const last = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[4], ids[5]] })
    const split = await board.core.call('cluster.split', { docId: d, id: all.id, stickyIds: [ids[3], ids[2]] })
    const data = await board.read()
    expect(data.clusters.map((c) => c.id)).toEqual([all.id, split.id, last.id])
    expect(textsIn(data, phaseId, split.id)).toEqual([NOTES[2], NOTES[3]])
    expect(split.title).toBe('Belysning')
    expect(data.clusters[0].title).toBe('Otrygga gångtunnlar')
    const err = await failure(board.core, 'cluster.split', { docId: d, id: all.id, stickyIds: [ids[0], ids[1]] })
    expect(err.code).toBe('invalid_input')
    expect(err.message).toMatch(/leave at least one note/)
  })

  it('dissolve puts the notes back at the end of unsorted and removes the cluster', async () => {
    const { board, phaseId, ids } = await setup()
    const c = await board.core.call('cluster.create', { docId: board.docId, phaseId, stickyIds: [ids[1], ids[0]] })
    await board.core.call('cluster.dissolve', { docId: board.docId, id: c.id })
    const data = await board.read()
    expect(data.clusters).toEqual([])
    expect(textsIn(data, phaseId, null)).toEqual([...NOTES.slice(2), NOTES[1], NOTES[0]])
  })

  it('moves notes between clusters, back to unsorted and within a list; an emptied cluster goes', async () => {
    const { board, phaseId, ids } = await setup()
    const d = board.docId
    const a = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[0]] })
    const b = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[2], ids[3]] })
    await board.core.call('sticky.move', { docId: d, id: ids[1], clusterId: b.id, beforeId: ids[3] })
    expect(textsIn(await board.read(), phaseId, b.id)).toEqual([NOTES[2], NOTES[1], NOTES[3]])
    await board.core.call('sticky.move', { docId: d, id: ids[3], clusterId: b.id, index: 0 })
    expect(textsIn(await board.read(), phaseId, b.id)).toEqual([NOTES[3], NOTES[2], NOTES[1]])
    await board.core.call('sticky.move', { docId: d, id: ids[0], clusterId: b.id })
    let data = await board.read()
    expect(data.clusters.map((c) => c.id)).toEqual([b.id]) // a had nothing else, so it went
    await board.core.call('sticky.move', { docId: d, id: ids[2], clusterId: null, beforeId: ids[4] })
    data = await board.read()
    expect(textsIn(data, phaseId, null)).toEqual([NOTES[2], NOTES[4], NOTES[5]])
    expect(a.id).not.toBe(b.id)
    // Moving a note to where it already is changes nothing, so it leaves no undo step.
    const before = (await board.core.call('workshop.get', { docId: d })).history
    await board.core.call('sticky.move', { docId: d, id: ids[4], clusterId: null, index: 1 })
    expect((await board.core.call('workshop.get', { docId: d })).history).toEqual(before)
  })

  it('keeps order stable through many moves into the same gap (positions renumber when they get too close)', async () => {
    const { board, phaseId, ids } = await setup()
    const d = board.docId
    // Always insert before the same note: the gap halves each time until a renumber is needed.
    for (let i = 0; i < 60; i++) {
      const mover = i % 2 === 0 ? ids[4] : ids[5]
      await board.core.call('sticky.move', { docId: d, id: mover, clusterId: null, beforeId: ids[1] })
    }
    const texts = textsIn(await board.read(), phaseId, null)
    expect(texts.slice(0, 4)).toEqual([NOTES[0], NOTES[4], NOTES[5], NOTES[1]])
    expect(new Set((await board.read()).stickies.map((s) => s.position)).size).toBe(NOTES.length)
  })

  it('a typed title is never overwritten; clearing it hands the title back to the notes', async () => {
    const { board, phaseId, ids } = await setup()
    const d = board.docId
    const c = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[2]], title: '  Ljus  ' })
    expect(c.title).toBe('Ljus')
    await board.core.call('sticky.move', { docId: d, id: ids[3], clusterId: c.id })
    await board.core.call('sticky.update', { docId: d, id: ids[3], patch: { text: 'Belysning saknas helt' } })
    expect((await board.read()).clusters[0].title).toBe('Ljus')
    const cleared = await board.core.call('cluster.rename', { docId: d, id: c.id, title: '' })
    expect(cleared).toMatchObject({ title: 'Belysning', titleCustom: false })
    // Automatic titles follow the notes.
    await board.core.call('sticky.update', { docId: d, id: ids[3], patch: { text: 'Parken är mörk' } })
    expect((await board.read()).clusters[0].title).toBe('Parken')
  })

  it('refuses clusters across phases and notes named twice, with clear errors', async () => {
    const { board, phaseId, ids } = await setup()
    const d = board.docId
    const [other] = await addNotes(board, board.phase('capture').id, ['annan fas'])
    expect((await failure(board.core, 'cluster.create', { docId: d, phaseId, stickyIds: [ids[0], other] })).message).toMatch(/another phase/)
    expect((await failure(board.core, 'cluster.create', { docId: d, phaseId, stickyIds: [ids[0], ids[0]] })).code).toBe('invalid_input')
    expect((await failure(board.core, 'cluster.create', { docId: d, phaseId, stickyIds: [] })).code).toBe('invalid_input')
    expect((await failure(board.core, 'cluster.merge', { docId: d, sourceId: 'nope', targetId: 'nada' })).code).toBe('not_found')
    const c = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[0]] })
    expect((await failure(board.core, 'sticky.move', { docId: d, id: other, clusterId: c.id })).message).toMatch(/another phase/)
  })

  it('collapse all folds every cluster in one undo step', async () => {
    const { board, phaseId, ids } = await setup()
    const d = board.docId
    await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[0]] })
    await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[2]] })
    expect(await board.core.call('cluster.setAllCollapsed', { docId: d, phaseId, collapsed: true })).toEqual({ changed: 2 })
    expect((await board.read()).clusters.every((c) => c.collapsed)).toBe(true)
    await board.core.call('history.undo', { docId: d })
    expect((await board.read()).clusters.every((c) => !c.collapsed)).toBe(true)
  })

  it('paste makes one note per line in one undo step, skipping blank lines', async () => {
    const board = await freshBoard()
    const phaseId = board.phase('capture').id
    const { stickies } = await board.core.call('sticky.addMany', {
      docId: board.docId,
      phaseId,
      texts: ['Skräpigt', '   ', 'Inga papperskorgar\u0007'],
      colour: 'pink'
    })
    expect(stickies.map((s) => [s.text, s.colour])).toEqual([
      ['Skräpigt', 'pink'],
      ['Inga papperskorgar', 'pink']
    ])
    await board.core.call('history.undo', { docId: board.docId })
    expect((await board.read()).stickies).toEqual([])
    expect((await failure(board.core, 'sticky.addMany', { docId: board.docId, phaseId, texts: [' ', ''] })).message).toMatch(/empty/)
  })

  it('removing several notes is one undo step and takes their countermeasures along', async () => {
    const { board, ids } = await setup()
    const d = board.docId
    await board.core.call('countermeasure.add', { docId: d, targetType: 'sticky', targetId: ids[0], text: 'Lampor' })
    const before = await snapshot(board)
    await board.core.call('sticky.removeMany', { docId: d, ids: [ids[0], ids[1]] })
    const after = await board.read()
    expect(after.stickies).toHaveLength(NOTES.length - 2)
    expect(after.countermeasures).toEqual([])
    await board.core.call('history.undo', { docId: d })
    expect(await snapshot(board)).toEqual(before)
  })
})
