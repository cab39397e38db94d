import fs from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { WebSocket } from 'ws'
import type { ApiEvent } from '../../shared/api/events.ts'
import { PROJECTOR_EVENTS_PATH, PROJECTOR_PATH, PROJECTOR_TOKEN_QUERY } from '../../shared/api/transport.ts'
import type { Core } from '../core/core.ts'
import type { ProjectorKeys } from './projector-access.ts'
import { NOT_BUILT_MESSAGE } from './static.ts'

// The room's screen in browser mode: the app's page at /projector, and a stream that carries only
// the projector view of the one workshop its key belongs to. The stream takes no calls: the page
// may not send anything, and a message from it closes the socket.

/** A screen that stops reading must not make the host buffer without end (events.ts does the same). */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024
const GOING_AWAY = 1001
const POLICY_VIOLATION = 1008

export interface ProjectorStream {
  close(): Promise<void>
  readonly size: number
}

function send(socket: WebSocket, message: string): void {
  try {
    if (socket.readyState !== socket.OPEN) return
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.terminate()
      return
    }
    socket.send(message)
  } catch {
    socket.terminate()
  }
}

export function registerProjector(app: FastifyInstance, core: Core, keys: ProjectorKeys, staticDir: string): ProjectorStream {
  const byDoc = new Map<string, Set<WebSocket>>()
  const all = new Set<WebSocket>()
  let stopping = false

  // Only 'projector' events, only to the screens of that workshop; serialised once per event.
  const unsubscribe = core.subscribe((event: ApiEvent) => {
    if (event.type !== 'projector') return
    const sockets = byDoc.get(event.docId)
    if (!sockets || sockets.size === 0) return
    const message = JSON.stringify(event)
    for (const socket of sockets) send(socket, message)
  })

  const indexFile = path.join(path.resolve(staticDir), 'index.html')
  app.get(PROJECTOR_PATH, async (_request, reply) => {
    if (!fs.existsSync(indexFile)) {
      return reply.code(503).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(NOT_BUILT_MESSAGE)
    }
    return reply.header('cache-control', 'no-store').sendFile('index.html', { cacheControl: false })
  })

  app.get(PROJECTOR_EVENTS_PATH, { websocket: true }, (socket, request) => {
    // The guard has checked the key; it still decides which workshop this socket may see.
    const docId = keys.docFor((request.query as Record<string, unknown> | undefined)?.[PROJECTOR_TOKEN_QUERY])
    if (stopping || docId === null) {
      socket.close(POLICY_VIOLATION, 'no projector key')
      return
    }
    let sockets = byDoc.get(docId)
    if (!sockets) byDoc.set(docId, (sockets = new Set()))
    sockets.add(socket)
    all.add(socket)
    const release = core.projector.watch(docId)
    socket.on('message', () => socket.close(POLICY_VIOLATION, 'the projector stream is read-only'))
    socket.on('close', () => {
      release()
      sockets.delete(socket)
      all.delete(socket)
    })
    // The screen starts from the room's view as it is now, then follows the events.
    send(socket, JSON.stringify({ type: 'projector', docId, view: core.projector.current(docId) } satisfies ApiEvent))
  })

  return {
    get size() {
      return all.size
    },
    close: async () => {
      stopping = true
      unsubscribe()
      const open = [...all]
      const closed = Promise.all(
        open.map((s) => new Promise<void>((resolve) => (s.readyState === s.CLOSED ? resolve() : s.once('close', () => resolve()))))
      )
      for (const s of open) s.close(GOING_AWAY, 'Medskapa is stopping')
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
