import { useEffect, useRef } from 'react'
import { useTranslation } from '../i18n/index.ts'
import { useAppStore } from '../store/index.ts'

/** Says so when the browser has lost the host (writes fail until it is back), and when it is back. */
export function ConnectionBanner(): React.JSX.Element | null {
  const { t } = useTranslation()
  const connection = useAppStore((s) => s.connection)
  const announce = useAppStore((s) => s.announce)
  const wasOffline = useRef(false)
  useEffect(() => {
    if (connection === 'offline') wasOffline.current = true
    else if (connection === 'online' && wasOffline.current) {
      wasOffline.current = false
      announce(t('connection.back'))
    }
  }, [connection, announce, t])
  if (connection !== 'offline') return null
  return (
    <div className="connection-banner" role="alert">
      {t('connection.offline')}
    </div>
  )
}
