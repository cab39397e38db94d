import { describe, expect, it } from 'vitest'
import { rankVotes, voteOptions } from '../../../src/shared/board/votes.ts'
import { addNotes, failure, freshBoard, type Board } from './helpers.ts'

/** Clusters in the cluster phase, a vote phase after it: the dystopia exercise's shape. */
async function setup(): Promise<{ board: Board; vote: string; lights: string; youth: string; lone: string; notes: string[] }> {
  const board = await freshBoard()
  const d = board.docId
  const cluster = board.phase('cluster').id
  const notes = await addNotes(board, cluster, ['Ingen belysning', 'Dålig belysning', 'Stäng fritidsgården', 'Stänga fritidsgårdar', 'Strunta i klagomål'])
  const lights = (await board.core.call('cluster.create', { docId: d, phaseId: cluster, stickyIds: [notes[0], notes[1]] })).id
  const youth = (await board.core.call('cluster.create', { docId: d, phaseId: cluster, stickyIds: [notes[2], notes[3]] })).id
  const vote = board.phase('vote').id
  await board.core.call('vote.configure', { docId: d, phaseId: vote, voteTarget: 'cluster', dotsPerParticipant: 3, maxDotsPerItem: 2 })
  return { board, vote, lights, youth, lone: notes[4], notes }
}

describe('dot voting', () => {
  it('a vote phase votes on the clusters of the phase before it, and on notes no cluster took', async () => {
    const { board, vote, lights, youth, lone } = await setup()
    const { options } = await board.core.call('vote.options', { docId: board.docId, phaseId: vote })
    expect(options.map((o) => [o.targetType, o.targetId, o.label])).toEqual([
      ['cluster', lights, 'Belysning'],
      ['cluster', youth, 'Stäng fritidsgården'],
      ['sticky', lone, 'Strunta i klagomål']
    ])
    expect(voteOptions(await board.read(), vote)).toEqual(options)
  })

  it('phones cast within dots per person and dots per item; breaking a limit is a clear conflict', async () => {
    const { board, vote, lights, youth, lone } = await setup()
    const d = board.docId
    const cast = (voter: string, targetType: 'sticky' | 'cluster', targetId: string, delta: 1 | -1 = 1) =>
      board.core.invoke('vote.cast', { docId: d, phaseId: vote, voter, targetType, targetId, delta })
    expect(await cast('phone-a', 'cluster', lights)).toMatchObject({ ok: true, value: { used: 1, remaining: 2 } })
    expect(await cast('phone-a', 'cluster', lights)).toMatchObject({ ok: true, value: { used: 2, remaining: 1 } })
    const perItem = await cast('phone-a', 'cluster', lights)
    expect(perItem).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(!perItem.ok && perItem.error.message).toMatch(/at most 2/)
    expect(await cast('phone-a', 'sticky', lone)).toMatchObject({ ok: true, value: { used: 3, remaining: 0 } })
    const perPerson = await cast('phone-a', 'cluster', youth)
    expect(!perPerson.ok && perPerson.error.message).toMatch(/all your dots are used \(3 per person\)/)
    // Taking one back frees it to move.
    expect(await cast('phone-a', 'cluster', lights, -1)).toMatchObject({ ok: true, value: { used: 2 } })
    expect(await cast('phone-a', 'cluster', youth)).toMatchObject({ ok: true, value: { used: 3 } })
    expect(await cast('phone-b', 'cluster', youth, -1)).toMatchObject({ ok: false, error: { code: 'conflict' } })
    // Another voter has dots of their own; "paper" is not a phone.
    expect(await cast('phone-b', 'cluster', youth)).toMatchObject({ ok: true, value: { used: 1 } })
    expect((await failure(board.core, 'vote.cast', { docId: d, phaseId: vote, voter: 'paper', targetType: 'cluster', targetId: youth, delta: 1 })).code).toBe(
      'invalid_input'
    )
    // Only the items of this vote: a note inside a cluster is not one when voting on clusters.
    const [inCluster] = (await board.read()).stickies.filter((s) => s.clusterId === lights).map((s) => s.id)
    expect((await failure(board.core, 'vote.cast', { docId: d, phaseId: vote, voter: 'phone-c', targetType: 'sticky', targetId: inCluster, delta: 1 })).message).toMatch(
      /not something this phase votes on/
    )
    const mine = await board.core.call('vote.mine', { docId: d, phaseId: vote, voter: 'phone-a' })
    expect(mine).toMatchObject({ used: 3, remaining: 0, dotsPerParticipant: 3, maxDotsPerItem: 2, votesRevealed: false })
    // Phone votes are the participants' acts, not steps in the facilitator's undo: the newest
    // step is still the facilitator's own vote set-up.
    expect((await board.core.call('workshop.get', { docId: d })).history.undoLabel).toBe('vote.configure')
  })

  it('typed paper tallies and phone dots add up; the ranking is sorted with ties in board order', async () => {
    const { board, vote, lights, youth, lone } = await setup()
    const d = board.docId
    await board.core.call('vote.setTally', { docId: d, phaseId: vote, targetType: 'cluster', targetId: youth, count: 4 })
    await board.core.call('vote.setTally', { docId: d, phaseId: vote, targetType: 'sticky', targetId: lone, count: 3 })
    await board.core.call('vote.cast', { docId: d, phaseId: vote, voter: 'p1', targetType: 'sticky', targetId: lone, delta: 1 })
    await board.core.call('vote.setTally', { docId: d, phaseId: vote, targetType: 'cluster', targetId: lights, count: 4 })
    const ranking = rankVotes(await board.read(), vote)
    expect(ranking.map((r) => [r.targetId, r.total, r.paper, r.devices])).toEqual([
      [lights, 4, 4, 0],
      [youth, 4, 4, 0],
      [lone, 4, 3, 1]
    ])
    // Correcting a tally replaces it; 0 clears it.
    await board.core.call('vote.setTally', { docId: d, phaseId: vote, targetType: 'cluster', targetId: lights, count: 1 })
    await board.core.call('vote.setTally', { docId: d, phaseId: vote, targetType: 'cluster', targetId: youth, count: 0 })
    const again = rankVotes(await board.read(), vote)
    expect(again.map((r) => [r.targetId, r.total])).toEqual([
      [lone, 4],
      [lights, 1],
      [youth, 0]
    ])
    expect((await board.read()).votes.filter((v) => v.voter === 'paper')).toHaveLength(2)
    // Each typed tally is an undo step.
    await board.core.call('history.undo', { docId: d })
    expect(rankVotes(await board.read(), vote).find((r) => r.targetId === youth)?.total).toBe(4)
  })

  it('results stay hidden until revealed; revealing closes voting from phones', async () => {
    const { board, vote, lights } = await setup()
    const d = board.docId
    await board.core.call('vote.cast', { docId: d, phaseId: vote, voter: 'p1', targetType: 'cluster', targetId: lights, delta: 1 })
    expect(await board.core.call('vote.results', { docId: d, phaseId: vote })).toEqual({ revealed: false, ranking: [] })
    expect((await board.core.call('vote.reveal', { docId: d, phaseId: vote })).votesRevealed).toBe(true)
    const results = await board.core.call('vote.results', { docId: d, phaseId: vote })
    expect(results.revealed).toBe(true)
    expect(results.ranking[0]).toMatchObject({ targetId: lights, total: 1, label: 'Belysning' })
    const closed = await failure(board.core, 'vote.cast', { docId: d, phaseId: vote, voter: 'p2', targetType: 'cluster', targetId: lights, delta: 1 })
    expect(closed).toMatchObject({ code: 'conflict' })
    expect(closed.message).toMatch(/closed/)
    await board.core.call('vote.hide', { docId: d, phaseId: vote })
    expect(await board.core.call('vote.results', { docId: d, phaseId: vote })).toEqual({ revealed: false, ranking: [] })
  })

  it('reset clears every dot in one undo step; the target type cannot switch under placed dots', async () => {
    const { board, vote, lights, lone } = await setup()
    const d = board.docId
    await board.core.call('vote.setTally', { docId: d, phaseId: vote, targetType: 'cluster', targetId: lights, count: 5 })
    await board.core.call('vote.cast', { docId: d, phaseId: vote, voter: 'p1', targetType: 'sticky', targetId: lone, delta: 1 })
    expect((await failure(board.core, 'vote.configure', { docId: d, phaseId: vote, voteTarget: 'sticky' })).code).toBe('conflict')
    expect(await board.core.call('vote.reset', { docId: d, phaseId: vote })).toEqual({ removed: 2 })
    expect((await board.read()).votes).toEqual([])
    // A phone votes again on the same item before the facilitator undoes the reset: undo must not get stuck.
    await board.core.call('vote.cast', { docId: d, phaseId: vote, voter: 'p1', targetType: 'sticky', targetId: lone, delta: 1 })
    await board.core.call('history.undo', { docId: d })
    const votes = (await board.read()).votes
    expect(votes.map((v) => [v.voter, v.count]).sort()).toEqual([
      ['p1', 1],
      ['paper', 5]
    ])
    expect((await board.core.call('vote.configure', { docId: d, phaseId: vote, dotsPerParticipant: 5 })).dotsPerParticipant).toBe(5)
  })

  it('dots on a note follow it when it is removed, and come back with it on undo', async () => {
    const { board, vote, lone } = await setup()
    const d = board.docId
    await board.core.call('vote.setTally', { docId: d, phaseId: vote, targetType: 'sticky', targetId: lone, count: 2 })
    await board.core.call('sticky.remove', { docId: d, id: lone })
    expect((await board.read()).votes).toEqual([])
    await board.core.call('history.undo', { docId: d })
    expect(rankVotes(await board.read(), vote).find((r) => r.targetId === lone)?.total).toBe(2)
  })
})
