import type { Phase } from '../../../../shared/domain/entities.ts'
import {
  elapsedMs,
  formatClock,
  hasLimit,
  isRunning,
  reachedZeroBetween,
  remainingMs,
  timerState,
  type TimerFields
} from '../../../../shared/run/timer.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { addTimerMinute, resetTimer, toggleTimer } from './actions.ts'
import { ShortcutHint, useShortcutText } from './ShortcutHint.tsx'
import { playChime, setSoundEnabled, useSoundEnabled } from './sound.ts'
import { useTick } from './useTick.ts'

const MINUTE = 60_000

/** The moment a running timer passes one minute left, so it is announced once. */
function crossedLastMinute(t: TimerFields, before: number, after: number): boolean {
  return hasLimit(t) && t.timerDurationMs > MINUTE && remainingMs(t, before) > MINUTE && remainingMs(t, after) <= MINUTE
}

type Shown = 'idle' | 'paused' | 'ok' | 'low' | 'over'

/**
 * The phase's time, for the facilitator: large, with its state in words as well as colour. It is
 * computed from the stored start time, so it is right in every view and after a restart.
 */
export function Timer({ docId, phase }: { docId: string; phase: Phase }): React.JSX.Element {
  const { t } = useTranslation()
  const announce = useAppStore((s) => s.announce)
  const pushToast = useAppStore((s) => s.pushToast)
  const sound = useSoundEnabled()
  const shortcut = useShortcutText()
  const now = useTick(phase, (timer, before, after) => {
    if (crossedLastMinute(timer, before, after)) announce(t('run.timer.announceMinute'))
    if (reachedZeroBetween(timer, before, after)) {
      announce(t('run.timer.announceZero'))
      playChime()
    }
  })

  const running = isRunning(phase)
  const limited = hasLimit(phase)
  const left = remainingMs(phase, now)
  const used = elapsedMs(phase, now)
  const state = timerState(phase, now)
  const untouched = !running && phase.timerElapsedMs === 0
  // Colour follows the time left; the words also say whether the clock is moving at all.
  const shown: Shown = untouched ? 'idle' : !running && state !== 'over' ? 'paused' : state
  const stateText = limited && state === 'over' ? t('run.timer.overBy', { time: formatClock(-left).replace('-', '') }) : t(`run.timer.state.${shown}`)
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })
  const minutes = Math.round(phase.timerDurationMs / MINUTE)

  return (
    <section
      className={`timer timer--${limited ? state : 'ok'}${running ? ' timer--running' : ''}`}
      aria-labelledby="timer-heading"
      data-state={limited ? state : 'ok'}
      data-running={running}
    >
      <h3 id="timer-heading" className="timer__heading">
        {t('run.timer.heading')}
      </h3>
      <p className="timer__readout">
        <span
          className="timer__clock"
          role="timer"
          aria-label={limited ? (left < 0 ? stateText : t('run.timer.clockLabel', { time: formatClock(left) })) : undefined}
        >
          {formatClock(limited ? left : used)}
        </span>
        <span className="timer__of">{limited ? t('run.timer.of', { minutes }) : t('run.timer.elapsed')}</span>
      </p>
      <p className="timer__state" data-shown={shown}>
        <span className="timer__dot" aria-hidden="true" />
        {limited ? stateText : t('run.timer.noLimit')}
      </p>
      <div className="timer__buttons">
        <button
          type="button"
          className="button button--primary timer__toggle"
          aria-keyshortcuts="T"
          onClick={() => void toggleTimer(docId, phase).catch(fail)}
        >
          {running ? t('run.timer.pause') : untouched ? t('run.timer.start') : t('run.timer.resume')}
          <ShortcutHint commandId="run.timerToggle" />
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-keyshortcuts="Shift+T"
          onClick={() => void addTimerMinute(docId, phase.id).catch(fail)}
        >
          {t('run.timer.addMinute')}
          <span className="visually-hidden"> ({t('run.timer.addMinuteLabel')})</span>
          <ShortcutHint commandId="run.timerAddMinute" />
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('run.timer.resetLabel', { minutes: Math.round(phase.durationSec / 60) })}
          disabled={untouched && phase.timerDurationMs === phase.durationSec * 1000}
          onClick={() => void resetTimer(docId, phase.id).catch(fail)}
        >
          {t('run.timer.reset')}
        </button>
      </div>
      <label className="timer__sound">
        <input type="checkbox" checked={sound} onChange={(e) => setSoundEnabled(e.target.checked)} />
        {t('run.timer.sound')}
      </label>
      <p className="timer__keys">
        {t('run.timer.keys', { toggle: shortcut('run.timerToggle') ?? '', add: shortcut('run.timerAddMinute') ?? '' })}
      </p>
    </section>
  )
}
