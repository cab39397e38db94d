import type { FastifyReply, FastifyRequest } from 'fastify'
import { PROJECTOR_EVENTS_PATH, PROJECTOR_PATH, PROJECTOR_TOKEN_QUERY } from '../../shared/api/transport.ts'
import { newToken, readCookie, tokensEqual } from './security.ts'

// The projector's own keys: one per workshop, made when the facilitator asks for the projector
// address. A projector key is read-only by construction: the guard lets it open the projector page,
// the app's assets and the projector stream of its one workshop, and refuses it everywhere else,
// so a projector address left open on the room's screen can never read the board or change it.

export class ProjectorKeys {
  #byDoc = new Map<string, string>()

  /** The key of one workshop's projector; the same for the whole run, so a reload keeps working. */
  tokenFor(docId: string): string {
    let token = this.#byDoc.get(docId)
    if (!token) this.#byDoc.set(docId, (token = newToken()))
    return token
  }

  /** The workshop a key belongs to, or null. Compared in constant time, like the main token. */
  docFor(given: unknown): string | null {
    let found: string | null = null
    for (const [docId, token] of this.#byDoc) if (tokensEqual(given, token)) found = docId
    return found
  }
}

/** Per port, like the main token's cookie: two hosts on 127.0.0.1 must not overwrite each other's. */
export function projectorCookieName(port: number): string {
  return `medskapa_ptoken_${port}`
}

export const PROJECTOR_ONLY_MESSAGE =
  "The projector's key opens only the projector; it cannot read or change the workshop.\n" +
  'Projektorns nyckel öppnar bara projektorn; den kan inte läsa eller ändra workshoppen.\n'

/**
 * What a projector key opens: an allow-list, so a route added later (or a spelling of /api that
 * some router accepts) is closed to it until someone decides otherwise. The built renderer keeps
 * all its scripts, styles and fonts under /assets/.
 */
export function isProjectorPath(path: string): boolean {
  if (path === PROJECTOR_PATH || path === PROJECTOR_EVENTS_PATH || path === '/favicon.ico') return true
  return path.startsWith('/assets/') && !path.includes('..') && !path.includes('%')
}

/**
 * The guard's answer for a request without the main token: null when it carries no valid projector
 * key either (so the guard refuses with 401 as before), 'allow', or why it is refused (403).
 */
export type ProjectorGate = (request: FastifyRequest, reply: FastifyReply) => 'allow' | string | null

export function projectorGate(keys: ProjectorKeys, port: () => number): ProjectorGate {
  return (request, reply) => {
    const byQuery = (request.query as Record<string, unknown> | undefined)?.[PROJECTOR_TOKEN_QUERY]
    const cookieName = projectorCookieName(port())
    const byCookie = readCookie(request.headers.cookie, cookieName)
    const queryDoc = keys.docFor(byQuery)
    const docId = queryDoc ?? keys.docFor(byCookie)
    if (docId === null) return null

    const path = request.url.split('?')[0]
    if (request.method !== 'GET' && request.method !== 'HEAD') return PROJECTOR_ONLY_MESSAGE
    if (!isProjectorPath(path)) return PROJECTOR_ONLY_MESSAGE
    // The stream is bound to the workshop of the key in its own address, never to a cookie that
    // another projector page in the same browser may have replaced.
    if (path === PROJECTOR_EVENTS_PATH) return queryDoc !== null ? 'allow' : PROJECTOR_ONLY_MESSAGE
    if (path === PROJECTOR_PATH && queryDoc !== null) {
      // Remember the key so the page's scripts, styles and fonts load too.
      reply.header('set-cookie', `${cookieName}=${String(byQuery)}; HttpOnly; SameSite=Strict; Path=/`)
    }
    return 'allow'
  }
}
