import { describe, expect, it } from 'vitest'
import { boardView } from '../../../src/shared/board/view.ts'
import { addNotes, freshBoard } from './helpers.ts'

describe('silent writing and reveal', () => {
  it('keeps new notes hidden while the phase is silent and reveals them together in one undo step', async () => {
    const board = await freshBoard()
    const d = board.docId
    const phaseId = board.phase('capture').id
    const [early] = await addNotes(board, phaseId, ['Skrivet före tystnaden'])
    const phase = await board.core.call('phase.setSilent', { docId: d, phaseId, silent: true })
    expect(phase.silent).toBe(true)
    await addNotes(board, phaseId, ['Tyst lapp ett', 'Tyst lapp två'])
    const single = await board.core.call('sticky.add', { docId: d, phaseId, text: 'Tyst lapp tre' })
    expect(single.hidden).toBe(true)
    const shownAnyway = await board.core.call('sticky.add', { docId: d, phaseId, text: 'Synlig ändå', hidden: false })
    expect(shownAnyway.hidden).toBe(false)

    let data = await board.read()
    const projector = boardView(data, phaseId, { includeHidden: false })
    expect(projector.unsorted.map((s) => s.text)).toEqual(['Skrivet före tystnaden', 'Synlig ändå'])
    expect(boardView(data, phaseId).unsorted).toHaveLength(5)
    expect(data.stickies.find((s) => s.id === early)?.hidden).toBe(false)

    expect(await board.core.call('board.reveal', { docId: d, phaseId })).toEqual({ revealed: 3 })
    data = await board.read()
    expect(data.stickies.every((s) => !s.hidden)).toBe(true)
    const { history } = await board.core.call('workshop.get', { docId: d })
    expect(history.undoLabel).toBe('board.reveal')
    await board.core.call('history.undo', { docId: d })
    expect((await board.read()).stickies.filter((s) => s.hidden).map((s) => s.text)).toEqual(['Tyst lapp ett', 'Tyst lapp två', 'Tyst lapp tre'])
  })

  it('an automatic cluster title never shows words of a hidden note', async () => {
    const board = await freshBoard()
    const d = board.docId
    const phaseId = board.phase('cluster').id
    const [visible] = await addNotes(board, phaseId, ['Stäng fritidsgården'])
    await board.core.call('phase.setSilent', { docId: d, phaseId, silent: true })
    const [secret] = await addNotes(board, phaseId, ['Hemlig hemlig fritidsgården'])
    const c = await board.core.call('cluster.create', { docId: d, phaseId, stickyIds: [secret, visible] })
    expect(c.title).toBe('Stäng fritidsgården')
    await board.core.call('board.reveal', { docId: d, phaseId })
    expect((await board.read()).clusters[0].title).toBe('Fritidsgården')
  })
})
