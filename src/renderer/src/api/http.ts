import type { ApiMethod, ApiOutput } from '../../../shared/api/contract.ts'
import { ApiError } from '../../../shared/api/errors.ts'
import { ApiEvent } from '../../../shared/api/events.ts'
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER, TOKEN_QUERY } from '../../../shared/api/transport.ts'
import { TransportError, unwrapEnvelope } from './errors.ts'
import { isPageLeaving } from './pageLeave.ts'
import type { ConnectionStatus, Transport } from './types.ts'

const BACKOFF_FIRST_MS = 250
const BACKOFF_MAX_MS = 5_000
/** Under the 64 KiB browsers allow keepalive bodies in all, with room for headers. */
const KEEPALIVE_BUDGET_BYTES = 60 * 1024

/**
 * Browser mode: POST /api/<method> for calls, one WebSocket for change events. The socket is
 * reopened with backoff when it drops (laptop asleep, host restarted); listeners are told the
 * line "resumed" so views fetch again whatever they may have missed meanwhile.
 */
export function createHttpTransport(opts: { origin: string; token: string | null }): Transport {
  const eventListeners = new Set<(event: ApiEvent) => void>()
  const statusListeners = new Set<(status: ConnectionStatus, resumed: boolean) => void>()
  let status: ConnectionStatus = 'connecting'
  let everOpen = false
  let attempt = 0
  let socket: WebSocket | null = null
  let closed = false

  const setStatus = (next: ConnectionStatus, resumed: boolean): void => {
    if (next === status && !resumed) return
    status = next
    for (const l of statusListeners) l(next, resumed)
  }

  const eventsUrl = (): string => {
    const url = new URL(EVENTS_PATH, opts.origin)
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
    // Browsers cannot set headers on a WebSocket, so the token goes in the query here.
    if (opts.token) url.searchParams.set(TOKEN_QUERY, opts.token)
    return url.toString()
  }

  const open = (): void => {
    if (closed) return
    const ws = new WebSocket(eventsUrl())
    socket = ws
    ws.onopen = () => {
      attempt = 0
      const resumed = everOpen
      everOpen = true
      setStatus('online', resumed)
    }
    ws.onmessage = (message) => {
      let data: unknown
      try {
        data = JSON.parse(String(message.data))
      } catch {
        return
      }
      const parsed = ApiEvent.safeParse(data)
      if (!parsed.success) {
        console.warn('medskapa: ignored an event that does not match the contract', parsed.error.issues[0])
        return
      }
      for (const l of eventListeners) l(parsed.data as ApiEvent)
    }
    ws.onclose = () => {
      if (socket !== ws || closed) return
      setStatus(everOpen ? 'offline' : 'connecting', false)
      // Exponential backoff with jitter, so several tabs do not hammer a restarting host together.
      const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** attempt) * (0.75 + Math.random() * 0.5)
      attempt += 1
      setTimeout(open, delay)
    }
  }
  open()

  // Bytes of keepalive bodies still on their way. Browsers refuse a keepalive request that would
  // take the page's total over 64 KiB, so a write that does not fit goes the ordinary way (and is
  // delivered if the page lives long enough) instead of being refused.
  let keepaliveBytes = 0

  /** One POST; with `keepalive` the browser finishes it even if the page is gone a moment later. */
  const post = async (method: string, input: unknown, keepalive: boolean): Promise<Response> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (opts.token) headers[TOKEN_HEADER] = opts.token
    const body = JSON.stringify(input ?? {})
    const bytes = keepalive ? new TextEncoder().encode(body).length : 0
    const kept = keepalive && keepaliveBytes + bytes <= KEEPALIVE_BUDGET_BYTES
    if (kept) keepaliveBytes += bytes
    try {
      return await fetch(new URL(`${API_PREFIX}${method}`, opts.origin), {
        method: 'POST',
        headers,
        body,
        credentials: 'same-origin',
        keepalive: kept
      })
    } catch (e) {
      throw new TransportError(`${method}: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      if (kept) keepaliveBytes -= bytes
    }
  }

  return {
    kind: 'browser',
    async call<M extends ApiMethod>(method: M, input: unknown): Promise<ApiOutput<M>> {
      // A field saving because the page is being hidden or closed: the write must outlive it.
      const response = await post(method, input, isPageLeaving())
      let body: unknown = null
      try {
        body = await response.json()
      } catch {
        // Not JSON: handled below like any reply that is not an envelope.
      }
      if (typeof body !== 'object' || body === null || !('ok' in body)) {
        // A refused token is answered before the API runs, so it has no envelope.
        const refused = response.status === 401 || response.status === 403
        throw new ApiError(refused ? 'forbidden' : 'internal', `${method}: HTTP ${response.status} ${response.statusText}`.trim())
      }
      return unwrapEnvelope(body, method) as ApiOutput<M>
    },
    async callKeepalive(method, input) {
      unwrapEnvelope(await (await post(method, input, true)).json(), method)
    },
    subscribe(listener) {
      eventListeners.add(listener)
      return () => eventListeners.delete(listener)
    },
    onStatus(listener) {
      statusListeners.add(listener)
      listener(status, false)
      return () => statusListeners.delete(listener)
    },
    chooseFile: null,
    onCommand: null,
    close() {
      closed = true
      socket?.close()
    }
  }
}
