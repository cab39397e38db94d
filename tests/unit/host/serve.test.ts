import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runServe, URL_LINE_PREFIX } from '../../../src/main/host/serve.ts'
import { INDEX_HTML, request, startTestHost, tempDir, tryConnect } from './helpers.ts'

const SERVE = path.resolve(import.meta.dirname, '../../../src/main/host/serve.ts')

let dir: string
let staticDir: string
const children: ChildProcess[] = []

beforeAll(() => {
  dir = tempDir('serve')
  staticDir = path.join(dir, 'renderer')
  fs.mkdirSync(staticDir)
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML)
})
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
})
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

interface Finished {
  code: number | null
  stdout: string
  stderr: string
}

function serve(args: string[]): { child: ChildProcess; output: () => Finished; finished: Promise<Finished> } {
  const child = spawn(process.execPath, [SERVE, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const output = (): Finished => ({ code: child.exitCode, stdout, stderr })
  const finished = new Promise<Finished>((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })))
  return { child, output, finished }
}

async function urlLine(run: ReturnType<typeof serve>): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const line = run.output().stdout.split('\n').find((l) => l.startsWith(URL_LINE_PREFIX))
    if (line) return line.slice(URL_LINE_PREFIX.length)
    if (run.child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no ${URL_LINE_PREFIX} line; stderr: ${run.output().stderr}`)
}

describe('serve.ts as a process', () => {
  it('prints exactly one MEDSKAPA_URL line, serves the page, and exits 0 on SIGTERM', async () => {
    const dataDir = path.join(dir, 'data')
    const run = serve(['--data-dir', dataDir, '--port', '0', '--static', staticDir])
    const url = await urlLine(run)
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/)

    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toBe(INDEX_HTML)
    expect(page.headers.get('set-cookie')).toMatch(/HttpOnly/)

    const port = Number(new URL(url).port)
    const token = new URL(url).searchParams.get('token')!
    const info = await fetch(`http://127.0.0.1:${port}/api/app.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-medskapa-token': token },
      body: '{}'
    })
    expect(await info.json()).toMatchObject({ ok: true, value: { host: 'browser', dataDir } })

    run.child.kill('SIGTERM')
    const done = await run.finished
    expect(done.code).toBe(0)
    expect(done.stdout).toBe(`${URL_LINE_PREFIX}${url}\n`)
    expect(done.stderr).toContain('Open this address')
    expect(await tryConnect(port, '127.0.0.1')).toBe('ECONNREFUSED')
  })

  it('prints only the URL line with --quiet and stops on SIGINT', async () => {
    const run = serve(['--data-dir', path.join(dir, 'quiet'), '--static', staticDir, '--quiet'])
    await urlLine(run)
    run.child.kill('SIGINT')
    const done = await run.finished
    expect(done.code).toBe(0)
    expect(done.stderr).toBe('')
    expect(done.stdout.trim().split('\n')).toHaveLength(1)
  })

  it('exits 2 with a clear message and no stack trace on bad arguments', async () => {
    for (const [args, expected] of [
      [['--port', 'abc'], /--port must be a whole number/],
      [['--port', '70000'], /--port must be a whole number/],
      [['--bogus'], /Unknown option '--bogus'/],
      [['extra'], /positional argument/i],
      [['--data-dir'], /--data-dir/]
    ] as const) {
      const done = await serve([...args]).finished
      expect(done.code, args.join(' ')).toBe(2)
      expect(done.stderr, args.join(' ')).toMatch(expected)
      expect(done.stderr).toContain('usage: medskapa serve')
      expect(done.stderr).not.toMatch(/\n\s+at /)
      expect(done.stdout).toBe('')
    }
  })

  it('exits 1 with a clear message when the port is in use', async () => {
    const busy = await startTestHost()
    try {
      const done = await serve(['--data-dir', path.join(dir, 'busy'), '--static', staticDir, '--port', String(busy.host.port)]).finished
      expect(done.code).toBe(1)
      expect(done.stderr).toContain(`port ${busy.host.port} is already in use`)
      expect(done.stderr).not.toMatch(/\n\s+at /)
      expect(done.stdout).toBe('')
    } finally {
      await busy.dispose()
    }
  })
})

describe('runServe in-process (what `npm run cli -- serve` calls)', () => {
  it('reports the URL through stdout, serves, and returns 0 when stopped', async () => {
    const lines: string[] = []
    const stop = new AbortController()
    const running = runServe(['--data-dir', path.join(dir, 'inproc'), '--static', staticDir, '--quiet'], {
      signal: stop.signal,
      stdout: (t) => lines.push(t),
      stderr: () => undefined
    })
    for (let i = 0; i < 200 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 25))
    const url = lines.join('').trim().slice(URL_LINE_PREFIX.length)
    const { port } = new URL(url)
    const res = await request(Number(port), { path: new URL(url).pathname + new URL(url).search })
    expect(res.status).toBe(200)
    stop.abort()
    expect(await running).toBe(0)
    expect(await tryConnect(Number(port), '127.0.0.1')).toBe('ECONNREFUSED')
  })
})
