import { useState } from 'react'
import { LANGUAGES } from '../../i18n/index.ts'
import type { Language } from '../../../../shared/domain/enums.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import type { RunPlace } from '../run/model.ts'
import { Section } from './Section.tsx'
import { useCanApplyMethod } from './useCanApplyMethod.ts'
import { usePendingChoice } from './usePendingChoice.ts'
import { useSetupWrites } from './useSetupWrites.ts'

/** The language of the workshop's own texts (phases, report), apart from the app's buttons. */
export function LanguageSection({ docId, place }: { docId: string; place: RunPlace }): React.JSX.Element {
  const { t } = useTranslation()
  const { updateWorkshop } = useSetupWrites(docId)
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const canApply = useCanApplyMethod(docId, place)
  // Only after a change here do the phases (written in the old language) differ from the choice.
  const [changed, setChanged] = useState(false)
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })
  const [language, choose] = usePendingChoice<Language>(place.workshop.language, (lng) =>
    updateWorkshop({ language: lng })
      .then(() => setChanged(true))
      .catch((e: unknown) => {
        fail(e)
        throw e
      })
  )
  const name = (lng: Language): string => t(`run.setup.language.names.${lng}`)

  const refresh = (): void => {
    mutate(docId, 'method.apply', { docId, methodId: place.workshop.methodId })
      .then(() => {
        setChanged(false)
        announce(t('run.setup.language.refreshed', { language: name(language) }))
      })
      .catch(fail)
  }

  return (
    <Section id="setup-language" heading={t('run.setup.language.heading')}>
      <fieldset className="choice-row" aria-describedby="setup-language-hint">
        <legend className="field__label">{t('run.setup.language.legend')}</legend>
        <p id="setup-language-hint" className="field__hint">
          {t('run.setup.language.hint')}
        </p>
        <div className="choice-row__options">
          {LANGUAGES.map((lng) => (
            <label key={lng} className="run-choice" lang={lng}>
              <input
                type="radio"
                name="workshop-language"
                value={lng}
                checked={language === lng}
                onChange={() => choose(lng)}
              />
              {t(`language.${lng}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {changed && canApply && (
        <div className="setup-note">
          <p>{t('run.setup.language.refreshHint')}</p>
          <button type="button" className="button button--secondary" onClick={refresh}>
            {t('run.setup.language.refresh', { language: name(language) })}
          </button>
        </div>
      )}
    </Section>
  )
}
