import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core.ts'
import { remainingMs, timerState } from '../../../src/shared/run/timer.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { firstMeeting, newWorkshop, read, startCore, T0, TestClock } from './core-helpers.ts'

const MIN = 60_000
const cores: Core[] = []
afterEach(() => {
  while (cores.length) cores.pop()?.close()
})

function open(dataDir: string, clock: TestClock): Core {
  const core = startCore(dataDir, clock)
  cores.push(core)
  return core
}

describe('phase timer across a restart', () => {
  it('is stored as start time plus duration, so it keeps running while the app is closed', async () => {
    const dataDir = tempDir()
    const clock = new TestClock()
    let core = open(dataDir, clock)
    const { docId, path } = await newWorkshop(core, 'dystopia')
    const m = firstMeeting(await read(core, docId))
    await core.call('meeting.start', { docId, meetingId: m.id })
    const capture = (await core.call('run.next', { docId })).phases[1]
    expect(capture.timerDurationMs).toBe(15 * MIN)

    const started = await core.call('timer.start', { docId, phaseId: capture.id })
    expect(started.timerStartedAt).toBe(T0)
    core.close()

    // Five minutes later, a new process opens the same file.
    clock.advance(5 * MIN)
    core = open(dataDir, clock)
    const reopened = await core.call('library.open', { path })
    let data = await read(core, reopened.docId)
    let phase = data.phases.find((p) => p.id === capture.id)!
    expect(data.workshop.currentPhaseId).toBe(capture.id)
    expect(remainingMs(phase, clock.now())).toBe(10 * MIN)
    clock.advance(9 * MIN + 30_000)
    expect(timerState(phase, clock.now())).toBe('low')

    phase = await core.call('timer.pause', { docId: reopened.docId, phaseId: capture.id })
    expect(phase.timerElapsedMs).toBe(14 * MIN + 30_000)
    core.close()

    // Paused time does not run on while closed.
    clock.advance(60 * MIN)
    core = open(dataDir, clock)
    const again = await core.call('library.open', { path })
    data = await read(core, again.docId)
    phase = data.phases.find((p) => p.id === capture.id)!
    expect(remainingMs(phase, clock.now())).toBe(30_000)

    phase = await core.call('timer.addMinute', { docId: again.docId, phaseId: capture.id })
    expect(remainingMs(phase, clock.now())).toBe(90_000)
    phase = await core.call('timer.start', { docId: again.docId, phaseId: capture.id })
    clock.advance(2 * MIN)
    expect(timerState(phase, clock.now())).toBe('over')
    expect(remainingMs(phase, clock.now())).toBe(-30_000)

    phase = await core.call('timer.reset', { docId: again.docId, phaseId: capture.id })
    expect(phase).toMatchObject({ timerStartedAt: null, timerElapsedMs: 0, timerDurationMs: 15 * MIN })
  })
})
