import { useId, useState } from 'react'
import { ApiError } from '../../../../shared/api/errors.ts'
import type { BackupEntry, RestoredWorkshop } from '../../../../shared/api/methods/backup.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useMounted } from '../../components/useModalDialog.ts'
import { formatDateTime } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import type { FileProblem } from './fileProblem.ts'
import { fileName } from '../report/paths.ts'

/**
 * The way out when a workshop file cannot be opened: its newest backup, put back where the file
 * was. The file that failed is moved aside and kept (the core never overwrites), and the button's
 * description says so before it is pressed. A file from a newer Medskapa is not damaged, so it
 * stays where it is and the backup opens as a new file beside it.
 */
export function RestoreOffer({
  path,
  backup,
  problem,
  onRestored
}: {
  /** The file that could not be opened. */
  path: string
  backup: BackupEntry
  problem: FileProblem | null
  onRestored: (restored: RestoredWorkshop) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const api = useAppStore((s) => s.api)
  const language = useAppStore((s) => s.language)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const live = useMounted()
  const hintId = useId()
  const when = formatDateTime(backup.takenAt, language)

  const restore = async (): Promise<void> => {
    if (!api || busy) return
    setBusy(true)
    setError(null)
    try {
      let restored: RestoredWorkshop
      try {
        restored = await api.call(
          'backup.restore',
          problem === 'newer' ? { backupPath: backup.path, replace: false } : { backupPath: backup.path, targetPath: path, replace: true }
        )
      } catch (e) {
        // The file's folder is gone with it (a USB stick pulled out): the core's own choice then,
        // a new file beside where it was or in the data folder.
        if (!(e instanceof ApiError && e.code === 'file' && /the folder does not exist/.test(e.message))) throw e
        restored = await api.call('backup.restore', { backupPath: backup.path, replace: false })
      }
      const message = restored.movedAside
        ? t('backups.offer.doneMovedAside', { when, file: fileName(restored.movedAside) })
        : t('backups.offer.done', { when })
      pushToast({ kind: 'info', message })
      announce(message)
      onRestored(restored)
    } catch (e) {
      if (live.current) setError(toUiError(e))
    } finally {
      if (live.current) setBusy(false)
    }
  }

  return (
    <div className="restore-offer">
      <p className="restore-offer__found">{t('backups.offer.found', { when })}</p>
      <button
        type="button"
        className="button button--primary"
        aria-describedby={hintId}
        aria-busy={busy}
        aria-disabled={busy}
        onClick={() => void restore()}
      >
        {busy ? t('backups.offer.restoring') : t('backups.offer.restore', { when })}
      </button>
      <p id={hintId} className="field__hint restore-offer__hint">
        {t(problem === 'missing' ? 'backups.offer.hintMissing' : problem === 'newer' ? 'backups.offer.hintBeside' : 'backups.offer.hintReplace')}
      </p>
      {error && <ErrorMessage lead={t('backups.offer.failed')} error={error} />}
    </div>
  )
}
