import { PHASE_KINDS, type Language, type PhaseKind } from '../../../../shared/domain/enums.ts'
import type { PhaseTemplatePatch } from '../../../../shared/methods/edit.ts'
import { PHASE_KIND_DEFAULTS } from '../../../../shared/methods/kinds.ts'
import type { PhaseTemplate } from '../../../../shared/methods/schema.ts'
import { useTranslation } from '../../i18n/index.ts'
import { Field } from './Field.tsx'
import { fieldId } from './issues.ts'

interface Props {
  phase: PhaseTemplate
  /** "meetings[0].phases[2]" */
  path: string
  number: number
  issues: ReadonlyMap<string, string>
  onChange: (patch: PhaseTemplatePatch) => void
}

/** One phase of a template: its kind, time, and its texts in Swedish and English side by side. */
export function PhaseForm({ phase, path, number, issues, onChange }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const kindId = fieldId(`${path}.kind`)
  const durationId = fieldId(`${path}.durationMin`)
  const durationProblem = issues.get(`${path}.durationMin`)
  const needsPrompt = PHASE_KIND_DEFAULTS[phase.kind].needsPrompt

  const texts = (lang: Language): React.JSX.Element => (
    <fieldset className="phase-form__language" lang={lang}>
      <legend className="setup-subheading">{t(lang === 'sv' ? 'run.templates.editor.swedish' : 'run.templates.editor.english')}</legend>
      <Field
        path={`${path}.${lang}.title`}
        label={t('run.templates.editor.phaseTitle')}
        value={phase[lang].title}
        maxLength={200}
        issues={issues}
        onChange={(title) => onChange({ [lang]: { title } })}
      />
      <Field
        path={`${path}.${lang}.prompt`}
        label={t('run.templates.editor.prompt')}
        hint={t('run.templates.editor.promptHint')}
        warning={needsPrompt && phase[lang].prompt.trim() === '' ? t('run.templates.editor.promptEmpty') : null}
        value={phase[lang].prompt}
        maxLength={2_000}
        multiline
        issues={issues}
        onChange={(prompt) => onChange({ [lang]: { prompt } })}
      />
      <Field
        path={`${path}.${lang}.guidance`}
        label={t('run.templates.editor.guidance')}
        hint={t('run.templates.editor.guidanceHint')}
        value={phase[lang].guidance}
        maxLength={5_000}
        multiline
        issues={issues}
        onChange={(guidance) => onChange({ [lang]: { guidance } })}
      />
    </fieldset>
  )

  return (
    <section className="phase-form" aria-labelledby={`${kindId}-heading`}>
      <h3 id={`${kindId}-heading`} className="card__heading">
        {t('run.templates.editor.phase', { n: number })}
      </h3>
      <div className="phase-form__basics">
        <div className="field">
          <label className="field__label" htmlFor={kindId}>
            {t('run.templates.editor.kind')}
          </label>
          <select
            id={kindId}
            className="input select"
            value={phase.kind}
            onChange={(e) => onChange({ kind: e.target.value as PhaseKind })}
          >
            {PHASE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`phases.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={durationId}>
            {t('run.templates.editor.duration')}
          </label>
          <input
            id={durationId}
            className="input phase-form__duration"
            type="number"
            inputMode="numeric"
            min={0}
            max={600}
            step={1}
            value={Number.isNaN(phase.durationMin) ? '' : phase.durationMin}
            aria-invalid={durationProblem ? true : undefined}
            aria-describedby={`${durationId}-hint${durationProblem ? ` ${durationId}-error` : ''}`}
            onChange={(e) => onChange({ durationMin: e.target.valueAsNumber })}
          />
          <p id={`${durationId}-hint`} className="field__hint">
            {t('run.templates.editor.durationHint')}
          </p>
          {durationProblem && (
            <p id={`${durationId}-error`} className="field__error">
              {durationProblem}
            </p>
          )}
        </div>
      </div>
      <div className="phase-form__languages">
        {texts('sv')}
        {texts('en')}
      </div>
    </section>
  )
}
