import type { Phase } from '../../../../shared/domain/entities.ts'
import { useTranslation } from '../../i18n/index.ts'

/** The facilitator's notes for the phase, beside the prompt; the projector view never shows them. */
export function Guidance({ phase }: { phase: Phase }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <section className="guidance" aria-labelledby="guidance-heading">
      <h3 id="guidance-heading" className="guidance__heading">
        {t('run.guidance.heading')}
      </h3>
      {phase.guidance ? (
        <p className="guidance__text" dir="auto">
          {phase.guidance}
        </p>
      ) : (
        <p className="guidance__empty">{t('run.guidance.none')}</p>
      )}
      <p className="guidance__note">{t('run.guidance.note')}</p>
    </section>
  )
}
