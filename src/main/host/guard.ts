import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Envelope } from '../../shared/api/errors.ts'
import { API_PREFIX, TOKEN_HEADER, TOKEN_QUERY } from '../../shared/api/transport.ts'
import type { ProjectorGate } from './projector-access.ts'
import {
  isAllowedHost,
  isAllowedOrigin,
  readCookie,
  tokenCookie,
  tokenCookieName,
  tokensEqual
} from './security.ts'

// Every request (page, asset, API call, WebSocket upgrade) passes this gate before routing. The
// order matters: Host and Origin first (a rebinding or cross-site request is refused whatever it
// carries), then the token, then the stricter rule for changes.

const READ_ONLY_METHODS = new Set(['GET', 'HEAD'])

export const NO_TOKEN_MESSAGE =
  'Medskapa needs its access key: open the address printed by `npm start` (it ends with ?token=...).\n' +
  'Medskapa behöver sin åtkomstnyckel: öppna adressen som `npm start` skrev ut (den slutar med ?token=...).\n'

function hostMessage(port: number): string {
  return (
    `Medskapa answers only at http://127.0.0.1:${port} or http://localhost:${port}: open the address printed by \`npm start\`.\n` +
    `Medskapa svarar bara på http://127.0.0.1:${port} eller http://localhost:${port}: öppna adressen som \`npm start\` skrev ut.\n`
  )
}

const ORIGIN_MESSAGE =
  'Medskapa refuses requests made by other web pages.\nMedskapa tar inte emot anrop från andra webbsidor.\n'

const HEADER_MESSAGE =
  `A change must carry the ${TOKEN_HEADER} header; the cookie alone is not enough, ` +
  'so that other web pages cannot make changes in your name.\n'

/** API callers parse every reply as an Envelope, so refusals there are envelopes too. */
function deny(request: FastifyRequest, reply: FastifyReply, status: 401 | 403, message: string): FastifyReply {
  reply.code(status)
  if (request.url.startsWith(API_PREFIX)) {
    const body: Envelope<never> = { ok: false, error: { code: 'forbidden', message: message.split('\n')[0] } }
    return reply.type('application/json; charset=utf-8').send(body)
  }
  return reply.type('text/plain; charset=utf-8').send(message)
}

export function registerGuard(
  app: FastifyInstance,
  opts: { token: string; port: () => number; projector?: ProjectorGate }
): void {
  app.addHook('onRequest', async (request, reply) => {
    const port = opts.port()
    const { headers } = request

    if (!isAllowedHost(headers.host, port)) return deny(request, reply, 403, hostMessage(port))
    if (!isAllowedOrigin(headers.origin, port)) return deny(request, reply, 403, ORIGIN_MESSAGE)
    // Fetch metadata as a second line: a subresource or fetch from another site is refused
    // even when the browser leaves Origin out (no-cors GETs); following a link is still allowed.
    if (headers['sec-fetch-site'] === 'cross-site' && headers['sec-fetch-mode'] !== 'navigate') {
      return deny(request, reply, 403, ORIGIN_MESSAGE)
    }

    const byHeader = tokensEqual(headers[TOKEN_HEADER], opts.token)
    const byQuery = tokensEqual((request.query as Record<string, unknown> | undefined)?.[TOKEN_QUERY], opts.token)
    const cookieName = tokenCookieName(port)
    const byCookie = tokensEqual(readCookie(headers.cookie, cookieName), opts.token)
    if (!byHeader && !byQuery && !byCookie) {
      // The projector's own read-only key opens only the projector (projector-access.ts).
      const projector = opts.projector?.(request, reply) ?? null
      if (projector === 'allow') return undefined
      if (projector !== null) return deny(request, reply, 403, projector)
      return deny(request, reply, 401, NO_TOKEN_MESSAGE)
    }

    // CSRF: a browser attaches cookies by itself, but only our own page knows to set the header.
    if (!READ_ONLY_METHODS.has(request.method) && !byHeader) return deny(request, reply, 403, HEADER_MESSAGE)

    // The page was opened with ?token=: remember it so its scripts, styles and fonts load too.
    if (byQuery && !byCookie && READ_ONLY_METHODS.has(request.method)) {
      reply.header('set-cookie', tokenCookie(port, opts.token))
    }
    return undefined
  })
}
