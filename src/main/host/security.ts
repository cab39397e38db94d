import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { TOKEN_COOKIE } from '../../shared/api/transport.ts'

// The browser host's trust rules in one place: who may talk to it (the per-run token), from
// where (Host and Origin on loopback only), and what a page may load (CSP). See
// research/quality-anchors.md §2.3 (DNS rebinding, CSRF).

/** The only interface the browser host listens on: other machines must not reach it. */
export const LOOPBACK = '127.0.0.1'

/** 32 random bytes: guessing it is hopeless, and base64url keeps it safe in a URL and a cookie. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** A caller-chosen token must be as safe to put in a URL and a cookie as a generated one. */
export const TokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16 to 256 letters, digits, - or _')

/**
 * Constant-time comparison: both sides are hashed first so neither the content nor the length
 * of the real token leaks through timing.
 */
export function tokensEqual(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given === '') return false
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

/**
 * Cookies are not scoped by port, so two hosts on 127.0.0.1 (two runs of `npm start`) would
 * overwrite each other's cookie and lock the older page out; the port in the name keeps them apart.
 */
export function tokenCookieName(port: number): string {
  return `${TOKEN_COOKIE}_${port}`
}

export function tokenCookie(port: number, token: string): string {
  // HttpOnly: page scripts never see it; SameSite=Strict: other sites' pages never send it.
  return `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`
}

/** One cookie's value from a Cookie header; undefined when absent. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq === -1) continue
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

/** Host header values we answer to: anything else is a rebinding attempt or a stray client. */
export function allowedHosts(port: number): string[] {
  return [`${LOOPBACK}:${port}`, `localhost:${port}`]
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((h) => `http://${h}`)
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase())
}

/** No Origin header (a typed-in address, curl) is fine; a foreign or "null" origin is not. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || allowedOrigins(port).includes(origin.toLowerCase())
}

export function contentSecurityPolicy(port: number): string {
  const ws = allowedHosts(port).map((h) => `ws://${h}`)
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Inline styles: React's style props and the board's positioned stickies need them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${ws.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'"
  ].join('; ')
}

export function securityHeaders(port: number): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(port),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin'
  }
}
