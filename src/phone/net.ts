import type { PhoneErrorCode } from '../shared/participants/protocol.ts'

// The phone's only way to talk: XMLHttpRequest to its own server. Not fetch: old phone browsers
// either lack it or leave cookies out unless told, and the device cookie is the whole session.

export interface Reply<T> {
  /** 0 when the server could not be reached at all (wrong Wi-Fi, server stopped). */
  status: number
  ok: boolean
  body: T | null
  error: PhoneErrorCode | 'offline' | null
}

const TIMEOUT_MS = 10_000

export function request<T>(method: 'GET' | 'POST', path: string, body: unknown, done: (reply: Reply<T>) => void): void {
  const xhr = new XMLHttpRequest()
  let finished = false
  const finish = (reply: Reply<T>): void => {
    if (finished) return
    finished = true
    done(reply)
  }
  xhr.open(method, path, true)
  xhr.timeout = TIMEOUT_MS
  if (method === 'POST') xhr.setRequestHeader('Content-Type', 'application/json')
  xhr.onload = () => {
    let parsed: { ok?: boolean; error?: PhoneErrorCode } | null = null
    try {
      parsed = JSON.parse(xhr.responseText) as { ok?: boolean; error?: PhoneErrorCode }
    } catch {
      parsed = null
    }
    const ok = xhr.status >= 200 && xhr.status < 300 && parsed !== null && parsed.ok === true
    finish({
      status: xhr.status,
      ok,
      body: ok ? (parsed as unknown as T) : null,
      error: ok ? null : (parsed && parsed.error) || 'unavailable'
    })
  }
  const offline = (): void => finish({ status: 0, ok: false, body: null, error: 'offline' })
  xhr.onerror = offline
  xhr.ontimeout = offline
  xhr.send(method === 'POST' ? JSON.stringify(body) : null)
}
