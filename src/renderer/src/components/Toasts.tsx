import { useEffect } from 'react'
import { useTranslation } from '../i18n/index.ts'
import { useAppStore, type Toast } from '../store/index.ts'

const TOAST_MS = 8_000

function ToastItem({ toast }: { toast: Toast }): React.JSX.Element {
  const { t } = useTranslation()
  const dismiss = useAppStore((s) => s.dismissToast)
  useEffect(() => {
    // Errors stay until closed; confirmations leave on their own.
    if (toast.kind === 'error') return
    const timer = window.setTimeout(() => dismiss(toast.id), TOAST_MS)
    return () => window.clearTimeout(timer)
  }, [toast, dismiss])
  return (
    <li className={`toast toast--${toast.kind}`}>
      <p className="toast__message">{toast.message}</p>
      {toast.action && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            toast.action?.run()
            dismiss(toast.id)
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="button button--small button--quiet" onClick={() => dismiss(toast.id)}>
        {t('errors.dismiss')}
      </button>
    </li>
  )
}

/** Short confirmations with one follow-up ("Lappen togs bort." – Ångra). */
export function Toasts(): React.JSX.Element {
  const { t } = useTranslation()
  const toasts = useAppStore((s) => s.toasts)
  return (
    <ol className="toasts" aria-label={t('toast.region')}>
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </ol>
  )
}
