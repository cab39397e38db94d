import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import { startHost, type RunningHost } from '../../../src/main/host/server.ts'
import { createHttpTransport } from '../../../src/renderer/src/api/http.ts'
import type { ConnectionStatus, Transport } from '../../../src/renderer/src/api/types.ts'
import { selectCurrentPhase, useAppStore } from '../../../src/renderer/src/store/index.ts'
import type { ApiEvent } from '../../../src/shared/api/events.ts'

// The browser transport against the real host, in Node (which has fetch and WebSocket): calls,
// the event stream, refused tokens, and a host restart that the store must recover from.

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

interface Served {
  core: Core
  host: RunningHost
  stop(): Promise<void>
}

async function serve(dataDir: string, opts: { port?: number; token?: string } = {}): Promise<Served> {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-static-'))
  const core = createCore({ dataDir, host: 'browser' })
  const host = await startHost({ core, port: opts.port ?? 0, token: opts.token, staticDir })
  let stopped = false
  const stop = async (): Promise<void> => {
    if (stopped) return
    stopped = true
    await host.close()
    core.close()
    fs.rmSync(staticDir, { recursive: true, force: true })
  }
  cleanups.push(stop)
  return { core, host, stop }
}

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-http-'))
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

function transportFor(host: RunningHost, token: string | null = host.token): Transport {
  const t = createHttpTransport({ origin: `http://127.0.0.1:${host.port}`, token })
  cleanups.push(() => t.close())
  return t
}

function statuses(t: Transport): { seen: [ConnectionStatus, boolean][] } {
  const seen: [ConnectionStatus, boolean][] = []
  t.onStatus((s, resumed) => seen.push([s, resumed]))
  return { seen }
}

describe('HTTP + WebSocket transport', () => {
  it('calls methods with the token header and streams change events', async () => {
    const s = await serve(dataDir())
    const t = transportFor(s.host)
    const { seen } = statuses(t)
    const events: ApiEvent[] = []
    t.subscribe((e) => events.push(e))
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['online', false]))

    const demo = await t.call('library.openDemo', {})
    const got = await t.call('workshop.get', { docId: demo.docId })
    const phaseId = got.data.workshop.currentPhaseId!
    await t.call('sticky.add', { docId: demo.docId, phaseId, text: 'Över nätet' })
    await vi.waitFor(() => expect(events.some((e) => e.type === 'changes' && e.changes.some((c) => c.entity === 'sticky'))).toBe(true))
  })

  it('turns an API error into an ApiError naming the field', async () => {
    const s = await serve(dataDir())
    const t = transportFor(s.host)
    await expect(t.call('library.create', { title: '   ', methodId: 'dystopia', language: 'sv' })).rejects.toMatchObject({
      name: 'ApiError',
      code: 'invalid_input',
      message: expect.stringContaining('title')
    })
  })

  it('reports a missing or wrong token as forbidden', async () => {
    const s = await serve(dataDir())
    await expect(transportFor(s.host, null).call('app.info', {})).rejects.toMatchObject({ code: 'forbidden' })
    await expect(transportFor(s.host, 'x'.repeat(43)).call('app.info', {})).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('reports an unreachable host as a transport error', async () => {
    const s = await serve(dataDir())
    const t = transportFor(s.host)
    await s.stop()
    await expect(t.call('app.info', {})).rejects.toMatchObject({ name: 'TransportError' })
  })

  it('reconnects after the host restarts, and the store refetches what it missed', async () => {
    const dir = dataDir()
    const first = await serve(dir)
    const { port, token } = first.host
    const t = transportFor(first.host)
    const { seen } = statuses(t)
    useAppStore.setState({ workshops: {}, docIdByPath: {} })
    const disconnect = useAppStore.getState().connect(t)
    cleanups.push(disconnect)
    await vi.waitFor(() => expect(seen.at(-1)?.[0]).toBe('online'))

    const demo = await useAppStore.getState().openDemo()
    const docId = await useAppStore.getState().openWorkshop(demo.path)
    const count = (): number => Object.keys(useAppStore.getState().workshops[docId].entities!.sticky).length
    expect(count()).toBe(8)

    await first.stop()
    await vi.waitFor(() => expect(useAppStore.getState().connection).toBe('offline'))

    // While the window is cut off, someone adds a note with another process (say the CLI);
    // the new host has not opened the file, so the store must open it again by path.
    const currentPhaseId = selectCurrentPhase(docId)(useAppStore.getState())!.id
    const cli = createCore({ dataDir: dir, host: 'cli' })
    const opened = await cli.call('library.open', { path: demo.path })
    await cli.call('sticky.add', { docId: opened.docId, phaseId: currentPhaseId, text: 'Medan du var borta' })
    cli.close()
    const second = await serve(dir, { port, token })
    expect(second.core.docs.list()).toHaveLength(0)

    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['online', true]), { timeout: 10_000 })
    await vi.waitFor(() => expect(count()).toBe(9))
    // And events flow again on the new line.
    await useAppStore.getState().mutate(docId, 'sticky.add', { docId, phaseId: currentPhaseId, text: 'Efteråt' })
    await vi.waitFor(() => expect(count()).toBe(10))
  })
})
