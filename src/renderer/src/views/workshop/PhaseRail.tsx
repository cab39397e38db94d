import { useEffect, useState } from 'react'
import type { Phase } from '../../../../shared/domain/entities.ts'
import { phasesOf } from '../../../../shared/run/navigation.ts'
import { errorText } from '../../components/errorText.ts'
import { minutesOf } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/index.ts'
import { hrefFor } from '../../router.ts'
import { useAppStore } from '../../store/index.ts'
import { goToPhase } from '../run/actions.ts'
import { MeetingSwitcher } from '../run/MeetingSwitcher.tsx'
import { useRunPlace } from '../run/useRunPlace.ts'
import { PhaseKindIcon } from './PhaseKindIcon.tsx'

type Step = 'done' | 'now' | 'next'

function stepOf(phase: Phase, currentId: string | null): Step {
  // A finished meeting marks every phase done, the one the room stopped at included.
  if (phase.id === currentId && phase.state !== 'done') return 'now'
  return phase.state === 'done' ? 'done' : 'next'
}

function PhaseEntry({ phase, n, step }: { phase: Phase; n: number; step: Step }): React.JSX.Element {
  const { t } = useTranslation()
  const stateLabel: Record<Step, string> = {
    done: t('phases.state.done'),
    now: t('phases.state.active'),
    next: t('phases.state.pending')
  }
  return (
    <>
      <span className="phase__marker" aria-hidden="true">
        {step === 'done' ? '✓' : n}
      </span>
      <span className="phase__body">
        <span className="phase__title" dir="auto">
          {phase.title}
        </span>
        <span className="phase__meta">
          <PhaseKindIcon kind={phase.kind} />
          {t(`phases.kind.${phase.kind}`)} · {t('phases.minutes', { count: minutesOf(phase.durationSec) })}
        </span>
      </span>
      <span className={`phase__state phase__state--${step}`}>{stateLabel[step]}</span>
    </>
  )
}

/**
 * The meeting's phases in order, marked done / now / next in words as well as by colour. In a
 * started meeting each phase is a button that moves the room there; earlier work stays as it was.
 * A circle's other meetings can be looked at without moving the room.
 */
export function PhaseRail({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const place = useRunPlace(docId)
  const path = useAppStore((s) => s.workshops[docId]?.path ?? '')
  const pushToast = useAppStore((s) => s.pushToast)
  // Another meeting can be looked at; when the room moves to a meeting, the rail follows it.
  const [viewedId, setViewedId] = useState<string | null>(null)
  const currentMeeting = place?.meeting ?? null
  const currentMeetingId = currentMeeting?.id ?? null
  useEffect(() => setViewedId(null), [currentMeetingId])
  const shown = (viewedId && place?.meetings.find((m) => m.id === viewedId)) || currentMeeting
  const phases = shown && place ? (shown.id === currentMeeting?.id ? place.phases : phasesOf(place.allPhases, shown.id)) : []
  const currentId = place?.workshop.currentPhaseId ?? null
  const navigable = shown?.status === 'running' || shown?.status === 'done'
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })

  return (
    <nav className="phase-rail" aria-labelledby="phase-rail-heading">
      <a className="phase-rail__setup" href={hrefFor({ name: 'setup', path })}>
        <span aria-hidden="true">⚙</span>
        {t('run.rail.setup')}
      </a>
      {place && place.meetings.length > 1 && (
        <MeetingSwitcher
          place={place}
          shownId={shown?.id ?? null}
          onShow={(id) => setViewedId(id === currentMeetingId ? null : id)}
        />
      )}
      <h2 id="phase-rail-heading" className="phase-rail__heading">
        {t('phases.heading')}
      </h2>
      {shown?.title && (
        <p className="phase-rail__meeting" dir="auto">
          {shown.title}
        </p>
      )}
      {shown?.status === 'planned' && <p className="phase-rail__note">{t('run.rail.planned')}</p>}
      <ol className="phase-rail__list">
        {phases.map((phase, i) => {
          const step = stepOf(phase, currentId)
          return (
            <li key={phase.id}>
              {navigable ? (
                <button
                  type="button"
                  className={`phase phase--${step} phase--button`}
                  aria-current={step === 'now' ? 'step' : undefined}
                  onClick={() => {
                    if (step !== 'now') void goToPhase(docId, phase.id).catch(fail)
                  }}
                >
                  <PhaseEntry phase={phase} n={i + 1} step={step} />
                </button>
              ) : (
                <div className={`phase phase--${step}`} aria-current={step === 'now' ? 'step' : undefined}>
                  <PhaseEntry phase={phase} n={i + 1} step={step} />
                </div>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
