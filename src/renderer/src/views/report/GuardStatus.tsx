import type { Redaction } from '../../../../shared/report/options.ts'
import { useTranslation } from '../../i18n/index.ts'

interface Props {
  /** null while the guard has not answered yet. */
  hitCount: number | null
  choice: Redaction | null
  /** Take the person to the list and the choice. */
  onShow: () => void
}

/**
 * The guard's verdict next to the Export button, which stays in view however far the dialog is
 * scrolled: nothing leaves the app without its state being on screen at the moment of export.
 */
export function GuardStatus({ hitCount, choice, onShow }: Props): React.JSX.Element {
  const { t } = useTranslation()
  if (hitCount === null) return <p className="report-guard">{t('report.privacy.checking')}</p>
  if (hitCount === 0)
    return (
      <p className="report-guard report-guard--ok">
        <span aria-hidden="true" className="report-privacy__icon">
          ✓
        </span>
        {t('report.guard.none')}
      </p>
    )
  const ok = choice === 'pseudonymise'
  return (
    <p className={`report-guard ${ok ? 'report-guard--ok' : 'report-guard--found'}`}>
      <span aria-hidden="true" className="report-privacy__icon">
        {ok ? '✓' : '!'}
      </span>
      <span>
        {choice === null
          ? t('report.guard.choose', { count: hitCount })
          : choice === 'pseudonymise'
            ? t('report.guard.pseudonymised', { count: hitCount })
            : t('report.guard.kept', { count: hitCount })}
      </span>
      <button type="button" className="button button--quiet button--small" onClick={onShow}>
        {t('report.guard.show')}
      </button>
    </p>
  )
}
