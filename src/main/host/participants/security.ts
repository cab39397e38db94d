import { originFor } from '../../../shared/participants/interfaces.ts'

// The participant server's trust rules. It faces the room's network, so: it answers only to its
// own address (DNS rebinding), only to its own page (Origin, Fetch metadata, JSON-only bodies
// against CSRF), and its page may load nothing from anywhere else (CSP). See quality anchors §2.3.

export const PHONE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'"
].join('; ')

export const PHONE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': PHONE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  // Nothing a phone receives is worth keeping: not the page, not the state, not a note's echo.
  'cache-control': 'no-store'
}

/** The Host header values the server answers to: its own address and port, nothing else. */
export function allowedHost(address: string, port: number): string {
  return originFor(address, port).slice('http://'.length).toLowerCase()
}

export function isAllowedHost(host: string | undefined, address: string, port: number): boolean {
  return host !== undefined && host.toLowerCase() === allowedHost(address, port)
}

/** No Origin (a typed-in address, an old browser's GET) is fine; any other site, or "null", is not. */
export function isAllowedOrigin(origin: string | undefined, address: string, port: number): boolean {
  return origin === undefined || origin.toLowerCase() === originFor(address, port).toLowerCase()
}

/**
 * Cookies are scoped by host, not by port, so a second participant server on the same address
 * (another workshop) needs its own cookie name.
 */
export function deviceCookieName(port: number): string {
  return `medskapa_device_${port}`
}

/** HttpOnly: the page's script never sees it; SameSite=Strict: other sites never send it; 12 hours: a day's meeting. */
export function deviceCookie(port: number, token: string): string {
  return `${deviceCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=43200`
}
