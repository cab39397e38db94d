import { app, session, shell, type Session, type WebContents, type WebPreferences } from 'electron'

//#region Security — do not change without review
// Participants' sticky notes are untrusted text shown in the facilitator's window: the same class
// of input that turned XSS into code execution in Joplin and Leanote (research/quality-anchors.md
// §2.2). Every rule below follows the Electron security checklist (docs/tutorial/security.md) and
// is proven in tests/unit/electron/security.test.ts. Loosen nothing here without a review.

/**
 * Sent as a response header (webRequest for the dev server, the app:// handler for the build):
 * a <meta> tag cannot carry frame-ancestors, and header events never fire for custom protocols
 * (electron/electron#6021). 'unsafe-inline' is for styles only: React sets inline style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'"
].join('; ')

/** The only webPreferences a Medskapa window gets; a renderer never sees Node. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false
  }
}

/**
 * Whether a URL may be handed to the operating system. Only http(s): file: runs programs, smb:
 * leaks Windows credentials, ms-msdt: was an exploit (anomalyco/opencode#30613). Parsed with URL,
 * never matched as a string prefix; credentials in the URL are refused as a phishing pattern.
 */
export function isSafeExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string') return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  return url.hostname !== '' && url.username === '' && url.password === ''
}

/** Response headers with our CSP in place of any the server sent (names compared case-blind). */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]
  return out
}

export interface SecurityPolicy {
  /** True only for URLs of our own renderer (the app:// origin, or the dev server in development). */
  isAppUrl(url: string): boolean
}

/** Navigation, redirects, webviews and new windows for one webContents (every one, via the app hook). */
export function guardWebContents(contents: WebContents, policy: SecurityPolicy): void {
  contents.on('will-navigate', (event, url) => {
    // Our renderer is one page; a reload of it is the only navigation it ever needs.
    if (!policy.isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell.openExternal(url).catch((e: unknown) => console.error('medskapa: could not open link', e))
    }
    return { action: 'deny' }
  })
}

/** Deny every permission (camera, notifications, clipboard-read, …) and add the CSP header. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) })
  })
}

/** Call once the app is ready (the default session exists only then) and before any window opens. */
export function installSecurity(policy: SecurityPolicy): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, policy))
  hardenSession(session.defaultSession)
}
//#endregion
