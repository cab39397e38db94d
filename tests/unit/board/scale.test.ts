import { describe, expect, it } from 'vitest'
import { boardView } from '../../../src/shared/board/view.ts'
import { rankVotes } from '../../../src/shared/board/votes.ts'
import { freshBoard } from './helpers.ts'

// Issue 4 §9: 2,000 notes in 60 clusters. Times are printed for the record, never asserted:
// a shared test machine makes timing assertions flaky, and `npm run bench` owns the budgets.

const WORDS =
  'belysning park gångtunnel skola fritidsgård buss trafik bostad hyra underhåll skräp lekplats bibliotek förening idrott trygghet polis natt ungdom förskola språk praktik butik torg station cykel parkering natur skog vårdcentral socialtjänst nämnd inflytande dialog möte väntetid hiss trappa klotter tvättstuga soprum buller rykte segregation gemenskap mötesplats'.split(
    ' '
  )

describe('a board of 2,000 notes in 60 clusters', () => {
  it('stays workable through the core (measured)', async () => {
    const board = await freshBoard()
    const d = board.docId
    const phaseId = board.phase('cluster').id
    const texts = Array.from({ length: 2000 }, (_, i) => `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} nummer ${i}`)
    const timings: string[] = []
    const time = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
      const t0 = performance.now()
      const r = await fn()
      timings.push(`${what}: ${(performance.now() - t0).toFixed(1)} ms`)
      return r
    }
    const { stickies } = await time('paste 2,000 notes (one call)', () => board.core.call('sticky.addMany', { docId: d, phaseId, texts }))
    const ids = stickies.map((s) => s.id)
    await time('make 60 clusters of 25 notes', async () => {
      for (let c = 0; c < 60; c++) {
        await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: ids.slice(c * 25, c * 25 + 25) })
      }
    })
    const data = await board.read()
    expect(data.clusters).toHaveLength(60)
    const clusters = data.clusters.map((c) => c.id)
    await time('move one note between clusters', () => board.core.call('sticky.move', { docId: d, id: ids[0], clusterId: clusters[59], index: 3 }))
    await time('undo that move', () => board.core.call('history.undo', { docId: d }))
    await time('merge two clusters', () => board.core.call('cluster.merge', { docId: d, sourceId: clusters[1], targetId: clusters[0] }))
    const { suggestions } = await time('grouping suggestions (500 unsorted, 59 clusters)', () => board.core.call('board.suggestions', { docId: d, phaseId }))
    const vote = board.phase('vote').id
    await board.core.call('vote.configure', { docId: d, phaseId: vote, voteTarget: 'cluster' })
    await time('a phone casts one dot', () =>
      board.core.call('vote.cast', { docId: d, phaseId: vote, voter: 'phone', targetType: 'cluster', targetId: clusters[5], delta: 1 })
    )
    const full = await time('read the whole workshop', () => board.read())
    await time('boardView (pure)', async () => boardView(full, phaseId))
    await time('rankVotes (pure)', async () => rankVotes(full, vote))
    console.log(`[board perf]\n  ${timings.join('\n  ')}\n  (${suggestions.length} suggestions)`)
    expect(boardView(full, phaseId).clusters).toHaveLength(59)
  })
})
