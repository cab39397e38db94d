import { describe, expect, it } from 'vitest'
import { addNotes, failure, freshBoard, textsIn } from './helpers.ts'

const NOTES = [
  'otrygga gångtunnlar',
  'gångtunnlarna känns otrygga',
  'Ingen belysning i parken',
  'Dålig belysning på gångvägar',
  'Bygga högt och stort',
  'Strunta i oegentligheter'
]

describe('grouping suggestions', () => {
  it('proposes alike notes, regroups nothing by itself, and accepting makes one undoable cluster', async () => {
    const board = await freshBoard()
    const d = board.docId
    const phaseId = board.phase('cluster').id
    const ids = await addNotes(board, phaseId, NOTES)
    const before = await board.read()
    const { suggestions } = await board.core.call('board.suggestions', { docId: d, phaseId })
    expect(suggestions.map((s) => [...s.stickyIds].sort())).toEqual([[ids[0], ids[1]].sort(), [ids[2], ids[3]].sort()])
    expect(suggestions[0]).toMatchObject({ clusterId: null, sharedTerms: ['otrygga', 'gångtunnlar'] })
    expect(suggestions[0].score).toBeGreaterThan(suggestions[1].score)
    // Asking changed nothing.
    expect(await board.read()).toEqual(before)

    const cluster = await board.core.call('board.acceptSuggestion', { docId: d, key: suggestions[1].key, stickyIds: suggestions[1].stickyIds })
    expect(cluster.title).toBe('Belysning')
    expect(textsIn(await board.read(), phaseId, cluster.id).sort()).toEqual([NOTES[2], NOTES[3]].sort())
    // The other suggestion is still offered; the accepted one is not.
    const after = await board.core.call('board.suggestions', { docId: d, phaseId })
    expect(after.suggestions.map((s) => s.key)).toEqual([suggestions[0].key])
    await board.core.call('history.undo', { docId: d })
    expect((await board.read()).clusters).toEqual([])
  })

  it('a dismissed suggestion is not offered again, until the dismissal is undone', async () => {
    const board = await freshBoard()
    const d = board.docId
    const phaseId = board.phase('cluster').id
    await addNotes(board, phaseId, NOTES)
    const first = (await board.core.call('board.suggestions', { docId: d, phaseId })).suggestions
    await board.core.call('board.dismissSuggestion', { docId: d, key: first[0].key })
    await board.core.call('board.dismissSuggestion', { docId: d, key: first[0].key }) // twice is harmless
    expect((await board.read()).dismissals.map((x) => x.id)).toEqual([first[0].key])
    const second = (await board.core.call('board.suggestions', { docId: d, phaseId })).suggestions
    expect(second.map((s) => s.key)).toEqual([first[1].key])
    // Still dismissed after more notes arrive elsewhere on the board.
    await addNotes(board, phaseId, ['Stäng fritidsgården'])
    expect((await board.core.call('board.suggestions', { docId: d, phaseId })).suggestions.map((s) => s.key)).not.toContain(first[0].key)
    expect((await board.core.call('workshop.get', { docId: d })).history.undoLabel).toBe('sticky.addMany')
    await board.core.call('history.undo', { docId: d })
    expect((await board.core.call('workshop.get', { docId: d })).history.undoLabel).toBe('board.dismissSuggestion')
    await board.core.call('history.undo', { docId: d })
    expect((await board.core.call('board.suggestions', { docId: d, phaseId })).suggestions.map((s) => s.key)).toEqual(first.map((s) => s.key))
  })

  it('an unsorted note that reads like an existing cluster is proposed for that cluster', async () => {
    const board = await freshBoard()
    const d = board.docId
    const phaseId = board.phase('cluster').id
    const ids = await addNotes(board, phaseId, [...NOTES, 'Gångtunneln under vägen är otrygg på kvällen'])
    const c = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [ids[0], ids[1]] })
    const { suggestions } = await board.core.call('board.suggestions', { docId: d, phaseId })
    const join = suggestions.find((s) => s.clusterId === c.id)
    expect(join?.stickyIds).toEqual([ids[6]])
    if (!join) throw new Error('no suggestion for the cluster')
    await board.core.call('board.acceptSuggestion', { docId: d, key: join.key, stickyIds: join.stickyIds, clusterId: join.clusterId })
    expect(textsIn(await board.read(), phaseId, c.id)).toEqual([NOTES[0], NOTES[1], 'Gångtunneln under vägen är otrygg på kvällen'])
    // Notes already in clusters are never proposed to move; the lighting pair still is.
    const rest = (await board.core.call('board.suggestions', { docId: d, phaseId })).suggestions
    expect(rest.map((s) => s.clusterId)).toEqual([null])
  })

  it('hidden notes are not grouped, and accepting checks its notes', async () => {
    const board = await freshBoard()
    const d = board.docId
    const phaseId = board.phase('cluster').id
    await board.core.call('phase.setSilent', { docId: d, phaseId, silent: true })
    await addNotes(board, phaseId, NOTES)
    expect((await board.core.call('board.suggestions', { docId: d, phaseId })).suggestions).toEqual([])
    expect((await failure(board.core, 'board.acceptSuggestion', { docId: d, key: 'sg-x', stickyIds: ['nope'] })).code).toBe('not_found')
  })
})
