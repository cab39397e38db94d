import type { Phase } from '../domain/entities.ts'

// A phase timer is stored as when it last started plus what had elapsed before, never as a
// ticking count: any view, after any restart, computes the same time from the wall clock.

export type TimerFields = Pick<Phase, 'timerStartedAt' | 'timerElapsedMs' | 'timerDurationMs'>
export type TimerState = 'ok' | 'low' | 'over'

const MINUTE = 60_000

export function isRunning(t: TimerFields): boolean {
  return t.timerStartedAt !== null
}

/** Time used so far; a clock set back below the start counts as no time, not negative time. */
export function elapsedMs(t: TimerFields, now: number): number {
  const running = t.timerStartedAt === null ? 0 : Math.max(0, now - t.timerStartedAt)
  return t.timerElapsedMs + running
}

/** Negative once the time is up: how far over it is. */
export function remainingMs(t: TimerFields, now: number): number {
  return t.timerDurationMs - elapsedMs(t, now)
}

/** A duration of 0 means the phase has no time limit. */
export function hasLimit(t: TimerFields): boolean {
  return t.timerDurationMs > 0
}

/**
 * 'low' in the last minute, or in the last 20% of a phase shorter than five minutes, so a
 * one-minute step does not change colour the moment it starts. 'over' from zero on.
 */
export function timerState(t: TimerFields, now: number): TimerState {
  if (!hasLimit(t)) return 'ok'
  const left = remainingMs(t, now)
  if (left <= 0) return 'over'
  return left <= Math.min(MINUTE, t.timerDurationMs * 0.2) ? 'low' : 'ok'
}

/** True when the time ran out between two ticks of a view: the moment for the gentle sound. */
export function reachedZeroBetween(t: TimerFields, before: number, after: number): boolean {
  return hasLimit(t) && isRunning(t) && remainingMs(t, before) > 0 && remainingMs(t, after) <= 0
}

/** "12:05", "0:09", "-1:30" (over time); whole seconds, rounded up while counting down. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : ''
  const total = ms < 0 ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000)
  const m = Math.floor(total / 60)
  const s = total % 60
  return `${sign}${m}:${String(s).padStart(2, '0')}`
}

// The transitions, shared by the core (which stores them) and tests.

export function startTimer(t: TimerFields, now: number): TimerFields {
  return isRunning(t) ? t : { ...t, timerStartedAt: now }
}

export function pauseTimer(t: TimerFields, now: number): TimerFields {
  if (!isRunning(t)) return t
  return { ...t, timerStartedAt: null, timerElapsedMs: elapsedMs(t, now) }
}

/** Longest a timer can be stretched to; far beyond any meeting. */
export const MAX_TIMER_MS = 24 * 60 * MINUTE

export function addMinute(t: TimerFields): TimerFields {
  return { ...t, timerDurationMs: Math.min(MAX_TIMER_MS, t.timerDurationMs + MINUTE) }
}

/** Back to the phase's planned duration, stopped. */
export function resetTimer(plannedMs: number): TimerFields {
  return { timerStartedAt: null, timerElapsedMs: 0, timerDurationMs: plannedMs }
}
