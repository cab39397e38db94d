import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core.ts'
import { carryForward } from '../../../src/shared/run/carry-forward.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { failure, newWorkshop, phasesOfMeeting, read, startCore, TestClock } from './core-helpers.ts'

let core: Core | undefined
afterEach(() => core?.close())

async function anchoredCircle(c: Core): Promise<string> {
  const { docId } = await newWorkshop(c, 'ecar-circle', 'Forskarcirkel Alby')
  await c.call('body.add', { docId, name: 'Kultur- och fritidsnämnden', abbreviation: 'KFN', isReceiver: true, answerBy: '2025-12-01' })
  return docId
}

describe('meetings of a circle', () => {
  it('carries the first meeting’s themes and open questions into the second', async () => {
    core = startCore(tempDir())
    const docId = await anchoredCircle(core)
    const data = await read(core, docId)
    const [m1, m2] = [...data.meetings].sort((a, b) => a.position - b.position)
    await core.call('meeting.start', { docId, meetingId: m1.id })
    const cluster = phasesOfMeeting(data, m1.id).find((p) => p.kind === 'cluster')!

    // Clusters belong to the board capability; here they are written straight into the document.
    const doc = core.docs.get(docId)
    doc.store.transact(null, (tx) => {
      ;['Mötesplatser', 'Skolan', 'Språk'].forEach((title, i) =>
        tx.insert('cluster', {
          id: `c${i}`,
          phaseId: cluster.id,
          title,
          titleCustom: true,
          position: i + 1,
          collapsed: false,
          happening: false,
          createdAt: 0
        })
      )
    })
    const open = await core.call('question.add', { docId, meetingId: m1.id, text: 'Vem bestämmer öppettiderna på fritidsgården?' })
    const closed = await core.call('question.add', { docId, meetingId: m1.id, text: 'Finns det tolk på biblioteket?' })
    await core.call('question.update', { docId, id: closed.id, patch: { resolved: true } })
    expect((await failure(core, 'question.add', { docId, meetingId: m1.id, text: ' \u0007 ' })).code).toBe('invalid_input')
    await core.call('meeting.finish', { docId, meetingId: m1.id })

    const pos = await core.call('meeting.start', { docId, meetingId: m2.id })
    expect(pos.workshop.currentMeetingId).toBe(m2.id)
    const carried = carryForward(await read(core, docId), m2.id)
    expect(carried.themes.map((t) => t.title)).toEqual(['Mötesplatser', 'Skolan', 'Språk'])
    expect(carried.questions.map((q) => q.id)).toEqual([open.id])

    // Resolved in the second meeting: it stops carrying forward.
    await core.call('question.update', { docId, id: open.id, patch: { resolved: true } })
    const m3 = [...(await read(core, docId)).meetings].sort((a, b) => a.position - b.position)[2]
    expect(carryForward(await read(core, docId), m3.id).questions).toEqual([])
  })

  it('adds meetings from the method or a general one, in place, with dates', async () => {
    core = startCore(tempDir())
    const docId = await anchoredCircle(core)
    const before = [...(await read(core, docId)).meetings].sort((a, b) => a.position - b.position)

    // Another round of experiences, between the third and the fourth meeting.
    const extra = await core.call('meeting.add', { docId, templateMeetingIndex: 2, afterMeetingId: before[2].id, date: '2025-10-07' })
    expect(extra.meeting.title).toBe('Erfarenheter och egna undersökningar')
    expect(extra.meeting.date).toBe('2025-10-07')
    expect(extra.phases.map((p) => p.kind)).toEqual(['inform', 'inform', 'capture', 'cluster', 'free_notes'])
    const order = [...(await read(core, docId)).meetings].sort((a, b) => a.position - b.position).map((m) => m.id)
    expect(order.indexOf(extra.meeting.id)).toBe(3)

    const general = await core.call('meeting.add', { docId, title: '  Extramöte  ' })
    expect(general.meeting.title).toBe('Extramöte')
    expect(general.phases[0].title).toBe('Återblick')
    const numbered = await core.call('meeting.add', { docId })
    expect(numbered.meeting.title).toBe(`Möte ${before.length + 3}`)

    expect((await failure(core, 'meeting.add', { docId, templateMeetingIndex: 30 })).message).toMatch(/templateMeetingIndex/)

    const updated = await core.call('meeting.update', {
      docId,
      id: general.meeting.id,
      patch: { date: '2025-11-04', place: 'Alby bibliotek', participantCount: 9 }
    })
    expect(updated).toMatchObject({ date: '2025-11-04', place: 'Alby bibliotek', participantCount: 9, status: 'planned' })
    // Adding a meeting is a board operation: undo takes it away again, with its phases.
    await core.call('history.undo', { docId })
    await core.call('history.undo', { docId })
    const after = await read(core, docId)
    expect(after.meetings.find((m) => m.id === numbered.meeting.id)).toBeUndefined()
    expect(after.phases.some((p) => p.meetingId === numbered.meeting.id)).toBe(false)
  })

  it('removes a meeting the room is in by moving the room to its neighbour', async () => {
    core = startCore(tempDir())
    const { docId } = await newWorkshop(core, 'dystopia')
    const second = await core.call('meeting.add', { docId })
    const first = (await read(core, docId)).meetings.find((m) => m.id !== second.meeting.id)!
    await core.call('meeting.start', { docId, meetingId: first.id })
    await core.call('meeting.remove', { docId, id: first.id })
    const data = await read(core, docId)
    expect(data.workshop.currentMeetingId).toBe(second.meeting.id)
    expect(data.workshop.currentPhaseId).toBe(second.phases[0].id)
    expect((await failure(core, 'meeting.remove', { docId, id: second.meeting.id })).message).toMatch(/at least one meeting/)
  })
})

describe('adapting the phases of a running meeting', () => {
  it('adds, edits, reorders and removes phases; removal is undoable with its notes', async () => {
    const clock = new TestClock()
    core = startCore(tempDir(), clock)
    const { docId } = await newWorkshop(core, 'kj-affinity')
    const meetingId = (await read(core, docId)).meetings[0].id
    await core.call('meeting.start', { docId, meetingId })
    const pos = await core.call('run.next', { docId })
    const [focus, label, group, relate] = pos.phases

    const vote = await core.call('phase.add', { docId, meetingId, kind: 'vote', afterPhaseId: group.id, prompt: 'Vilka grupper är viktigast?' })
    expect(vote).toMatchObject({ title: 'Rösta', state: 'pending', durationSec: 480, timerDurationMs: 480_000 })
    const intro = await core.call('phase.add', { docId, meetingId, kind: 'inform', afterPhaseId: null, title: 'Välkomna' })
    // Inserted before where the room is, so it shows as behind us.
    expect(intro.state).toBe('done')
    let rail = phasesOfMeeting(await read(core, docId), meetingId).map((p) => p.id)
    expect(rail).toEqual([intro.id, focus.id, label.id, group.id, vote.id, relate.id])

    const edited = await core.call('phase.update', { docId, id: vote.id, patch: { durationSec: 300, title: ' Prickar\u0000 ' } })
    expect(edited).toMatchObject({ title: 'Prickar', durationSec: 300, timerDurationMs: 300_000 })

    const reordered = await core.call('phase.reorder', { docId, meetingId, phaseIds: [focus.id, intro.id, label.id, vote.id, group.id, relate.id] })
    expect(reordered.map((p) => p.id)).toEqual([focus.id, intro.id, label.id, vote.id, group.id, relate.id])
    expect(reordered.map((p) => p.state)).toEqual(['done', 'done', 'active', 'pending', 'pending', 'pending'])
    expect((await failure(core, 'phase.reorder', { docId, meetingId, phaseIds: [focus.id, intro.id] })).code).toBe('invalid_input')

    await core.call('sticky.add', { docId, phaseId: label.id, text: 'Lång väg till skolan' })
    await core.call('phase.remove', { docId, id: label.id })
    let data = await read(core, docId)
    expect(data.workshop.currentPhaseId).toBe(vote.id)
    expect(data.phases.find((p) => p.id === vote.id)?.state).toBe('active')
    expect(data.stickies).toHaveLength(0)

    await core.call('history.undo', { docId })
    data = await read(core, docId)
    expect(data.stickies.map((s) => s.text)).toEqual(['Lång väg till skolan'])
    expect(data.workshop.currentPhaseId).toBe(label.id)
    rail = phasesOfMeeting(data, meetingId).map((p) => p.id)
    expect(rail).toContain(label.id)
  })

  it('lets the set-up switch method until something has happened', async () => {
    core = startCore(tempDir())
    const { docId } = await newWorkshop(core, 'dystopia')
    const applied = await core.call('method.apply', { docId, methodId: 'ecar-circle' })
    expect(applied.workshop.methodId).toBe('ecar-circle')
    expect(applied.meetings.length).toBeGreaterThan(5)
    const data = await read(core, docId)
    expect(data.meetings).toHaveLength(applied.meetings.length)
    expect(data.workshop.currentPhaseId).toBe(phasesOfMeeting(data, applied.meetings[0].id)[0].id)

    await core.call('method.apply', { docId, methodId: 'dystopia' })
    const d = await read(core, docId)
    await core.call('meeting.start', { docId, meetingId: d.meetings[0].id })
    expect((await failure(core, 'method.apply', { docId, methodId: 'world-cafe' })).code).toBe('conflict')
    expect((await failure(core, 'method.apply', { docId, methodId: 'no-such' })).code).toBe('invalid_input')
  })
})
