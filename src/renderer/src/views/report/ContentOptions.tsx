import { useId } from 'react'
import type { Language } from '../../../../shared/domain/enums.ts'
import type { ReportSection } from '../../../../shared/report/options.ts'
import { useTranslation } from '../../i18n/index.ts'
import type { ReportPreview } from './useReportPreview.ts'

interface Props {
  sections: ReportPreview['sections'] | null
  chosen: ReadonlySet<ReportSection>
  onToggle: (id: ReportSection, on: boolean) => void
  language: Language
  onLanguage: (language: Language) => void
  authors: boolean
  onAuthors: (on: boolean) => void
  /** No chosen section has content: the report would be a title page only. */
  nothingChosen: boolean
}

const LANGUAGES: readonly Language[] = ['sv', 'en']

/** What goes into the report: sections, its language, and whether notes carry their authors. */
export function ContentOptions(props: Props): React.JSX.Element {
  const { sections, chosen, onToggle, language, onLanguage, authors, onAuthors, nothingChosen } = props
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="report-options">
      <fieldset className="report-box" aria-describedby={`${id}-sections-hint`} aria-busy={sections === null}>
        <legend className="report-box__legend">{t('report.sections.legend')}</legend>
        <p className="field__hint report-box__hint" id={`${id}-sections-hint`}>
          {t('report.sections.hint')}
        </p>
        {sections === null ? (
          <p className="report-box__wait">{t('report.loading')}</p>
        ) : (
          <ul className="report-checks">
            {sections.map((s) => {
              const inputId = `${id}-section-${s.id}`
              return (
                <li key={s.id} className={`report-check${s.hasContent ? '' : ' report-check--empty'}`}>
                  <input
                    id={inputId}
                    type="checkbox"
                    className="report-check__box"
                    checked={s.hasContent && chosen.has(s.id)}
                    disabled={!s.hasContent}
                    aria-describedby={s.hasContent ? undefined : `${inputId}-empty`}
                    onChange={(e) => onToggle(s.id, e.target.checked)}
                  />
                  <label htmlFor={inputId} className="report-check__label">
                    {s.title}
                  </label>
                  {!s.hasContent && (
                    <span className="report-check__note" id={`${inputId}-empty`}>
                      {t('report.sections.empty')}
                    </span>
                  )}
                </li>
              )
            })}
          </ul>
        )}
        {nothingChosen && (
          <p className="field__error" role="alert">
            {t('report.sections.noneChosen')}
          </p>
        )}
      </fieldset>

      <fieldset className="report-box">
        <legend className="report-box__legend">{t('report.language.legend')}</legend>
        <div className="report-radios report-radios--row">
          {LANGUAGES.map((l) => (
            <label key={l} className="report-radio" lang={l}>
              <input type="radio" name={`${id}-language`} value={l} checked={language === l} onChange={() => onLanguage(l)} />
              <span>{t(`report.language.${l}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="report-box report-authors">
        <div className="report-check">
          <input
            id={`${id}-authors`}
            type="checkbox"
            className="report-check__box"
            checked={authors}
            aria-describedby={`${id}-authors-warning`}
            onChange={(e) => onAuthors(e.target.checked)}
          />
          <label htmlFor={`${id}-authors`} className="report-check__label">
            {t('report.authors.label')}
          </label>
        </div>
        <p className="report-warning" id={`${id}-authors-warning`}>
          <span aria-hidden="true" className="report-warning__icon">
            !
          </span>
          {t('report.authors.warning')}
        </p>
      </div>
    </div>
  )
}
