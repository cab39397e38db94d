import type { Phase } from '../../../../shared/domain/entities.ts'
import { minutesOf } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, selectMeetingPhases, selectWorkshopRow } from '../../store/index.ts'
import { PhaseKindIcon } from './PhaseKindIcon.tsx'

type Step = 'done' | 'now' | 'next'

function stepOf(phase: Phase, currentId: string | null): Step {
  if (phase.id === currentId) return 'now'
  return phase.state === 'done' ? 'done' : 'next'
}

/**
 * The current meeting's phases in order, marked done / now / next. Read-only for now: run mode
 * turns each entry into a control that moves the room to that phase.
 */
export function PhaseRail({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const phases = useAppStore(selectMeetingPhases(docId))
  const currentId = useAppStore((s) => selectWorkshopRow(docId)(s)?.currentPhaseId ?? null)
  const meetingTitle = useAppStore((s) => {
    const meetingId = selectWorkshopRow(docId)(s)?.currentMeetingId
    return meetingId ? (s.workshops[docId]?.entities?.meeting[meetingId]?.title ?? null) : null
  })
  const stateLabel: Record<Step, string> = {
    done: t('phases.state.done'),
    now: t('phases.state.active'),
    next: t('phases.state.pending')
  }
  return (
    <nav className="phase-rail" aria-labelledby="phase-rail-heading">
      <h2 id="phase-rail-heading" className="phase-rail__heading">
        {t('phases.heading')}
      </h2>
      {meetingTitle && (
        <p className="phase-rail__meeting" dir="auto">
          {meetingTitle}
        </p>
      )}
      <ol className="phase-rail__list">
        {phases.map((phase, i) => {
          const step = stepOf(phase, currentId)
          return (
            <li key={phase.id} className={`phase phase--${step}`} aria-current={step === 'now' ? 'step' : undefined}>
              <span className="phase__marker" aria-hidden="true">
                {step === 'done' ? '✓' : i + 1}
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
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
