import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { fake } from './fake-electron.ts'

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule)

const { APP_ENTRY_URL, appLocation, handleAppProtocol, isAppUrl, registerAppScheme, serveAppRequest } = await import(
  '../../../src/main/electron/app-protocol.ts'
)
const { CONTENT_SECURITY_POLICY } = await import('../../../src/main/electron/security.ts')

let root: string
let rendererDir: string

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-protocol-'))
  rendererDir = path.join(root, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Medskapa</title>')
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)')
  // A file next to the renderer folder that no app:// URL may reach.
  fs.writeFileSync(path.join(root, 'secret.txt'), 'not for the renderer')
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const get = (url: string, method = 'GET'): Promise<Response> => serveAppRequest(new Request(url, { method }), rendererDir)

describe('where the renderer lives', () => {
  it('is app://medskapa when packaged, even if a dev server URL is in the environment', () => {
    const location = appLocation({ devServerUrl: 'http://localhost:5173', packaged: true })
    expect(location.entryUrl).toBe(APP_ENTRY_URL)
    expect(isAppUrl(location, 'app://medskapa/index.html#/board')).toBe(true)
    expect(isAppUrl(location, 'http://localhost:5173/')).toBe(false)
  })

  it('is the dev server in an unpackaged app started by electron-vite dev', () => {
    const location = appLocation({ devServerUrl: 'http://localhost:5173', packaged: false })
    expect(location.entryUrl).toBe('http://localhost:5173')
    expect(isAppUrl(location, 'http://localhost:5173/src/main.tsx')).toBe(true)
    expect(isAppUrl(location, 'http://localhost:5174/')).toBe(false)
    expect(isAppUrl(location, 'app://medskapa/index.html')).toBe(false)
  })

  it('matches host exactly, not by prefix', () => {
    const location = appLocation({ devServerUrl: undefined, packaged: false })
    expect(isAppUrl(location, 'app://medskapa.evil.example/index.html')).toBe(false)
    expect(isAppUrl(location, 'app://medskapaX/index.html')).toBe(false)
    expect(isAppUrl(location, 'https://medskapa/index.html')).toBe(false)
    expect(isAppUrl(location, 'file:///work/out/renderer/index.html')).toBe(false)
    expect(isAppUrl(location, 'garbage')).toBe(false)
  })
})

describe('the app:// handler', () => {
  it('registers app as a standard, secure scheme and serves it through protocol.handle', async () => {
    registerAppScheme()
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })
    ])
    handleAppProtocol(rendererDir)
    const handler = fake.protocol.handlers.get('app')
    expect(handler).toBeDefined()
    const res = await handler!(new Request(APP_ENTRY_URL))
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<title>Medskapa</title>')
  })

  it('serves built files with the CSP header and the right type', async () => {
    const html = await get('app://medskapa/index.html')
    expect(html.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(html.headers.get('content-type')).toMatch(/^text\/html/)
    expect(html.headers.get('x-content-type-options')).toBe('nosniff')
    const js = await get('app://medskapa/assets/index-abc.js')
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(await js.text()).toBe('console.log(1)')
    expect((await get('app://medskapa/')).status).toBe(200)
  })

  it.each([
    'app://medskapa/../secret.txt',
    'app://medskapa/%2e%2e/secret.txt',
    'app://medskapa/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://medskapa/..%5csecret.txt',
    'app://medskapa/%00index.html',
    'app://medskapa/%E0%A4%A',
    'app://other/index.html',
    'app://medskapa/missing.js'
  ])('refuses %s', async (url) => {
    const res = await get(url)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(await res.text()).not.toContain('not for the renderer')
  })

  it('answers only GET and HEAD', async () => {
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405)
    const head = await get(APP_ENTRY_URL, 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})
