import type { AddressInfo } from 'node:net'
import fastifyWebsocket from '@fastify/websocket'
import Fastify from 'fastify'
import { z } from 'zod'
import { ApiError, parseUnknown } from '../../shared/api/errors.ts'
import { API_PREFIX, PROJECTOR_PATH, PROJECTOR_TOKEN_QUERY, projectorRoute, TOKEN_QUERY } from '../../shared/api/transport.ts'
import type { Core } from '../core/core.ts'
import { registerApi, sendError } from './api.ts'
import { EVENTS_MAX_PAYLOAD, registerEvents } from './events.ts'
import { registerGuard } from './guard.ts'
import { projectorGate, ProjectorKeys } from './projector-access.ts'
import { registerProjector } from './projector-stream.ts'
import { LOOPBACK, newToken, securityHeaders, TokenSchema } from './security.ts'
import { registerStatic } from './static.ts'

// Browser mode: the same core as the Electron shell, over HTTP + WebSocket on loopback only,
// behind a per-run token. The participant page on the room network is a different host.

export interface HostOptions {
  core: Core
  /** 0 (the default) takes any free port. */
  port?: number
  /** Defaults to 32 random bytes, base64url. */
  token?: string
  /** The built renderer, out/renderer. */
  staticDir: string
  /** Where unexpected errors are reported; defaults to stderr. */
  log?: (line: string) => void
}

export interface RunningHost {
  /** http://127.0.0.1:PORT/?token=...: the address to open. */
  readonly url: string
  readonly port: number
  readonly token: string
  /** How many views listen on the event stream right now. */
  readonly eventClients: number
  /** Close every socket and stop listening; safe to call twice. */
  close(): Promise<void>
}

const Options = z.object({
  port: z.number().int().min(0).max(65_535).default(0),
  token: TokenSchema.optional(),
  staticDir: z.string().min(1, 'must not be empty')
})

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const checked = parseUnknown(Options, { port: opts.port, token: opts.token, staticDir: opts.staticDir }, 'Invalid host options')
  const token = checked.token ?? newToken()
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  let port = 0

  const app = Fastify({
    logger: false,
    // close() must not wait for an idle browser's keep-alive connections.
    forceCloseConnections: true
  })

  // Registered first so its onRequest hook marks upgrade requests before the guard answers them.
  await app.register(fastifyWebsocket, {
    options: { maxPayload: EVENTS_MAX_PAYLOAD },
    // The event stream closes its own sockets (politely, then by force): see events.ts.
    preClose: (done) => done()
  })

  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(securityHeaders(port))
  })
  const projectorKeys = new ProjectorKeys()
  registerGuard(app, { token, port: () => port, projector: projectorGate(projectorKeys, () => port) })

  registerApi(app, opts.core, log)
  const events = registerEvents(app, opts.core)
  const projector = registerProjector(app, opts.core, projectorKeys, checked.staticDir)
  await registerStatic(app, checked.staticDir)

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith(API_PREFIX)) {
      const what = request.method === 'POST' ? `there is no API method at ${request.url.split('?')[0]}` : `API methods are called with POST`
      return sendError(reply, new ApiError('not_found', what), request.method === 'POST' ? 404 : 405)
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('not found\n')
  })
  app.setErrorHandler((error: { statusCode?: number; stack?: string }, request, reply) => {
    // Refusals from the static files (a path outside the folder: 403) keep their status.
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500) {
      return reply.code(status).type('text/plain; charset=utf-8').send(`refused (${status})\n`)
    }
    log(`error in ${request.method} ${request.url.split('?')[0]}: ${error.stack ?? String(error)}`)
    return reply.code(500).type('text/plain; charset=utf-8').send('unexpected error in the Medskapa host\n')
  })

  try {
    // Loopback only: other machines on the network must never reach the facilitator's data.
    await app.listen({ host: LOOPBACK, port: checked.port })
  } catch (e) {
    await events.close()
    await projector.close()
    await app.close().catch(() => undefined)
    throw e
  }
  port = (app.server.address() as AddressInfo).port
  const projectorUrl = (docId: string): string =>
    `http://${LOOPBACK}:${port}${PROJECTOR_PATH}?${PROJECTOR_TOKEN_QUERY}=${projectorKeys.tokenFor(docId)}${projectorRoute(docId)}`
  opts.core.services.projectorUrl = projectorUrl

  let closing: Promise<void> | undefined
  return {
    url: `http://${LOOPBACK}:${port}/?${TOKEN_QUERY}=${encodeURIComponent(token)}`,
    port,
    token,
    get eventClients() {
      return events.size
    },
    close: () => {
      closing ??= (async () => {
        if (opts.core.services.projectorUrl === projectorUrl) delete opts.core.services.projectorUrl
        await events.close()
        await projector.close()
        await app.close()
      })()
      return closing
    }
  }
}
