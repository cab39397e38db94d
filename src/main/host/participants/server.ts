import type { AddressInfo } from 'node:net'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify'
import type { z } from 'zod'
import { JOIN_CODE_QUERY, PHONE_BODY_LIMIT, PHONE_ROUTES, type PhoneErrorCode } from '../../../shared/participants/protocol.ts'
import { JoinBody, NoteBody, VoteBody } from '../../../shared/participants/schemas.ts'
import { readCookie } from '../security.ts'
import type { Device } from './devices.ts'
import type { PhoneAssets } from './page.ts'
import { deviceCookie, deviceCookieName, isAllowedHost, isAllowedOrigin, PHONE_HEADERS } from './security.ts'
import { PhoneError, type ParticipantSession } from './session.ts'

// The participant server: the only thing Medskapa lets the room's network reach. It has exactly
// the phone's routes (the page, its two files, join, state, note, vote) and nothing of the
// facilitator's API; it listens on the one address the facilitator picked. Client addresses are
// used only by the in-memory rate limits and lock-outs, and are never logged or stored.

export interface PhoneServerOptions {
  address: string
  /** 0: any free port. */
  port: number
  session: ParticipantSession
  assets: PhoneAssets
  /** Unexpected errors only (never a client address, never a query string). */
  log: (line: string) => void
}

export interface RunningPhoneServer {
  readonly port: number
  /** Stops listening before it returns (a new connection is refused at once); resolves when all is closed. */
  close(): Promise<void>
}

/** Per-device and per-address limits (quality anchors §2.3 S5): far above what a person does. */
export const LIMITS = {
  notesPerMinute: 30,
  votesPerMinute: 120,
  statePerMinute: 120,
  joinsPerMinute: 120,
  pagePerMinute: 300
} as const

const MINUTE = 60_000
const POST_ROUTES = new Set<string>([PHONE_ROUTES.join, PHONE_ROUTES.note, PHONE_ROUTES.vote])

function fail(reply: FastifyReply, status: number, error: PhoneErrorCode): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ ok: false, error })
}

function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const r = schema.safeParse(body)
  if (!r.success) throw new PhoneError(400, 'bad_request')
  return r.data
}

export async function startPhoneServer(opts: PhoneServerOptions): Promise<RunningPhoneServer> {
  const { session, assets } = opts
  let port = opts.port

  const app = Fastify({
    logger: false,
    bodyLimit: PHONE_BODY_LIMIT,
    // A phone that walks out of range must not hold a socket open, and stop must not wait for it.
    forceCloseConnections: true,
    requestTimeout: 15_000,
    connectionTimeout: 15_000,
    // No proxy in front of us: X-Forwarded-For is a client's claim and is ignored.
    trustProxy: false
  })
  // JSON only: a cross-site form can send text/plain or form data, never application/json.
  app.removeContentTypeParser('text/plain')

  const cookieToken = (request: FastifyRequest): string | undefined => readCookie(request.headers.cookie, deviceCookieName(port))
  const deviceKey = (request: FastifyRequest): string => {
    const key = session.devices.keyOf(cookieToken(request))
    return key ? `device:${key}` : `client:${request.ip}`
  }
  const requireDevice = (request: FastifyRequest): Device => {
    const device = session.devices.find(cookieToken(request))
    if (!device) throw new PhoneError(401, 'join')
    return device
  }

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(PHONE_HEADERS)
    const { headers } = request
    if (!isAllowedHost(headers.host, opts.address, port)) return fail(reply, 403, 'forbidden')
    if (!isAllowedOrigin(headers.origin, opts.address, port)) return fail(reply, 403, 'forbidden')
    const site = headers['sec-fetch-site']
    // Another site's page may link here (navigate), but may not fetch or embed anything.
    if (site === 'cross-site' && headers['sec-fetch-mode'] !== 'navigate') return fail(reply, 403, 'forbidden')
    const path = request.url.split('?')[0]
    if (request.method === 'POST' && POST_ROUTES.has(path) && site !== undefined && site !== 'same-origin') {
      return fail(reply, 403, 'forbidden')
    }
    return undefined
  })

  await app.register(rateLimit, {
    global: false,
    // Throwing this object hands it to the error handler below, which answers in the phone's format.
    errorResponseBuilder: () => ({ statusCode: 429, phoneError: 'too_many' })
  })
  const limit = (max: number, key: (request: FastifyRequest) => string) => ({
    config: { rateLimit: { max, timeWindow: MINUTE, keyGenerator: key } }
  })
  const byClient = (request: FastifyRequest): string => `client:${request.ip}`

  // --- the page --------------------------------------------------------------------------------
  app.get('/', limit(LIMITS.pagePerMinute, byClient), (_request, reply) => reply.redirect(PHONE_ROUTES.page, 302))
  app.get(PHONE_ROUTES.page, limit(LIMITS.pagePerMinute, byClient), (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(assets.html)
  )
  app.get(PHONE_ROUTES.script, limit(LIMITS.pagePerMinute, byClient), (_request, reply) =>
    assets.script ? reply.type('text/javascript; charset=utf-8').send(assets.script) : fail(reply, 404, 'not_found')
  )
  app.get(PHONE_ROUTES.style, limit(LIMITS.pagePerMinute, byClient), (_request, reply) =>
    assets.style ? reply.type('text/css; charset=utf-8').send(assets.style) : fail(reply, 404, 'not_found')
  )

  // --- the phone API ---------------------------------------------------------------------------
  app.post(PHONE_ROUTES.join, limit(LIMITS.joinsPerMinute, byClient), async (request, reply) => {
    const body = parseBody(JoinBody, request.body)
    // Already joined in this run (a reload, a second scan): keep the same device and its dots.
    if (session.devices.find(cookieToken(request))) return { ok: true }
    const { token } = session.join(body.code, request.ip)
    reply.header('set-cookie', deviceCookie(port, token))
    return { ok: true }
  })

  app.get(PHONE_ROUTES.state, limit(LIMITS.statePerMinute, deviceKey), async (request) => {
    const state = await session.state(requireDevice(request))
    return { ok: true, state }
  })

  app.post(PHONE_ROUTES.note, limit(LIMITS.notesPerMinute, deviceKey), async (request) => {
    const device = requireDevice(request)
    await session.note(device, parseBody(NoteBody, request.body))
    return { ok: true }
  })

  app.post(PHONE_ROUTES.vote, limit(LIMITS.votesPerMinute, deviceKey), async (request) => {
    const device = requireDevice(request)
    const state = await session.vote(device, parseBody(VoteBody, request.body))
    return { ok: true, state }
  })

  app.setNotFoundHandler((_request, reply) => fail(reply, 404, 'not_found'))
  app.setErrorHandler((error: { statusCode?: number; code?: string; phoneError?: string; stack?: string }, request, reply) => {
    if (error instanceof PhoneError) return fail(reply, error.status, error.code)
    const status = error.statusCode ?? 500
    if (status === 429) return fail(reply, 429, 'too_many')
    if (status === 413) return fail(reply, 413, 'too_large')
    if (status >= 400 && status < 500) return fail(reply, status, 'bad_request')
    opts.log(`participant server: error in ${request.method} ${request.url.split('?')[0]}: ${error.stack ?? String(error)}`)
    return fail(reply, 500, 'unavailable')
  })

  await app.listen({ host: opts.address, port: opts.port })
  port = (app.server.address() as AddressInfo).port

  let closing: Promise<void> | undefined
  return {
    get port() {
      return port
    },
    close: () => {
      if (!closing) {
        // Stop accepting now, not after fastify's close hooks have run: "off" means off at once.
        app.server.close()
        app.server.closeAllConnections()
        closing = app.close().then(() => undefined)
      }
      return closing
    }
  }
}

/** The join address a QR code holds: scanning it opens the page and joins with the code. */
export function joinUrl(origin: string, code: string): string {
  return `${origin}${PHONE_ROUTES.page}?${JOIN_CODE_QUERY}=${encodeURIComponent(code)}`
}
