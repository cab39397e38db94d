import type { FastifyInstance } from 'fastify'
import type { WebSocket } from 'ws'
import { EVENTS_PATH } from '../../shared/api/transport.ts'
import type { Core } from '../core/core.ts'

/**
 * A view that stops reading (a frozen tab, a sleeping laptop) must not make the host buffer
 * without end: past this it is dropped and reconnects, then reloads what it missed.
 */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024

/** Views only listen; anything they send is ignored, so a tiny frame limit is enough. */
export const EVENTS_MAX_PAYLOAD = 4 * 1024

/** Close code 1001 "going away": the browser client reconnects when the host is back. */
const GOING_AWAY = 1001

export interface EventStream {
  /** Close every socket (politely, then by force) and stop listening to the core. */
  close(): Promise<void>
  readonly size: number
}

/**
 * GET /events (WebSocket): every ApiEvent from the core, as one JSON text message each, to every
 * open view, so two windows and the projector stay in step.
 */
export function registerEvents(app: FastifyInstance, core: Core): EventStream {
  const sockets = new Set<WebSocket>()
  let stopping = false

  // One subscription for all sockets: each event is serialised once, however many views listen.
  const unsubscribe = core.subscribe((event) => {
    if (sockets.size === 0) return
    const message = JSON.stringify(event)
    for (const socket of sockets) {
      // The core emits inside the caller's request: a broken socket must never fail that request.
      try {
        if (socket.readyState !== socket.OPEN) continue
        if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
          socket.terminate()
          continue
        }
        socket.send(message)
      } catch {
        socket.terminate()
      }
    }
  })

  app.get(EVENTS_PATH, { websocket: true }, (socket) => {
    if (stopping) {
      socket.terminate()
      return
    }
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  return {
    get size() {
      return sockets.size
    },
    close: async () => {
      stopping = true
      unsubscribe()
      const open = [...sockets]
      const closed = Promise.all(
        open.map((s) => new Promise<void>((resolve) => (s.readyState === s.CLOSED ? resolve() : s.once('close', () => resolve()))))
      )
      for (const s of open) s.close(GOING_AWAY, 'Medskapa is stopping')
      // A client that never answers the close handshake must not hold the host open.
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, 500)
      })
      await Promise.race([closed, timeout])
      clearTimeout(timer)
      for (const s of open) if (s.readyState !== s.CLOSED) s.terminate()
    }
  }
}
