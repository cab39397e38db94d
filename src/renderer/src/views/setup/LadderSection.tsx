import type { Workshop } from '../../../../shared/domain/entities.ts'
import { PARTICIPATION_LEVELS, type ParticipationLevel } from '../../../../shared/domain/enums.ts'
import { useTranslation } from '../../i18n/index.ts'
import { usePendingChoice } from './usePendingChoice.ts'
import { useAppStore } from '../../store/index.ts'
import { Section } from './Section.tsx'
import { useSetupWrites } from './useSetupWrites.ts'

/** The level on SKR's participation ladder, stated up front so nobody promises more than is open. */
export function LadderSection({ docId, workshop }: { docId: string; workshop: Workshop }): React.JSX.Element {
  const { t } = useTranslation()
  const { updateWorkshop, errorText } = useSetupWrites(docId)
  const pushToast = useAppStore((s) => s.pushToast)
  const [level, choose] = usePendingChoice<ParticipationLevel | null>(workshop.participationLevel, (value) =>
    updateWorkshop({ participationLevel: value }).catch((e: unknown) => {
      pushToast({ kind: 'error', message: errorText(e) })
      throw e
    })
  )
  const missing = level === null
  return (
    <Section
      id="setup-ladder"
      heading={t('run.setup.ladder.heading')}
      aside={missing ? <span className="setup-badge setup-badge--missing">{t('run.setup.required')}</span> : undefined}
    >
      <fieldset className="ladder" aria-describedby="setup-ladder-hint">
        <legend className="field__label">{t('run.setup.ladder.legend')}</legend>
        <p id="setup-ladder-hint" className="field__hint">
          {t('run.setup.ladder.hint')}
        </p>
        <div className="ladder__steps">
          {PARTICIPATION_LEVELS.map((step, i) => (
            <label key={step} className={`ladder__step ladder__step--${i + 1}`}>
              <input
                type="radio"
                name="participation-level"
                value={step}
                checked={level === step}
                onChange={() => choose(step)}
              />
              <span className="ladder__text">
                <span className="ladder__name">
                  <span className="ladder__number" aria-hidden="true">
                    {i + 1}
                  </span>
                  {t(`run.setup.ladder.levels.${step}`)}
                </span>
                <span className="ladder__explain">{t(`run.setup.ladder.explain.${step}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {missing && <p className="setup-missing">{t('run.setup.ladder.missing')}</p>}
      </fieldset>
    </Section>
  )
}
