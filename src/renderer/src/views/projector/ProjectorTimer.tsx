import { useEffect, useState } from 'react'
import { formatClock, hasLimit, isRunning, remainingMs, timerState, type TimerFields } from '../../../../shared/run/timer.ts'
import type { ProjectorPhase } from '../../../../shared/projector/schema.ts'
import type { ScreenT } from './screenText.ts'

/** Re-render four times a second while the clock runs; a paused clock costs nothing. */
function useNow(running: boolean, skewMs: number): number {
  const [, setTick] = useState(0)
  useEffect(() => {
    if (!running) return
    const id = window.setInterval(() => setTick((n) => n + 1), 250)
    return () => window.clearInterval(id)
  }, [running])
  return Date.now() + skewMs
}

/**
 * The phase's time for the room, ticked here from the stored clock (never a count sent every
 * second). `skewMs` is the core's clock minus this machine's, from the view's serverTime, so a
 * projector on another computer counts the same seconds. Its state is in words as well as colour.
 */
export function ProjectorTimer({ timer, skewMs, t }: { timer: ProjectorPhase['timer']; skewMs: number; t: ScreenT }): React.JSX.Element | null {
  const fields: TimerFields = { timerStartedAt: timer.startedAt, timerElapsedMs: timer.elapsedMs, timerDurationMs: timer.durationMs }
  const running = isRunning(fields)
  const now = useNow(running, skewMs)
  if (!hasLimit(fields)) return null
  const left = remainingMs(fields, now)
  const state = timerState(fields, now)
  const untouched = !running && timer.elapsedMs === 0
  const word =
    state === 'over' ? t('projector.timer.over') : state === 'low' ? t('projector.timer.low') : untouched ? t('projector.timer.notStarted') : !running ? t('projector.timer.paused') : null
  const clock = formatClock(Math.max(0, left))
  return (
    <div className={`pj-timer pj-timer--${state}${running ? '' : ' pj-timer--stopped'}`} data-state={state} data-running={running}>
      <span className="pj-timer__clock" role="timer" aria-label={t('projector.timer.label', { time: clock })}>
        {clock}
      </span>
      {word && <span className="pj-timer__word">{word}</span>}
    </div>
  )
}
