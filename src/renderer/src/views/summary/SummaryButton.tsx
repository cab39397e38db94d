import { useEffect } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { SummaryDialog } from './SummaryDialog.tsx'
import { summaryUi } from './summaryUi.ts'

/** The top bar's "Minnesanteckningar", and the dialog it (or the command) opens. */
export function SummaryButton({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const open = summaryUi.useOpen()
  // Leaving the workshop closes the dialog, so it does not spring open on the next one.
  useEffect(() => () => summaryUi.close(), [])
  return (
    <>
      <button type="button" className="button button--secondary" aria-haspopup="dialog" onClick={summaryUi.open}>
        <span aria-hidden="true" className="button__icon">
          ✉
        </span>
        {t('summary.button')}
      </button>
      {open && <SummaryDialog docId={docId} onClose={summaryUi.close} />}
    </>
  )
}
