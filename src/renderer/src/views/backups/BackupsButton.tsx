import { useEffect } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { BackupsDialog } from './BackupsDialog.tsx'
import { backupsUi } from './backupsUi.ts'

/** The top bar's "Säkerhetskopior", and the dialog it (or the palette) opens. */
export function BackupsButton({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const open = backupsUi.useOpen()
  // Leaving the workshop closes the dialog, so it does not spring open on the next one.
  useEffect(() => () => backupsUi.close(), [])
  return (
    <>
      <button type="button" className="button button--quiet" aria-haspopup="dialog" onClick={backupsUi.open}>
        {t('backups.button')}
      </button>
      {open && <BackupsDialog docId={docId} onClose={backupsUi.close} />}
    </>
  )
}
