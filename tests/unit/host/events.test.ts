import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { tokenCookieName } from '../../../src/main/host/security.ts'
import type { Envelope } from '../../../src/shared/api/errors.ts'
import type { ApiEvent } from '../../../src/shared/api/events.ts'
import { callApi, connectEvents, startTestHost, tryConnect, waitForMessage, type TestHost } from './helpers.ts'

let th: TestHost
let port: number
let token: string
const open: WebSocket[] = []

async function mustConnect(opts: Parameters<typeof connectEvents>[1]): Promise<{ socket: WebSocket; messages: unknown[] }> {
  const result = await connectEvents(port, opts)
  if ('refused' in result) throw new Error(`upgrade refused with ${result.refused}`)
  open.push(result.socket)
  return result
}

beforeAll(async () => {
  th = await startTestHost()
  port = th.host.port
  token = th.host.token
})
afterAll(async () => {
  for (const s of open) s.terminate()
  await th.dispose()
})

describe('event stream upgrade', () => {
  it('refuses an upgrade without the token or with a wrong one', async () => {
    expect(await connectEvents(port, {})).toEqual({ refused: 401 })
    expect(await connectEvents(port, { query: '?token=wrong-token-wrong-token' })).toEqual({ refused: 401 })
  })

  it('refuses an upgrade from a foreign Origin or Host even with the token', async () => {
    expect(await connectEvents(port, { query: `?token=${token}`, origin: 'http://evil.example' })).toEqual({ refused: 403 })
    expect(await connectEvents(port, { query: `?token=${token}`, origin: 'null' })).toEqual({ refused: 403 })
    expect(await connectEvents(port, { query: `?token=${token}`, headers: { host: `evil.example:${port}` } })).toEqual({
      refused: 403
    })
  })

  it('accepts the token in the query or as the cookie, from our own origin', async () => {
    const byQuery = await mustConnect({ query: `?token=${token}`, origin: `http://127.0.0.1:${port}` })
    expect(byQuery.socket.readyState).toBe(WebSocket.OPEN)
    const byCookie = await mustConnect({ headers: { cookie: `${tokenCookieName(port)}=${token}` }, origin: `http://localhost:${port}` })
    expect(byCookie.socket.readyState).toBe(WebSocket.OPEN)
  })
})

describe('two windows stay in step', () => {
  it('delivers a change made through the API to every connected view', async () => {
    const a = await mustConnect({ query: `?token=${token}`, origin: `http://127.0.0.1:${port}` })
    const b = await mustConnect({ headers: { cookie: `${tokenCookieName(port)}=${token}` } })

    const opened = (await callApi(th, 'library.openDemo', {})).json() as Envelope<{ docId: string }>
    if (!opened.ok) throw new Error(opened.error.message)
    const docId = opened.value.docId
    const title = `Trygghet i Alby ${Date.now()}`
    const updated = await callApi(th, 'workshop.update', { docId, patch: { title } })
    expect(updated.status).toBe(200)

    const isOurChange = (e: ApiEvent): boolean =>
      e.type === 'changes' &&
      e.docId === docId &&
      e.changes.some((c) => c.entity === 'workshop' && (c.value as { title?: string } | null)?.title === title)
    const [ea, eb] = await Promise.all([waitForMessage(a.messages, isOurChange), waitForMessage(b.messages, isOurChange)])
    expect(ea).toEqual(eb)
    expect(ea).toMatchObject({ type: 'changes', docId, history: { canUndo: expect.any(Boolean) } })
  })

  it('stops sending to a view that closed, and keeps serving the others', async () => {
    const a = await mustConnect({ query: `?token=${token}` })
    const b = await mustConnect({ query: `?token=${token}` })
    const listening = th.host.eventClients
    await new Promise<void>((resolve) => {
      a.socket.once('close', () => resolve())
      a.socket.close()
    })
    // The host forgets the socket once the close handshake is done.
    for (let i = 0; i < 100 && th.host.eventClients !== listening - 1; i++) await new Promise((r) => setTimeout(r, 10))
    expect(th.host.eventClients).toBe(listening - 1)
    const before = a.messages.length
    const opened = (await callApi(th, 'library.openDemo', {})).json() as Envelope<{ docId: string }>
    if (!opened.ok) throw new Error(opened.error.message)
    const title = `Efter stängning ${Date.now()}`
    expect((await callApi(th, 'workshop.update', { docId: opened.value.docId, patch: { title } })).status).toBe(200)
    await waitForMessage(b.messages, (e: ApiEvent) => e.type === 'changes' && JSON.stringify(e).includes(title))
    expect(a.messages.length).toBe(before)
  })
})

describe('host close', () => {
  it('closes open event sockets and stops listening', async () => {
    const other = await startTestHost()
    const result = await connectEvents(other.host.port, { query: `?token=${other.host.token}` })
    if ('refused' in result) throw new Error(`refused ${result.refused}`)
    const closed = new Promise<number>((resolve) => result.socket.once('close', (code) => resolve(code)))
    const started = Date.now()
    await other.dispose()
    expect(await closed).toBe(1001)
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(await tryConnect(other.host.port, '127.0.0.1')).toBe('ECONNREFUSED')
  })
})
