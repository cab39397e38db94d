import { useRef, useState } from 'react'
import { BUILT_IN_METHODS } from '../../../../shared/methods/index.ts'
import type { MethodTemplate } from '../../../../shared/methods/schema.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useFocusRequest } from '../../components/useFocusRequest.ts'
import { useTranslation } from '../../i18n/index.ts'
import { hrefFor, navigate } from '../../router.ts'
import { useAppStore } from '../../store/index.ts'
import { useTemplates } from '../templates/useTemplates.ts'

function totalMinutes(method: MethodTemplate): number {
  return method.meetings.reduce((sum, m) => sum + m.phases.reduce((s, p) => s + p.durationMin, 0), 0)
}

function useMethodMeta(): (method: MethodTemplate) => string {
  const { t } = useTranslation()
  return (method) => {
    const phases = method.meetings.reduce((n, m) => n + m.phases.length, 0)
    return [
      method.meetings.length > 1 ? t('start.newWorkshop.meetings', { count: method.meetings.length }) : null,
      t('start.newWorkshop.phases', { count: phases }),
      t('start.newWorkshop.minutes', { count: totalMinutes(method) })
    ]
      .filter(Boolean)
      .join(' · ')
  }
}

/** The primary action: name a workshop, pick a method, and start. */
export function NewWorkshopForm(): React.JSX.Element {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const createWorkshop = useAppStore((s) => s.createWorkshop)
  const [title, setTitle] = useState('')
  const [methodId, setMethodId] = useState(BUILT_IN_METHODS[0]?.id ?? 'dystopia')
  const [missingTitle, setMissingTitle] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const titleRef = useRef<HTMLInputElement>(null)
  const methodMeta = useMethodMeta()
  const own = useTemplates()
    .templates.filter((e) => !e.builtIn)
    .map((e) => e.template)
  const method = BUILT_IN_METHODS.find((m) => m.id === methodId) ?? own.find((m) => m.id === methodId)
  useFocusRequest('new-workshop', titleRef)

  const submit = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault()
    setError(null)
    if (title.trim() === '') {
      setMissingTitle(true)
      titleRef.current?.focus()
      return
    }
    setBusy(true)
    try {
      const opened = await createWorkshop({ title: title.trim(), methodId, language })
      // A new workshop starts with its set-up: purpose, ladder level, receivers.
      navigate({ name: 'setup', path: opened.path })
    } catch (err) {
      setError(toUiError(err))
      setBusy(false)
    }
  }

  const describedBy = missingTitle ? 'new-title-hint new-title-error' : 'new-title-hint'
  return (
    <section className="card card--primary" aria-labelledby="new-heading">
      <h2 id="new-heading" className="card__heading card__heading--large">
        {t('start.newWorkshop.heading')}
      </h2>
      <p className="card__text">{t('start.newWorkshop.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="new-title">
            {t('start.newWorkshop.titleLabel')}
          </label>
          <input
            ref={titleRef}
            id="new-title"
            className="input"
            type="text"
            autoComplete="off"
            maxLength={200}
            value={title}
            aria-describedby={describedBy}
            aria-invalid={missingTitle || undefined}
            onChange={(e) => {
              setTitle(e.target.value)
              if (e.target.value.trim() !== '') setMissingTitle(false)
            }}
          />
          <p id="new-title-hint" className="field__hint">
            {t('start.newWorkshop.titleHint')}
          </p>
          {missingTitle && (
            <p id="new-title-error" className="field__error">
              {t('start.newWorkshop.titleRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <label className="field__label" htmlFor="new-method">
            {t('start.newWorkshop.methodLegend')}
          </label>
          <select
            id="new-method"
            className="input select"
            value={methodId}
            aria-describedby="new-method-about"
            onChange={(e) => setMethodId(e.target.value)}
          >
            <optgroup label={t('run.newWorkshop.builtInGroup')}>
              {BUILT_IN_METHODS.map((m) => (
                <option key={m.id} value={m.id}>
                  {m[language].name}
                </option>
              ))}
            </optgroup>
            {own.length > 0 && (
              <optgroup label={t('run.newWorkshop.ownGroup')}>
                {own.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m[language].name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          {method && (
            <div id="new-method-about" className="method-about">
              <p className="method-about__description">{method[language].description}</p>
              <p className="method-about__meta">{methodMeta(method)}</p>
            </div>
          )}
          <p className="field__hint">
            <a href={hrefFor({ name: 'templates' })}>{t('run.newWorkshop.templatesLink')}</a>
          </p>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary button--large" disabled={busy}>
            {busy ? t('start.newWorkshop.creating') : t('start.newWorkshop.create')}
          </button>
        </div>
        {error && <ErrorMessage error={error} />}
      </form>
    </section>
  )
}
