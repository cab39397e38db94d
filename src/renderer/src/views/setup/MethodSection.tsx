import { useState } from 'react'
import { phasesOf } from '../../../../shared/run/navigation.ts'
import { BUILT_IN_METHODS } from '../../../../shared/methods/index.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { hrefFor } from '../../router.ts'
import { useAppStore } from '../../store/index.ts'
import { findMethod, type RunPlace } from '../run/model.ts'
import type { TemplateLibrary } from '../templates/useTemplates.ts'
import { Section } from './Section.tsx'
import { useCanApplyMethod } from './useCanApplyMethod.ts'

/** The chosen method and what it put in the workshop; another one may be chosen until work begins. */
export function MethodSection({ docId, place, library }: { docId: string; place: RunPlace; library: TemplateLibrary }): React.JSX.Element {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const canApply = useCanApplyMethod(docId, place)
  const own = library.templates.filter((e) => !e.builtIn).map((e) => e.template)
  const method = findMethod(place.workshop.methodId, own)
  const [choice, setChoice] = useState(place.workshop.methodId)
  const [busy, setBusy] = useState(false)

  const apply = (): void => {
    setBusy(true)
    mutate(docId, 'method.apply', { docId, methodId: choice })
      .then(() => announce(t('run.setup.method.applied')))
      .catch((e: unknown) => pushToast({ kind: 'error', message: errorText(e) }))
      .finally(() => setBusy(false))
  }

  return (
    <Section id="setup-method" heading={t('run.setup.method.heading')}>
      {method ? (
        <div className="method-about">
          <p className="setup-method__name">{method[language].name}</p>
          <p className="method-about__description">{method[language].description}</p>
        </div>
      ) : (
        <p className="setup-note">{t('run.setup.method.unknown', { id: place.workshop.methodId })}</p>
      )}
      <div>
        <h3 className="setup-subheading">{t('run.setup.method.contains')}</h3>
        <ol className="agenda">
          {place.meetings.map((m) => {
            const phases = phasesOf(place.allPhases, m.id)
            const minutes = Math.round(phases.reduce((sum, p) => sum + p.durationSec, 0) / 60)
            return (
              <li key={m.id} className="agenda__meeting">
                <span className="agenda__title" dir="auto">
                  {t('run.setup.method.meetingLine', {
                    title: m.title,
                    phases: t('run.setup.meetings.phases', { count: phases.length }),
                    minutes: t('start.newWorkshop.minutes', { count: minutes })
                  })}
                </span>
                <span className="agenda__phases" dir="auto">
                  {phases.map((p) => p.title).join(' · ')}
                </span>
              </li>
            )
          })}
        </ol>
      </div>
      {canApply ? (
        <div className="setup-method__change">
          <div className="field">
            <label className="field__label" htmlFor="setup-method-choice">
              {t('run.setup.method.changeLabel')}
            </label>
            <div className="input-row">
              <select id="setup-method-choice" className="input select" value={choice} onChange={(e) => setChoice(e.target.value)}>
                <optgroup label={t('run.setup.method.builtInGroup')}>
                  {BUILT_IN_METHODS.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m[language].name}
                    </option>
                  ))}
                </optgroup>
                {own.length > 0 && (
                  <optgroup label={t('run.setup.method.ownGroup')}>
                    {own.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m[language].name}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy || choice === place.workshop.methodId}
                aria-describedby="setup-method-hint"
                onClick={apply}
              >
                {t('run.setup.method.apply')}
              </button>
            </div>
            <p id="setup-method-hint" className="field__hint">
              {t('run.setup.method.applyHint')}{' '}
              <a href={hrefFor({ name: 'templates' })}>{t('run.setup.method.ownTemplates')}</a>
            </p>
          </div>
        </div>
      ) : (
        <p className="field__hint">{t('run.setup.method.locked')}</p>
      )}
    </Section>
  )
}
