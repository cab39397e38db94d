import { minutesOf } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, selectCurrentPhase, selectMeetingPhases } from '../../store/index.ts'
import { PhaseKindIcon } from './PhaseKindIcon.tsx'

/** The question the room is answering, large enough to read from the back of the room. */
export function PhasePrompt({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const phase = useAppStore(selectCurrentPhase(docId))
  const phases = useAppStore(selectMeetingPhases(docId))
  if (!phase) return <p className="prompt__empty">{t('workshop.noPhase')}</p>
  const n = phases.findIndex((p) => p.id === phase.id) + 1
  return (
    <section className="prompt" aria-labelledby="prompt-text">
      <p className="prompt__meta">
        <span>{t('workshop.phaseOf', { n, total: phases.length })}</span>
        <span className="prompt__kind">
          <PhaseKindIcon kind={phase.kind} />
          {t(`phases.kind.${phase.kind}`)}
        </span>
        <span>{t('phases.minutes', { count: minutesOf(phase.durationSec) })}</span>
      </p>
      <h2 id="prompt-text" className="prompt__text" dir="auto">
        {phase.prompt || phase.title}
      </h2>
      {phase.guidance && (
        <details className="prompt__guidance">
          <summary>{t('workshop.guidance')}</summary>
          <p dir="auto">{phase.guidance}</p>
        </details>
      )}
    </section>
  )
}
