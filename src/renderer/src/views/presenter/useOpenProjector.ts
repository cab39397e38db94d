import { useCallback, useState } from 'react'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { openProjector } from './actions.ts'

/**
 * Open the room's screen from a button. When the browser blocks the new window, the address is
 * kept so the view can offer it as a plain link (a click on a link is never blocked).
 */
export function useOpenProjector(docId: string): { open: () => void; blockedUrl: string | null; clearBlocked: () => void } {
  const { t } = useTranslation()
  const pushToast = useAppStore((s) => s.pushToast)
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null)
  const open = useCallback(() => {
    setBlockedUrl(null)
    openProjector(docId)
      .then((how) => {
        if (typeof how !== 'object') return
        setBlockedUrl(how.blocked)
        pushToast({ kind: 'error', message: t('projector.presenter.popupBlocked') })
      })
      .catch((e: unknown) => pushToast({ kind: 'error', message: errorText(e) }))
  }, [docId, pushToast, t])
  return { open, blockedUrl, clearBlocked: useCallback(() => setBlockedUrl(null), []) }
}
