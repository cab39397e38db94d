import { useEffect, useState } from 'react'
import type { ProjectorView as View } from '../../../../shared/projector/schema.ts'
import { openProjectorFeed, type FeedStatus } from './feed.ts'
import { ProjectorScreen } from './ProjectorScreen.tsx'
import { screenT } from './screenText.ts'
import { useScreenTheme } from './theme.ts'
import { useIdleCursor } from './useIdleCursor.ts'

/** A short break (a host busy for a moment) should not flash a notice in front of the room. */
const OFFLINE_NOTICE_AFTER_MS = 3_000

interface Received {
  view: View
  /** The core's clock minus this machine's when the view arrived, for the timer. */
  skewMs: number
}

/**
 * The room's screen (the #/projector route): the newest projector view, full window, no chrome.
 * It reads through its own line (feed.ts), never through the facilitator's API client.
 */
export function ProjectorView({ docId }: { docId: string }): React.JSX.Element {
  const [received, setReceived] = useState<Received | null>(null)
  const [status, setStatus] = useState<FeedStatus>('connecting')
  const [showOffline, setShowOffline] = useState(false)
  const theme = useScreenTheme()
  useIdleCursor()

  useEffect(
    () =>
      openProjectorFeed(docId, {
        view: (view) => setReceived({ view, skewMs: view.serverTime - Date.now() }),
        status: setStatus
      }),
    [docId]
  )

  useEffect(() => {
    if (status !== 'offline') {
      setShowOffline(false)
      return
    }
    const id = window.setTimeout(() => setShowOffline(true), OFFLINE_NOTICE_AFTER_MS)
    return () => window.clearTimeout(id)
  }, [status])

  const language = received?.view.language ?? 'sv'
  const t = screenT(language)
  useEffect(() => {
    document.title = `Medskapa – ${t('projector.screen.label').toLowerCase()}`
    document.documentElement.lang = language
  }, [t, language])

  if (!received) {
    const text = status === 'no-key' ? t('projector.screen.noKey') : t('projector.screen.connecting')
    return (
      <main id="main" className="pj-frame pj-frame--room" data-theme={theme}>
        <div className="pj pj--waiting">
          <div className="pj__message">
            <h1 className="pj__title pj__title--small">{text}</h1>
          </div>
        </div>
      </main>
    )
  }
  return (
    <main id="main" className="pj-page">
      <ProjectorScreen
        view={received.view}
        skewMs={received.skewMs}
        preview={false}
        theme={theme}
        notice={showOffline ? t('projector.screen.offline') : null}
      />
    </main>
  )
}
