import { minutesOf } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { CarryForwardSummary } from '../run/CarryForward.tsx'
import { Guidance } from '../run/Guidance.tsx'
import { MeetingState } from '../run/MeetingState.tsx'
import { PhaseNav } from '../run/PhaseNav.tsx'
import { Timer } from '../run/Timer.tsx'
import { useRunPlace } from '../run/useRunPlace.ts'
import { PhaseKindIcon } from './PhaseKindIcon.tsx'

/**
 * The question the room is answering, large enough to read from the back of the room, with the
 * way to the next phase under it; beside it what only the facilitator sees: the time and tips.
 */
export function PhasePrompt({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const place = useRunPlace(docId)
  const path = useAppStore((s) => s.workshops[docId]?.path ?? '')
  const phase = place?.phase ?? null
  if (!place || !phase) return <p className="prompt__empty">{t('workshop.noPhase')}</p>
  const running = place.meeting?.status === 'running'
  // A circle's later meeting opens with what the earlier ones left: themes and open questions.
  const showCarried = running && place.meetingNumber > 1 && place.phaseIndex === 0 && place.meeting
  return (
    <>
      <MeetingState docId={docId} place={place} path={path} />
      <div className="run-stage-frame">
        <div className="run-stage">
          <section className="prompt" aria-labelledby="prompt-text">
            <p className="prompt__meta">
              <span>{t('workshop.phaseOf', { n: place.phaseIndex + 1, total: place.phases.length })}</span>
              <span className="prompt__kind">
                <PhaseKindIcon kind={phase.kind} />
                {t(`phases.kind.${phase.kind}`)}
              </span>
              <span>{t('phases.minutes', { count: minutesOf(phase.durationSec) })}</span>
            </p>
            {phase.prompt && phase.title && (
              <p className="prompt__title" dir="auto">
                {phase.title}
              </p>
            )}
            <h2 id="prompt-text" className="prompt__text" dir="auto">
              {phase.prompt || phase.title}
            </h2>
            <PhaseNav docId={docId} place={place} />
          </section>
          <aside className="run-aside" aria-label={t('run.guidance.aside')}>
            {running && <Timer docId={docId} phase={phase} />}
            <Guidance phase={phase} />
          </aside>
        </div>
      </div>
      {showCarried && <CarryForwardSummary docId={docId} meetingId={showCarried.id} />}
    </>
  )
}
