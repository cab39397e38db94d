import { useEffect, useRef, useState } from 'react'
import type { TimerFields } from '../../../../shared/run/timer.ts'
import { serverNow } from './clock.ts'

/**
 * Re-render every 250 ms while a timer runs (and not at all while it is paused), calling
 * `onTick(before, after)` with the two moments so thresholds crossed in between are noticed once.
 */
export function useTick(timer: TimerFields | null, onTick: (t: TimerFields, before: number, after: number) => void): number {
  const [, setTick] = useState(0)
  const running = timer?.timerStartedAt != null
  const latest = useRef({ timer, onTick })
  useEffect(() => {
    latest.current = { timer, onTick }
  })
  useEffect(() => {
    if (!running) return
    let before = serverNow()
    const id = window.setInterval(() => {
      const after = serverNow()
      const { timer: t, onTick: fn } = latest.current
      if (t) fn(t, before, after)
      before = after
      setTick((n) => n + 1)
    }, 250)
    return () => window.clearInterval(id)
  }, [running])
  return serverNow()
}
