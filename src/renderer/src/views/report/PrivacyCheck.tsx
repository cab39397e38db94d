import { useId } from 'react'
import type { Redaction } from '../../../../shared/report/options.ts'
import { getCommand, isEnabled, runCommand } from '../../commands/index.ts'
import { useTranslation } from '../../i18n/index.ts'
import { selectEntities, useAppStore } from '../../store/index.ts'
import { maskExcerpt, maskMatch } from './mask.ts'
import type { ReportPreview } from './useReportPreview.ts'

type Hit = ReportPreview['hits'][number]

/** How many finds the dialog lists; the rest are counted (the Personal data panel lists them all). */
const SHOWN = 12
/** The Personal data panel's command, when that panel is present in this build. */
const PRIVACY_COMMAND = 'privacy.open'

interface Props {
  docId: string
  preview: ReportPreview | null
  pending: boolean
  choice: Redaction | null
  onChoice: (choice: Redaction) => void
  /** Export was pressed without a choice. */
  mustChoose: boolean
  /** Close the dialog before going elsewhere to fix the finds. */
  onLeave: () => void
  /** The choice's group, so Export can send the focus there when a choice is missing. */
  choiceRef: React.Ref<HTMLFieldSetElement>
  sectionRef: React.Ref<HTMLElement>
}

function useWhere(docId: string): (hit: Hit) => string {
  const { t } = useTranslation()
  const tables = useAppStore(selectEntities(docId))
  return (hit) => {
    const { entity, id, field } = hit.source
    if (entity === 'sticky') {
      if (field === 'authorLabel') return t('report.privacy.where.authorLabel')
      const phaseId = tables?.sticky[id]?.phaseId
      const phase = phaseId ? tables?.phase[phaseId]?.title : undefined
      return phase ? t('report.privacy.where.stickyIn', { phase }) : t('report.privacy.where.sticky')
    }
    const key = `report.privacy.where.${entity}` as const
    return t(key as 'report.privacy.where.note')
  }
}

/**
 * The personal-data guard before anything leaves the app: what it found in the texts the
 * report prints, and the choice of what the report does with it.
 */
export function PrivacyCheck(props: Props): React.JSX.Element {
  const { docId, preview, pending, choice, onChoice, mustChoose, onLeave, choiceRef, sectionRef } = props
  const { t } = useTranslation()
  const id = useId()
  const where = useWhere(docId)
  const fixCommand = getCommand(PRIVACY_COMMAND)
  const hits = preview?.hits ?? []
  const count = preview?.hitCount ?? 0

  let summary: React.JSX.Element
  if (!preview) summary = <p className="report-privacy__summary">{t('report.privacy.checking')}</p>
  else if (count === 0)
    summary = (
      <p className="report-privacy__summary report-privacy__summary--ok">
        <span aria-hidden="true" className="report-privacy__icon">
          ✓
        </span>
        {t('report.privacy.none')}
      </p>
    )
  else
    summary = (
      <p className="report-privacy__summary report-privacy__summary--found">
        <span aria-hidden="true" className="report-privacy__icon">
          !
        </span>
        {t('report.privacy.found', { count })}
      </p>
    )

  return (
    <section ref={sectionRef} tabIndex={-1} className="report-box report-privacy" aria-labelledby={`${id}-title`} aria-busy={pending}>
      <h3 className="report-box__legend" id={`${id}-title`}>
        {t('report.privacy.legend')}
      </h3>
      <div aria-live="polite">{summary}</div>
      {count > 0 && (
        <>
          <p className="field__hint">{t('report.privacy.masked')}</p>
          <ul className="report-hits" aria-label={t('report.privacy.listLabel')}>
            {hits.slice(0, SHOWN).map((h, i) => {
              const sameText = hits.filter((o) => o.source.entity === h.source.entity && o.source.id === h.source.id && o.source.field === h.source.field)
              return (
                <li key={i} className="report-hit">
                  <span className="report-hit__kind">{t(`report.privacy.kinds.${h.kind}`)}</span>
                  <span className="report-hit__where" dir="auto">
                    {where(h)}
                  </span>
                  <span className="report-hit__match" dir="auto">
                    {maskMatch(h.kind, h.match)}
                  </span>
                  <span className="report-hit__excerpt" dir="auto">
                    {maskExcerpt(h.excerpt, sameText)}
                  </span>
                </li>
              )
            })}
          </ul>
          {count > SHOWN && <p className="field__hint">{t('report.privacy.more', { count: count - SHOWN })}</p>}
          <fieldset className="report-choice" ref={choiceRef} tabIndex={-1} aria-describedby={mustChoose ? `${id}-choose` : undefined}>
            <legend className="field__label">{t('report.privacy.choiceLegend')}</legend>
            <div className="report-radios">
              {(['pseudonymise', 'none'] as const).map((value) => (
                <label key={value} className="report-radio report-radio--block">
                  <input
                    type="radio"
                    name={`${id}-redaction`}
                    value={value}
                    checked={choice === value}
                    aria-describedby={`${id}-${value}-hint`}
                    onChange={() => onChoice(value)}
                  />
                  <span className="report-radio__text">
                    <span className="report-radio__label">{t(value === 'pseudonymise' ? 'report.privacy.pseudonymise' : 'report.privacy.keep')}</span>
                    <span className="field__hint" id={`${id}-${value}-hint`}>
                      {t(value === 'pseudonymise' ? 'report.privacy.pseudonymiseHint' : 'report.privacy.keepHint')}
                    </span>
                  </span>
                </label>
              ))}
            </div>
            {mustChoose && (
              <p className="field__error" id={`${id}-choose`} role="alert">
                {t('report.privacy.chooseFirst')}
              </p>
            )}
          </fieldset>
          {fixCommand && isEnabled(fixCommand) && (
            <button
              type="button"
              className="button button--quiet report-privacy__fix"
              onClick={() => {
                onLeave()
                runCommand(PRIVACY_COMMAND)
              }}
            >
              {t('report.privacy.fixInPanel')}
            </button>
          )}
        </>
      )}
    </section>
  )
}
