import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createdWebContents, fake, navEvent } from './fake-electron.ts'

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule)

const { CONTENT_SECURITY_POLICY, installSecurity, isSafeExternalUrl, secureWebPreferences, withContentSecurityPolicy } =
  await import('../../../src/main/electron/security.ts')
const { APP_ENTRY_URL, appLocation, isAppUrl } = await import('../../../src/main/electron/app-protocol.ts')

const location = appLocation({ devServerUrl: undefined, packaged: true })

beforeAll(() => {
  installSecurity({ isAppUrl: (url) => isAppUrl(location, url) })
})

describe('window preferences', () => {
  it('isolates and sandboxes the renderer and keeps Node out of it', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.js')
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false
    })
  })
})

describe('external links', () => {
  it.each([
    ['https://www.sundsvall.se/demokrati', true],
    ['http://example.org/a?b=c', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['file:///C:/Windows/System32/calc.exe', false],
    ['file://server/share/x.exe', false],
    ['smb://attacker.example/share', false],
    ['javascript:alert(1)', false],
    ['ms-msdt:/id PCWDiagnostic /skip force', false],
    ['ms-settings:privacy', false],
    ['vbscript:msgbox(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://medskapa/index.html', false],
    ['https://user:secret@example.org/', false],
    ['not a url', false],
    ['https://', false],
    ['', false],
    [42, false],
    [null, false]
  ])('isSafeExternalUrl(%j) is %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe)
  })
})

describe('every webContents', () => {
  it('blocks navigation to a foreign page, including a look-alike host', () => {
    const contents = createdWebContents()
    for (const url of ['https://evil.example/', 'app://medskapa.evil.example/index.html', 'file:///etc/passwd', 'app://other/index.html']) {
      const event = navEvent()
      contents.emit('will-navigate', event, url)
      expect(event.defaultPrevented, url).toBe(true)
    }
  })

  it('lets our own page reload', () => {
    const contents = createdWebContents()
    const event = navEvent()
    contents.emit('will-navigate', event, APP_ENTRY_URL)
    expect(event.defaultPrevented).toBe(false)
  })

  it('refuses redirects and webviews', () => {
    const contents = createdWebContents()
    const redirect = navEvent()
    contents.emit('will-redirect', redirect, 'https://evil.example/')
    expect(redirect.defaultPrevented).toBe(true)
    const webview = navEvent()
    contents.emit('will-attach-webview', webview, {}, { src: 'https://evil.example/' })
    expect(webview.defaultPrevented).toBe(true)
  })

  it('denies every new window and hands only http(s) links to the OS', () => {
    const contents = createdWebContents()
    const open = contents.windowOpenHandler
    expect(open).not.toBeNull()
    fake.shell.openExternal.mockClear()
    const refused = ['file:///C:/Windows/System32/calc.exe', 'smb://attacker.example/share', 'javascript:alert(1)', 'ms-msdt:/id PCWDiagnostic', '::not a url::']
    for (const url of refused) expect(open!({ url })).toEqual({ action: 'deny' })
    expect(fake.shell.openExternal).not.toHaveBeenCalled()
    expect(open!({ url: 'https://www.skr.se/' })).toEqual({ action: 'deny' })
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1)
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://www.skr.se/')
  })
})

describe('the session', () => {
  it('denies permission requests and checks', () => {
    const session = fake.session.defaultSession
    expect(session.permissionRequestHandler).not.toBeNull()
    expect(session.permissionCheckHandler).not.toBeNull()
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = []
      session.permissionRequestHandler!({}, permission, (granted) => answers.push(granted), {})
      expect(answers, permission).toEqual([false])
      expect(session.permissionCheckHandler!({}, permission, 'app://medskapa', {}), permission).toBe(false)
    }
  })

  it('puts the strict CSP on responses, replacing one the server sent', () => {
    const listener = fake.session.defaultSession.headersListener
    expect(listener).not.toBeNull()
    let reply: { responseHeaders?: Record<string, string[]> } | null = null
    listener!(
      { url: 'http://localhost:5173/', responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      (r) => (reply = r)
    )
    const headers = reply!.responseHeaders!
    expect(headers['Content-Type']).toEqual(['text/html'])
    const csp = Object.entries(headers).filter(([name]) => name.toLowerCase() === 'content-security-policy')
    expect(csp).toEqual([['Content-Security-Policy', [CONTENT_SECURITY_POLICY]]])
  })

  it('has a CSP with no inline or remote scripts', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]))
    expect(directives.get('default-src')).toBe("'self'")
    expect(directives.get('script-src')).toBe("'self'")
    expect(directives.get('object-src')).toBe("'none'")
    expect(directives.get('base-uri')).toBe("'none'")
    expect(directives.get('frame-ancestors')).toBe("'none'")
    expect(directives.get('form-action')).toBe("'none'")
    expect(directives.get('connect-src')).toBe("'self'")
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
  })
})
