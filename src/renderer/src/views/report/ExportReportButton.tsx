import { useEffect } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { reportUi } from './reportUi.ts'
import { ReportDialog } from './ReportDialog.tsx'

/** The top bar's "Exportera rapport", and the dialog it (or Ctrl/Cmd+E) opens. */
export function ExportReportButton({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const open = reportUi.useOpen()
  // Leaving the workshop closes the dialog, so it does not spring open on the next one.
  useEffect(() => () => reportUi.close(), [])
  return (
    <>
      <button type="button" className="button button--secondary" aria-haspopup="dialog" onClick={reportUi.open}>
        <span aria-hidden="true" className="button__icon">
          ⇩
        </span>
        {t('report.button')}
      </button>
      {open && <ReportDialog docId={docId} onClose={reportUi.close} />}
    </>
  )
}
