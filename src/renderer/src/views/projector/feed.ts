import { ApiEvent } from '../../../../shared/api/events.ts'
import { PRELOAD_GLOBAL, PROJECTOR_EVENTS_PATH, PROJECTOR_TOKEN_QUERY, type PreloadApi } from '../../../../shared/api/transport.ts'
import type { ProjectorView } from '../../../../shared/projector/schema.ts'
import { unwrapEnvelope } from '../../api/errors.ts'
import { takeProjectorKey } from './projectorKey.ts'

// The room's screen has its own, read-only line to the workshop, and never the facilitator's API
// client: in the browser it holds only the projector key (ptoken), which opens nothing but the
// projector stream, and in the app its window may call nothing but 'projector.view'. Both lines
// deliver whole views; the screen only ever shows the newest one.

export type FeedStatus = 'connecting' | 'online' | 'offline' | 'no-key'

export interface FeedHandlers {
  view(view: ProjectorView): void
  status(status: FeedStatus): void
}

const BACKOFF_FIRST_MS = 250
const BACKOFF_MAX_MS = 4_000

/** A projector view out of an event, or null: anything that is not one for this workshop is ignored. */
function viewOf(raw: unknown, docId: string): ProjectorView | null {
  const parsed = ApiEvent.safeParse(raw)
  if (!parsed.success) {
    console.warn('medskapa: the projector ignored a message that does not match the contract', parsed.error.issues[0])
    return null
  }
  const event = parsed.data
  return event.type === 'projector' && event.docId === docId ? (event.view as ProjectorView) : null
}

function shellBridge(): PreloadApi | null {
  const bridge = (window as unknown as Record<string, unknown>)[PRELOAD_GLOBAL]
  return typeof bridge === 'object' && bridge !== null ? (bridge as PreloadApi) : null
}

/** Electron: the first view by the one call a projector window may make, then its events. */
function openIpcFeed(bridge: PreloadApi, docId: string, on: FeedHandlers): () => void {
  let live = true
  // An event that arrives while the first call is on its way is newer than the call's answer.
  let gotEvent = false
  const stop = bridge.onEvent((event) => {
    const view = viewOf(event, docId)
    if (!view || !live) return
    gotEvent = true
    on.view(view)
  })
  on.status('connecting')
  bridge
    .invoke('projector.view', { docId })
    .then((envelope) => {
      if (!live) return
      const view = viewOf({ type: 'projector', docId, view: unwrapEnvelope(envelope, 'projector.view') }, docId)
      if (view && !gotEvent) on.view(view)
      on.status('online')
    })
    .catch((e: unknown) => {
      console.error('medskapa: the projector could not read its view', e)
      if (live) on.status('offline')
    })
  return () => {
    live = false
    stop()
  }
}

/**
 * Browser: the projector stream with the page's key. Its first message is the view as it is now,
 * so a reconnect (host busy, laptop asleep) needs nothing but opening the socket again.
 */
function openSocketFeed(key: string, docId: string, on: FeedHandlers): () => void {
  let closed = false
  let attempt = 0
  let socket: WebSocket | null = null
  let retry: number | undefined

  const url = (): string => {
    const u = new URL(PROJECTOR_EVENTS_PATH, window.location.origin)
    u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:'
    u.searchParams.set(PROJECTOR_TOKEN_QUERY, key)
    return u.toString()
  }

  const open = (): void => {
    if (closed) return
    const ws = new WebSocket(url())
    socket = ws
    ws.onopen = () => {
      attempt = 0
      on.status('online')
    }
    ws.onmessage = (message) => {
      let data: unknown
      try {
        data = JSON.parse(String(message.data))
      } catch {
        return
      }
      const view = viewOf(data, docId)
      if (view) on.view(view)
    }
    ws.onclose = () => {
      if (socket !== ws || closed) return
      on.status('offline')
      // Backoff with jitter; capped low, since the room is waiting for the picture to come back.
      const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** attempt) * (0.75 + Math.random() * 0.5)
      attempt += 1
      retry = window.setTimeout(open, delay)
    }
  }
  on.status('connecting')
  open()
  return () => {
    closed = true
    window.clearTimeout(retry)
    socket?.close()
  }
}

/** Follow the room's view of one workshop; returns the way to stop. */
export function openProjectorFeed(docId: string, on: FeedHandlers): () => void {
  const bridge = shellBridge()
  if (bridge) return openIpcFeed(bridge, docId, on)
  const key = takeProjectorKey(docId)
  if (!key) {
    on.status('no-key')
    return () => {}
  }
  return openSocketFeed(key, docId, on)
}
