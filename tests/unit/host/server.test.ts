import os from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_BODY_LIMIT } from '../../../src/main/host/api.ts'
import { tokenCookieName } from '../../../src/main/host/security.ts'
import { startHost } from '../../../src/main/host/server.ts'
import type { Envelope } from '../../../src/shared/api/errors.ts'
import { TOKEN_HEADER } from '../../../src/shared/api/transport.ts'
import { callApi, INDEX_HTML, request, startTestHost, tryConnect, type TestHost } from './helpers.ts'

let th: TestHost
let port: number
let token: string

beforeAll(async () => {
  th = await startTestHost()
  port = th.host.port
  token = th.host.token
})
afterAll(async () => {
  await th.dispose()
})

const withToken = (): Record<string, string> => ({ [TOKEN_HEADER]: token })

describe('binding', () => {
  it('prints a loopback address with a long random token', () => {
    expect(th.host.url).toBe(`http://127.0.0.1:${port}/?token=${token}`)
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(port).toBeGreaterThan(0)
  })

  it('answers on 127.0.0.1 and nowhere else', async () => {
    expect(await tryConnect(port, '127.0.0.1')).toBe('connected')
    // On Linux all of 127/8 reaches the loopback device: a server bound to 0.0.0.0 would answer here.
    if (process.platform === 'linux') expect(await tryConnect(port, '127.0.0.2')).toBe('ECONNREFUSED')
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal)
      .map((i) => i!.address.split('%')[0])
    for (const address of [...others, '::1']) {
      const result = await tryConnect(port, address)
      expect([`ECONNREFUSED`, 'EADDRNOTAVAIL', 'ENETUNREACH', 'EHOSTUNREACH'], `${address} -> ${result}`).toContain(result)
    }
  })

  it('refuses host options it cannot honour', async () => {
    await expect(startHost({ core: th.core, port: 70_000, staticDir: th.staticDir })).rejects.toThrow(/port/)
    await expect(startHost({ core: th.core, token: 'short', staticDir: th.staticDir })).rejects.toThrow(/token/)
  })
})

describe('token', () => {
  it('refuses a request without the token with a plain explanation', async () => {
    const res = await request(port, { path: '/' })
    expect(res.status).toBe(401)
    expect(res.headers['content-type']).toMatch(/^text\/plain/)
    expect(res.text).toContain('open the address printed by `npm start`')
    expect(res.text).not.toContain(token)
  })

  it('refuses a wrong token, whatever its length, in query, header or cookie', async () => {
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    const attempts: { path: string; headers?: Record<string, string> }[] = [
      { path: `/?token=${wrong}` },
      { path: '/?token=x' },
      { path: '/', headers: { [TOKEN_HEADER]: wrong } },
      { path: '/', headers: { cookie: `${tokenCookieName(port)}=${wrong}` } },
      // Another host's cookie (another port) does not open this one.
      { path: '/', headers: { cookie: `${tokenCookieName(port + 1)}=${token}` } }
    ]
    for (const attempt of attempts) {
      expect((await request(port, attempt)).status, JSON.stringify(attempt)).toBe(401)
    }
  })

  it('answers an API call without the token with an envelope', async () => {
    const res = await request(port, { method: 'POST', path: '/api/app.info', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(res.status).toBe(401)
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('sets an HttpOnly SameSite=Strict cookie when the page is opened with ?token=, which then loads assets', async () => {
    const page = await request(port, { path: `/?token=${token}` })
    expect(page.status).toBe(200)
    expect(page.text).toBe(INDEX_HTML)
    const cookie = page.headers['set-cookie']?.[0] ?? ''
    expect(cookie).toMatch(new RegExp(`^${tokenCookieName(port)}=${token};`))
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Strict/i)
    expect(cookie).toMatch(/;\s*Path=\//)

    const pair = cookie.split(';')[0]
    const asset = await request(port, { path: '/assets/app.css', headers: { cookie: `other=1; ${pair}` } })
    expect(asset.status).toBe(200)
    expect(asset.text).toContain('margin')
    expect((await request(port, { path: '/assets/app.css' })).status).toBe(401)
  })
})

describe('host and origin', () => {
  it('refuses a foreign Host header (DNS rebinding)', async () => {
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`]) {
      const res = await request(port, { path: `/?token=${token}`, headers: { host } })
      expect(res.status, host).toBe(403)
      expect(res.headers['set-cookie'], host).toBeUndefined()
    }
    const api = await callApi(th, 'app.info', {}, { host: `evil.example:${port}` })
    expect(api.status).toBe(403)
    expect(api.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('accepts localhost:PORT as well as 127.0.0.1:PORT', async () => {
    expect((await request(port, { path: `/?token=${token}`, headers: { host: `localhost:${port}` } })).status).toBe(200)
    expect((await request(port, { path: `/?token=${token}`, headers: { host: `LOCALHOST:${port}` } })).status).toBe(200)
  })

  it('refuses a foreign Origin even with the right token', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${port}`, 'null', `https://127.0.0.1:${port}`]) {
      const res = await callApi(th, 'app.info', {}, { origin })
      expect(res.status, origin).toBe(403)
    }
    const own = await callApi(th, 'app.info', {}, { origin: `http://localhost:${port}` })
    expect(own.status).toBe(200)
  })

  it('refuses cross-site fetches that leave Origin out, but lets a link open the page', async () => {
    const sub = await request(port, {
      path: `/assets/app.css?token=${token}`,
      headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' }
    })
    expect(sub.status).toBe(403)
    const nav = await request(port, { path: `/?token=${token}`, headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' } })
    expect(nav.status).toBe(200)
  })
})

describe('API', () => {
  it('runs methods with the header token: open the demo, then read it', async () => {
    const opened = await callApi(th, 'library.openDemo', {})
    expect(opened.status).toBe(200)
    const env = opened.json() as Envelope<{ docId: string; title: string }>
    expect(env.ok).toBe(true)
    if (!env.ok) return
    const got = await callApi(th, 'workshop.get', { docId: env.value.docId })
    expect(got.status).toBe(200)
    expect(got.json()).toMatchObject({ ok: true, value: { data: { workshop: { title: env.value.title } } } })
  })

  it('refuses a change that carries the token only as a cookie or in the query (CSRF)', async () => {
    const cookieOnly = await request(port, {
      method: 'POST',
      path: '/api/library.openDemo',
      headers: { 'content-type': 'application/json', cookie: `${tokenCookieName(port)}=${token}` },
      body: '{}'
    })
    expect(cookieOnly.status).toBe(403)
    expect(cookieOnly.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect((cookieOnly.json() as { error: { message: string } }).error.message).toContain(TOKEN_HEADER)

    const queryOnly = await request(port, {
      method: 'POST',
      path: `/api/library.openDemo?token=${token}`,
      headers: { 'content-type': 'application/json' },
      body: '{}'
    })
    expect(queryOnly.status).toBe(403)
  })

  it('answers malformed JSON with 400 invalid_input and a message that says so', async () => {
    const res = await request(port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { 'content-type': 'application/json', ...withToken() },
      body: '{"title": '
    })
    expect(res.status).toBe(400)
    const env = res.json() as Envelope<never>
    expect(env).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(!env.ok && env.error.message).toMatch(/not valid JSON/)
    expect(res.text).not.toMatch(/\n\s+at /)
  })

  it('refuses a body that would poison prototypes', async () => {
    const res = await request(port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { 'content-type': 'application/json', ...withToken() },
      body: '{"a": {"__proto__": {"polluted": true}}}'
    })
    expect(res.status).toBe(400)
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('answers an unknown method with a 404 envelope', async () => {
    const res = await callApi(th, 'library.nothingHere', {})
    expect(res.status).toBe(404)
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect((res.json() as { error: { message: string } }).error.message).toContain('library.nothingHere')
  })

  it('answers invalid input with 400 naming the field', async () => {
    const res = await callApi(th, 'library.create', { title: '' })
    expect(res.status).toBe(400)
    const env = res.json() as Envelope<never>
    expect(env).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'title' }] } })
    expect(!env.ok && env.error.message).toContain('title')
  })

  it('answers a workshop that is not open with 404', async () => {
    const res = await callApi(th, 'workshop.get', { docId: 'no-such-doc' })
    expect(res.status).toBe(404)
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('answers a body over the limit with 413 and a non-JSON content type with 415, both as envelopes', async () => {
    const big = await request(port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { 'content-type': 'application/json', 'content-length': String(API_BODY_LIMIT + 1), ...withToken() },
      body: '{}'
    })
    expect(big.status).toBe(413)
    expect(big.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })

    const text = await request(port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { 'content-type': 'text/plain', ...withToken() },
      body: '{}'
    })
    expect(text.status).toBe(415)
    expect(text.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('accepts a call with no body as empty input', async () => {
    const res = await request(port, { method: 'POST', path: '/api/app.info', headers: withToken() })
    expect(res.status).toBe(200)
    expect(res.json()).toMatchObject({ ok: true, value: { host: 'browser' } })
  })
})

describe('static files and headers', () => {
  it('sets CSP and the other security headers on pages, assets and refusals', async () => {
    const page = await request(port, { path: `/?token=${token}` })
    const refusal = await request(port, { path: '/' })
    for (const res of [page, refusal]) {
      const csp = String(res.headers['content-security-policy'])
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`)
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toContain('unsafe-eval')
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['referrer-policy']).toBe('no-referrer')
    }
    expect(page.headers['cache-control']).toBe('no-store')
    expect((await request(port, { path: `/index.html?token=${token}` })).headers['cache-control']).toBe('no-store')
  })

  it('does not serve files outside the static folder', async () => {
    for (const path of ['/../data/demo.medskapa', '/%2e%2e/data/demo.medskapa', '/..%2fdata%2fdemo.medskapa']) {
      const res = await request(port, { path, headers: withToken() })
      expect([403, 404], path).toContain(res.status)
      expect(res.text).not.toContain('SQLite')
    }
  })

  it('answers 503 with a plain message when the app is not built', async () => {
    const unbuilt = await startTestHost({ built: false })
    try {
      const res = await request(unbuilt.host.port, { path: `/?token=${unbuilt.host.token}` })
      expect(res.status).toBe(503)
      expect(res.text).toContain('the app is not built: run npm run build')
    } finally {
      await unbuilt.dispose()
    }
  })
})

describe('close', () => {
  it('stops listening', async () => {
    const other = await startTestHost()
    const otherPort = other.host.port
    expect(await tryConnect(otherPort, '127.0.0.1')).toBe('connected')
    await other.dispose()
    expect(await tryConnect(otherPort, '127.0.0.1')).toBe('ECONNREFUSED')
    // Closing twice is harmless.
    await other.host.close()
  })
})
