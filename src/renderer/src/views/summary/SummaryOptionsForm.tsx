import { useId } from 'react'
import type { Meeting } from '../../../../shared/domain/entities.ts'
import type { Language } from '../../../../shared/domain/enums.ts'
import { useTranslation } from '../../i18n/index.ts'

interface Props {
  meetings: readonly Meeting[]
  meetingId: string
  onMeeting: (id: string) => void
  language: Language
  onLanguage: (language: Language) => void
  correctionsBy: string
  onCorrectionsBy: (date: string) => void
  contact: string
  onContact: (contact: string) => void
}

/** Which meeting, in which language, and how and by when participants send corrections. */
export function SummaryOptionsForm(props: Props): React.JSX.Element {
  const { meetings, meetingId, onMeeting, language, onLanguage, correctionsBy, onCorrectionsBy, contact, onContact } = props
  const { t } = useTranslation()
  const id = useId()
  return (
    <fieldset className="summary-box summary-options">
      <legend className="summary-box__title">{t('summary.options.legend')}</legend>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-meeting`}>
          {t('summary.options.meeting')}
        </label>
        <select id={`${id}-meeting`} className="input select" value={meetingId} onChange={(e) => onMeeting(e.target.value)}>
          {meetings.map((m, i) => (
            <option key={m.id} value={m.id}>
              {m.title.trim()
                ? t('summary.options.meetingName', { n: i + 1, title: m.title.trim() })
                : t('summary.options.meetingNameNoTitle', { n: i + 1 })}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="summary-radios">
        <legend className="field__label">{t('summary.options.languageLegend')}</legend>
        {(['sv', 'en'] as const).map((l) => (
          <label key={l} className="summary-radio" lang={l}>
            <input type="radio" name={`${id}-language`} value={l} checked={language === l} onChange={() => onLanguage(l)} />
            {t(`summary.options.${l}`)}
          </label>
        ))}
      </fieldset>
      <div className="summary-options__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-by`}>
            {t('summary.options.correctionsBy')}
          </label>
          <input
            id={`${id}-by`}
            className="input summary-options__date"
            type="date"
            value={correctionsBy}
            aria-describedby={`${id}-by-hint`}
            onChange={(e) => onCorrectionsBy(e.target.value)}
          />
          <p className="field__hint" id={`${id}-by-hint`}>
            {t('summary.options.correctionsByHint')}
          </p>
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-contact`}>
          {t('summary.options.contact')}
        </label>
        <input
          id={`${id}-contact`}
          className="input"
          type="text"
          dir="auto"
          maxLength={500}
          placeholder={t('summary.options.contactPlaceholder')}
          value={contact}
          aria-describedby={`${id}-contact-hint`}
          onChange={(e) => onContact(e.target.value)}
        />
        <p className="field__hint" id={`${id}-contact-hint`}>
          {t('summary.options.contactHint')}
        </p>
      </div>
    </fieldset>
  )
}
