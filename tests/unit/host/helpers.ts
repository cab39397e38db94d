import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { WebSocket } from 'ws'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import { startHost, type RunningHost } from '../../../src/main/host/server.ts'
import { EVENTS_PATH, TOKEN_HEADER } from '../../../src/shared/api/transport.ts'

export const INDEX_HTML = '<!doctype html><html lang="sv"><title>Medskapa test page</title></html>\n'

export interface TestHost {
  host: RunningHost
  core: Core
  dir: string
  staticDir: string
  /** Close the host and the core and remove the temp folder. */
  dispose(): Promise<void>
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `medskapa-${prefix}-`))
}

/** A real core on a temp data folder behind a real host on 127.0.0.1, any free port. */
export async function startTestHost(opts: { built?: boolean } = {}): Promise<TestHost> {
  const dir = tempDir('host')
  const staticDir = path.join(dir, 'renderer')
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true })
  if (opts.built !== false) {
    fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML)
    fs.writeFileSync(path.join(staticDir, 'assets', 'app.css'), 'body { margin: 0 }\n')
  }
  const core = createCore({ dataDir: path.join(dir, 'data'), host: 'browser' })
  const host = await startHost({ core, port: 0, staticDir })
  return {
    host,
    core,
    dir,
    staticDir,
    dispose: async () => {
      await host.close()
      core.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json(): unknown
}

/**
 * node:http rather than fetch: fetch will not let a test set Host, Origin or Sec-Fetch-* the way
 * an attacker's browser or a rebinding page would.
 */
export function request(
  port: number,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string; address?: string }
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: opts.address ?? '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path ?? '/',
        headers: opts.headers,
        agent: false
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) })
        })
      }
    )
    req.on('error', reject)
    if (opts.body !== undefined) req.write(opts.body)
    req.end()
  })
}

/** POST /api/<method> the way the renderer's client does it: JSON body, token header. */
export function callApi(
  th: TestHost,
  method: string,
  input: unknown,
  headers: Record<string, string> = {}
): Promise<RawResponse> {
  return request(th.host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: th.host.token, ...headers },
    body: JSON.stringify(input)
  })
}

/** Resolves to the socket once open, or to the HTTP status the upgrade was refused with. */
export function connectEvents(
  port: number,
  opts: { query?: string; headers?: Record<string, string>; origin?: string }
): Promise<{ socket: WebSocket; messages: unknown[] } | { refused: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}${EVENTS_PATH}${opts.query ?? ''}`, {
      headers: opts.headers,
      origin: opts.origin
    })
    const messages: unknown[] = []
    socket.on('message', (data) => messages.push(JSON.parse(String(data))))
    socket.once('open', () => resolve({ socket, messages }))
    socket.once('unexpected-response', (_req, res) => {
      resolve({ refused: res.statusCode ?? 0 })
      res.resume()
      socket.terminate()
    })
    socket.on('error', reject)
  })
}

/** Wait until `messages` holds one matching `pred`, polling the array the socket fills. */
export async function waitForMessage<T>(messages: unknown[], pred: (m: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const start = Date.now()
  for (;;) {
    const found = (messages as T[]).find(pred)
    if (found !== undefined) return found
    if (Date.now() - start > timeoutMs) throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(messages)}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** The error code of a plain TCP-level connection attempt, or 'connected'. */
export function tryConnect(port: number, address: string): Promise<string> {
  return new Promise((resolve) => {
    const req = http.request({ host: address, port, path: '/', agent: false, timeout: 2_000 }, (res) => {
      res.resume()
      resolve('connected')
    })
    req.on('timeout', () => {
      req.destroy()
      resolve('timeout')
    })
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message))
    req.end()
  })
}
