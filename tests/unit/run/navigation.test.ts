import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core.ts'
import type { ApiEvent } from '../../../src/shared/api/events.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { failure, firstMeeting, newWorkshop, phasesOfMeeting, read, startCore, TestClock } from './core-helpers.ts'

let core: Core | undefined
afterEach(() => core?.close())

describe('phase navigation', () => {
  it('moves forward and back through the rail without losing notes', async () => {
    const clock = new TestClock()
    core = startCore(tempDir(), clock)
    const { docId } = await newWorkshop(core, 'dystopia')
    const m = firstMeeting(await read(core, docId))

    // Not before the meeting has started: that is where anchoring is checked.
    expect((await failure(core, 'run.next', { docId })).code).toBe('conflict')

    let pos = await core.call('meeting.start', { docId, meetingId: m.id })
    const ids = pos.phases.map((p) => p.id)
    expect(pos.meeting.status).toBe('running')
    expect(pos.workshop.currentPhaseId).toBe(ids[0])
    expect(pos.phases.map((p) => p.state)).toEqual(['active', ...Array(ids.length - 1).fill('pending')])

    pos = await core.call('run.next', { docId })
    const capture = pos.phases[1]
    expect(capture.kind).toBe('capture')
    for (const text of ['Bygga högt och stort', 'Stänga fritidsgårdar', 'Inga papperskorgar']) {
      await core.call('sticky.add', { docId, phaseId: capture.id, text })
    }
    await core.call('run.next', { docId })
    pos = await core.call('run.next', { docId })
    expect(pos.workshop.currentPhaseId).toBe(ids[3])
    expect(pos.phases.map((p) => p.state).slice(0, 5)).toEqual(['done', 'done', 'done', 'active', 'pending'])

    await core.call('run.previous', { docId })
    await core.call('run.previous', { docId })
    pos = await core.call('run.previous', { docId })
    expect(pos.workshop.currentPhaseId).toBe(ids[0])
    expect(pos.phases.map((p) => p.state)).toEqual(['active', ...Array(ids.length - 1).fill('pending')])
    expect((await failure(core, 'run.previous', { docId })).message).toMatch(/first phase/)

    const data = await read(core, docId)
    expect(data.stickies.filter((s) => s.phaseId === capture.id).map((s) => s.text)).toEqual([
      'Bygga högt och stort',
      'Stänga fritidsgårdar',
      'Inga papperskorgar'
    ])
    // Navigation is not a board operation: undo still means the last note.
    expect((await core.call('workshop.get', { docId })).history.undoLabel).toBe('sticky.add')
  })

  it('jumps to any phase, refuses to go past the last, and pauses the timer it leaves', async () => {
    const clock = new TestClock()
    core = startCore(tempDir(), clock)
    const { docId } = await newWorkshop(core, 'dystopia-triz')
    const m = firstMeeting(await read(core, docId))
    const start = await core.call('meeting.start', { docId, meetingId: m.id })
    const [first, , , , last] = start.phases

    await core.call('timer.start', { docId, phaseId: first.id })
    clock.advance(30_000)
    const events: ApiEvent[] = []
    const off = core.subscribe((e) => events.push(e))
    const pos = await core.call('run.goToPhase', { docId, phaseId: last.id })
    off()
    expect(pos.phases.map((p) => p.state)).toEqual(['done', 'done', 'done', 'done', 'active'])
    const left = pos.phases[0]
    expect(left.timerStartedAt).toBeNull()
    expect(left.timerElapsedMs).toBe(30_000)
    // Every open view hears about the move.
    const changed = events.flatMap((e) => (e.type === 'changes' ? e.changes.map((c) => c.entity) : []))
    expect(changed).toContain('workshop')
    expect(changed).toContain('phase')

    expect((await failure(core, 'run.next', { docId })).message).toMatch(/last phase/)
    expect((await failure(core, 'run.goToPhase', { docId, phaseId: 'no-such-phase' })).code).toBe('not_found')
  })

  it('finishes a meeting: all phases done, timers stopped, and going back still works', async () => {
    const clock = new TestClock()
    core = startCore(tempDir(), clock)
    const { docId } = await newWorkshop(core, 'one-two-four-all')
    const m = firstMeeting(await read(core, docId))
    const { phases } = await core.call('meeting.start', { docId, meetingId: m.id })
    await core.call('timer.start', { docId, phaseId: phases[0].id })
    clock.advance(45_000)
    const done = await core.call('meeting.finish', { docId, meetingId: m.id })
    expect(done.meeting.status).toBe('done')
    expect(done.phases.every((p) => p.state === 'done' && p.timerStartedAt === null)).toBe(true)
    expect(done.phases[0].timerElapsedMs).toBe(45_000)

    const back = await core.call('run.goToPhase', { docId, phaseId: phases[2].id })
    expect(back.phases.map((p) => p.state)).toEqual(['done', 'done', 'active', 'pending'])
    expect(phasesOfMeeting(await read(core, docId), m.id)).toHaveLength(4)
  })
})
