import fs from 'node:fs/promises'
import path from 'node:path'
import { protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from './security.ts'

// The built renderer is served from app://medskapa/ rather than file:// (checklist item 18): under
// file:// every local file shares one origin, so a check like "the sender is our page" could not
// tell our index.html from any HTML file on the disk. A custom origin also lets us answer with a
// CSP header, which file:// cannot carry.

export const APP_SCHEME = 'app'
export const APP_HOST = 'medskapa'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Where our renderer lives: the app:// origin, or the electron-vite dev server in development. */
export interface AppLocation {
  readonly entryUrl: string
  readonly protocol: string
  readonly host: string
}

/**
 * The dev server URL (ELECTRON_RENDERER_URL) is honoured only in an unpackaged app, so an
 * environment variable can never point an installed Medskapa at another page.
 */
export function appLocation(opts: { devServerUrl: string | undefined; packaged: boolean }): AppLocation {
  const entryUrl = !opts.packaged && opts.devServerUrl ? opts.devServerUrl : APP_ENTRY_URL
  const url = new URL(entryUrl)
  return { entryUrl, protocol: url.protocol, host: url.host }
}

/** Compared as protocol + host (Node gives custom schemes the origin "null", so origin cannot be used). */
export function isAppUrl(location: AppLocation, raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === location.protocol && url.host === location.host
  } catch {
    return false
  }
}

/** Must run before the app is ready: a standard, secure scheme gets a real origin and module scripts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
  ])
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * Answer one app:// request from the built renderer folder: GET only, our one host only, and no
 * path that resolves outside the folder (encoded "..", backslashes and NUL included).
 */
export async function serveAppRequest(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed')
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return plain(400, 'bad url')
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'not found')
  let relative: string
  try {
    relative = decodeURIComponent(url.pathname)
  } catch {
    return plain(400, 'bad path')
  }
  if (relative.includes('\0') || relative.includes('\\')) return plain(400, 'bad path')
  if (relative === '/' || relative === '') relative = '/index.html'
  const root = path.resolve(rendererDir)
  const file = path.resolve(root, `.${relative}`)
  const inside = path.relative(root, file)
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return plain(404, 'not found')
  let body: Buffer
  try {
    body = await fs.readFile(file)
  } catch {
    return plain(404, 'not found')
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache'
    }
  })
}

/** After ready: serve app:// from the built renderer. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir))
}
