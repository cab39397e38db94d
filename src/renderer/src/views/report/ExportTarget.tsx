import { useId } from 'react'
import type { UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { formatNumber } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/index.ts'

export interface ExportDone {
  path: string
  bytes: number
}

interface Props {
  path: string
  onPath: (path: string) => void
  /** The path differs from the proposal; offer to go back to it. */
  edited: boolean
  onUseProposal: () => void
  pathError: string | null
  busy: boolean
  canExport: boolean
  onExport: () => void
  done: ExportDone | null
  error: UiError | null
  pathRef: React.Ref<HTMLInputElement>
  /** The personal-data guard's verdict, shown beside the button. */
  guard: React.ReactNode
}

function kilobytes(bytes: number, language: string): string {
  return formatNumber(Math.max(1, Math.round(bytes / 1024)), language === 'en' ? 'en' : 'sv')
}

/**
 * Where the file goes and the Export button. There is no save dialog in either host: the core
 * writes the file, so the path is typed (a proposal in the data folder is filled in).
 */
export function ExportTarget(props: Props): React.JSX.Element {
  const { path, onPath, edited, onUseProposal, pathError, busy, canExport, onExport, done, error, pathRef, guard } = props
  const { t, i18n } = useTranslation()
  const id = useId()
  return (
    <div className="report-target">
      <div className="field report-target__field">
        <label className="field__label" htmlFor={`${id}-path`}>
          {t('report.file.label')}
        </label>
        <div className="input-row">
          <input
            ref={pathRef}
            id={`${id}-path`}
            className="input input--mono"
            type="text"
            dir="ltr"
            spellCheck={false}
            autoComplete="off"
            value={path}
            aria-invalid={pathError ? true : undefined}
            aria-describedby={`${id}-path-hint${pathError ? ` ${id}-path-error` : ''}`}
            onChange={(e) => onPath(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                onExport()
              }
            }}
          />
          {edited && (
            <button type="button" className="button button--quiet" onClick={onUseProposal}>
              {t('report.file.useProposal')}
            </button>
          )}
        </div>
        <p className="field__hint" id={`${id}-path-hint`}>
          {t('report.file.hint')}
        </p>
        {pathError && (
          <p className="field__error" id={`${id}-path-error`} role="alert">
            {pathError}
          </p>
        )}
      </div>
      <div className="report-target__actions">
        <button type="button" className="button button--primary button--large" aria-disabled={!canExport || busy} aria-busy={busy} onClick={onExport}>
          {busy ? t('report.exporting') : t('report.export')}
        </button>
      </div>
      <div className="report-target__guard">{guard}</div>
      <div className="report-target__result" role="status">
        {done && (
          <p className="report-done">
            <span aria-hidden="true" className="report-privacy__icon">
              ✓
            </span>
            <span>
              <strong>{t('report.done')}</strong>{' '}
              <span className="report-done__path" dir="ltr">
                {t('report.doneDetail', { path: done.path, size: t('report.kilobytes', { n: kilobytes(done.bytes, i18n.language) }) })}
              </span>
            </span>
          </p>
        )}
      </div>
      {error && <ErrorMessage lead={t('report.failed')} error={error} />}
    </div>
  )
}
