import { useState } from 'react'
import { isIsoDate } from '../../../../shared/report/dates.ts'
import type { ReportHeader, ReportHeaderPatch } from '../../../../shared/report/options.ts'
import { useTranslation } from '../../i18n/index.ts'
import { HeaderField } from './HeaderField.tsx'

type TextField = Exclude<keyof ReportHeader, 'date'>

// The domain's ShortText and LongText limits; the core refuses longer text anyway.
const SHORT_MAX = 500
const LONG_MAX = 20_000

interface Props {
  header: ReportHeader
  /** What the document type will say in the report's language when nobody has set it. */
  documentType: string
  /** The date an empty date field stands for (today). */
  today: string
  save: (patch: ReportHeaderPatch) => Promise<unknown>
}

/** The header block of page 1, all of it free text (diarienummer formats differ per nämnd). */
export function HeaderFields({ header, documentType, today, save }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [more, setMore] = useState(() => header.subtitle !== '' || header.summary !== '')
  const field = (name: TextField, extra: { hint?: string; wide?: boolean; kind?: 'multiline' } = {}): React.JSX.Element => {
    const label = t(`report.header.${name}`)
    return (
      <HeaderField
        key={name}
        label={label}
        hint={extra.hint}
        wide={extra.wide}
        kind={extra.kind}
        value={name === 'documentType' ? documentType : header[name]}
        maxLength={name === 'summary' ? LONG_MAX : SHORT_MAX}
        errorLead={t('report.header.saveFailed', { field: label })}
        onCommit={(value) => save({ [name]: value })}
      />
    )
  }
  return (
    <fieldset className="report-box report-header">
      <legend className="report-box__legend report-box__legend--with-hint">
        <span>{t('report.header.legend')}</span> <span className="field__hint">{t('report.header.hint')}</span>
      </legend>
      <div className="report-header__grid">
        {field('municipality')}
        {field('department')}
        {field('handlaggare')}
        {field('documentType')}
        <HeaderField
          label={t('report.header.date')}
          hint={t('report.header.dateHint', { today })}
          placeholder={t('report.header.datePlaceholder')}
          maxLength={10}
          value={header.date ?? ''}
          validate={(value) => (value.trim() === '' || isIsoDate(value.trim()) ? null : t('report.header.dateInvalid'))}
          errorLead={t('report.header.saveFailed', { field: t('report.header.date') })}
          onCommit={(value) => save({ date: value.trim() === '' ? null : value.trim() })}
        />
        {field('diarienummer', { hint: t('report.header.diarienummerHint') })}
      </div>
      {/* Optional texts, folded away until wanted; open from the start when they have content. */}
      <details className="report-more" open={more} onToggle={(e) => setMore(e.currentTarget.open)}>
        <summary className="report-more__summary">{t('report.header.more')}</summary>
        <div className="report-header__grid">
          {field('subtitle', { wide: true })}
          {field('summary', { wide: true, kind: 'multiline', hint: t('report.header.summaryHint') })}
        </div>
      </details>
    </fieldset>
  )
}
