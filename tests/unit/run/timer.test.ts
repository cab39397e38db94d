import { describe, expect, it } from 'vitest'
import {
  addMinute,
  elapsedMs,
  formatClock,
  isRunning,
  pauseTimer,
  reachedZeroBetween,
  remainingMs,
  resetTimer,
  startTimer,
  timerState,
  type TimerFields
} from '../../../src/shared/run/timer.ts'

const MIN = 60_000
const T0 = 1_750_000_000_000
const fresh = (durationMs: number): TimerFields => ({ timerStartedAt: null, timerElapsedMs: 0, timerDurationMs: durationMs })

describe('phase timer math', () => {
  it('counts from the stored start, not from ticks', () => {
    const t = startTimer(fresh(10 * MIN), T0)
    expect(isRunning(t)).toBe(true)
    expect(remainingMs(t, T0)).toBe(10 * MIN)
    expect(remainingMs(t, T0 + 3 * MIN + 500)).toBe(7 * MIN - 500)
    // Starting again while running changes nothing.
    expect(startTimer(t, T0 + MIN)).toBe(t)
  })

  it('keeps the used time across pause and resume', () => {
    let t = startTimer(fresh(10 * MIN), T0)
    t = pauseTimer(t, T0 + 2 * MIN)
    expect(t).toEqual({ timerStartedAt: null, timerElapsedMs: 2 * MIN, timerDurationMs: 10 * MIN })
    // Paused: the wall clock moving on does not count.
    expect(remainingMs(t, T0 + 60 * MIN)).toBe(8 * MIN)
    t = startTimer(t, T0 + 60 * MIN)
    expect(remainingMs(t, T0 + 61 * MIN)).toBe(7 * MIN)
    expect(elapsedMs(t, T0 + 61 * MIN)).toBe(3 * MIN)
  })

  it('adds a minute and resets to the plan', () => {
    let t = startTimer(fresh(5 * MIN), T0)
    t = addMinute(t)
    expect(remainingMs(t, T0 + MIN)).toBe(5 * MIN)
    expect(resetTimer(5 * MIN)).toEqual(fresh(5 * MIN))
    expect(addMinute({ ...t, timerDurationMs: 24 * 60 * MIN }).timerDurationMs).toBe(24 * 60 * MIN)
  })

  it('turns low in the last minute of a long phase, and over at zero', () => {
    const t = startTimer(fresh(30 * MIN), T0)
    expect(timerState(t, T0 + 28 * MIN)).toBe('ok')
    expect(timerState(t, T0 + 29 * MIN - 1)).toBe('ok')
    expect(timerState(t, T0 + 29 * MIN)).toBe('low')
    expect(timerState(t, T0 + 30 * MIN - 1)).toBe('low')
    expect(timerState(t, T0 + 30 * MIN)).toBe('over')
    expect(remainingMs(t, T0 + 31 * MIN)).toBe(-MIN)
  })

  it('turns low in the last 20% of a short phase, not from its start', () => {
    const t = startTimer(fresh(MIN), T0)
    expect(timerState(t, T0)).toBe('ok')
    expect(timerState(t, T0 + 47_999)).toBe('ok')
    expect(timerState(t, T0 + 48_000)).toBe('low')
  })

  it('treats a zero duration as no limit', () => {
    const t = startTimer(fresh(0), T0)
    expect(timerState(t, T0 + 99 * MIN)).toBe('ok')
    expect(reachedZeroBetween(t, T0, T0 + MIN)).toBe(false)
  })

  it('signals the moment of zero once, for the gentle sound', () => {
    const t = startTimer(fresh(2 * MIN), T0)
    expect(reachedZeroBetween(t, T0 + MIN, T0 + 2 * MIN - 1)).toBe(false)
    expect(reachedZeroBetween(t, T0 + 2 * MIN - 500, T0 + 2 * MIN + 500)).toBe(true)
    expect(reachedZeroBetween(t, T0 + 2 * MIN + 500, T0 + 2 * MIN + 1500)).toBe(false)
    expect(reachedZeroBetween(pauseTimer(t, T0 + MIN), T0 + MIN, T0 + 5 * MIN)).toBe(false)
  })

  it('does not count backwards when the clock is set back', () => {
    const t = startTimer(fresh(5 * MIN), T0)
    expect(remainingMs(t, T0 - 10 * MIN)).toBe(5 * MIN)
  })

  it('formats the clock as m:ss, rounding up while counting down', () => {
    expect(formatClock(12 * MIN + 5_000)).toBe('12:05')
    expect(formatClock(8_200)).toBe('0:09')
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(-90_000)).toBe('-1:30')
    // Just past zero shows as over, so the sign never flickers back.
    expect(formatClock(-400)).toBe('-0:00')
  })
})
