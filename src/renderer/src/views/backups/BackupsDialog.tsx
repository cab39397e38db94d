import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { BackupEntry, BackupSet } from '../../../../shared/api/methods/backup.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useModalDialog, useMounted } from '../../components/useModalDialog.ts'
import { formatDateTime, formatNumber } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/index.ts'
import { navigate } from '../../router.ts'
import { useAppStore } from '../../store/index.ts'
import { fileName } from '../report/paths.ts'
import { DialogHead } from '../../components/DialogHead.tsx'

/**
 * "Säkerhetskopior": the automatic backups of the open workshop, newest first. Any of them opens
 * as a new file beside this one, so restoring never changes the workshop that is open; "Back up
 * now" takes one before something risky. A native modal dialog in the shared frame.
 */
export function BackupsDialog({ docId, onClose }: { docId: string; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const titleId = useId()
  const introId = useId()
  const hintId = useId()
  const live = useMounted()
  const api = useAppStore((s) => s.api)
  const language = useAppStore((s) => s.language)
  const announce = useAppStore((s) => s.announce)
  const pushToast = useAppStore((s) => s.pushToast)
  const [set, setSet] = useState<BackupSet | null>(null)
  const [loading, setLoading] = useState(true)
  const [loadError, setLoadError] = useState<UiError | null>(null)
  const [busy, setBusy] = useState<'create' | string | null>(null)
  const [actionError, setActionError] = useState<UiError | null>(null)

  useModalDialog(ref, titleRef)

  const load = useCallback(async (): Promise<void> => {
    if (!api) return
    setLoadError(null)
    try {
      const { sets } = await api.call('backup.list', { docId })
      if (live.current) setSet(sets[0] ?? null)
    } catch (e) {
      if (live.current) setLoadError(toUiError(e))
    } finally {
      if (live.current) setLoading(false)
    }
  }, [api, docId, live])

  useEffect(() => {
    void load()
  }, [load])

  const backUpNow = async (): Promise<void> => {
    if (!api || busy) return
    setBusy('create')
    setActionError(null)
    try {
      const { created } = await api.call('backup.create', { docId })
      announce(t(created ? 'backups.dialog.created' : 'backups.dialog.unchanged'))
      await load()
    } catch (e) {
      if (live.current) setActionError(toUiError(e))
    } finally {
      if (live.current) setBusy(null)
    }
  }

  const restore = async (backup: BackupEntry): Promise<void> => {
    if (!api || busy) return
    setBusy(backup.path)
    setActionError(null)
    try {
      // No target: the core puts it beside the original under a new name and never overwrites.
      const restored = await api.call('backup.restore', { backupPath: backup.path, replace: false })
      const message = t('backups.dialog.restored', { when: formatDateTime(backup.takenAt, language), file: fileName(restored.path) })
      pushToast({ kind: 'info', message })
      announce(message)
      onClose()
      navigate({ name: 'workshop', path: restored.path })
    } catch (e) {
      if (live.current) {
        setActionError(toUiError(e))
        setBusy(null)
      }
    }
  }

  const backups = set?.backups ?? []
  // Backups a minute apart or less read the same to the minute: those show their seconds too.
  const minutes = backups.map((b) => formatDateTime(b.takenAt, language))
  const whenOf = (i: number): string =>
    minutes.filter((m) => m === minutes[i]).length > 1 ? formatDateTime(backups[i].takenAt, language, { seconds: true }) : minutes[i]
  return (
    <dialog ref={ref} className="dialog backups-dialog" aria-labelledby={titleId} aria-describedby={introId} onClose={onClose}>
      <DialogHead titleId={titleId} titleRef={titleRef} title={t('backups.dialog.title')} closeLabel={t('backups.dialog.close')} onClose={onClose} />
      <div className="dialog__body backups-dialog__body">
        <p id={introId} className="backups-dialog__intro">
          {t('backups.dialog.intro')}
        </p>
        {set?.lastError && <ErrorMessage lead={t('backups.dialog.lastError')} error={{ code: 'file', detail: set.lastError }} />}
        {loadError && (
          <div className="backups-dialog__problem">
            <ErrorMessage lead={t('backups.dialog.loadFailed')} error={loadError} />
            <button type="button" className="button button--secondary" onClick={() => void load()}>
              {t('backups.dialog.retry')}
            </button>
          </div>
        )}
        {loading && <p className="backups-dialog__status">{t('backups.dialog.loading')}</p>}
        {!loading && !loadError && backups.length === 0 && <p className="backups-dialog__status">{t('backups.dialog.empty')}</p>}
        {backups.length > 0 && (
          <>
            <p id={hintId} className="field__hint">
              {t('backups.dialog.restoreHint')}
            </p>
            <ol className="backup-list" aria-label={t('backups.dialog.listLabel')}>
              {backups.map((backup, i) => {
                const when = whenOf(i)
                return (
                  <li key={backup.path} className="backup-list__item">
                    <span className="backup-list__when">
                      {when}
                      {i === 0 && <span className="backup-list__newest">{t('backups.dialog.newest')}</span>}
                    </span>
                    <span className="backup-list__size">
                      {t('backups.dialog.size', { size: formatNumber(Math.max(1, Math.round(backup.sizeBytes / 1024)), language) })}
                    </span>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('backups.dialog.restoreLabel', { when })}
                      aria-describedby={hintId}
                      aria-busy={busy === backup.path}
                      aria-disabled={busy !== null}
                      onClick={() => void restore(backup)}
                    >
                      {t('backups.dialog.restore')}
                    </button>
                  </li>
                )
              })}
            </ol>
          </>
        )}
        {set && (
          <p className="backups-dialog__folder" title={set.folder}>
            {t('backups.dialog.folder', { path: set.folder })}
          </p>
        )}
        {actionError && <ErrorMessage error={actionError} />}
        <div className="form__actions">
          <button type="button" className="button button--secondary" aria-busy={busy === 'create'} aria-disabled={busy !== null} onClick={() => void backUpNow()}>
            {busy === 'create' ? t('backups.dialog.backingUp') : t('backups.dialog.backUpNow')}
          </button>
        </div>
      </div>
    </dialog>
  )
}
