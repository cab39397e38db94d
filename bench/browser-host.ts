import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

// What the Chromium benchmarks share: the renderer built into a private folder, the real browser
// host started on a data folder (as `npm start` does without Electron), and API calls to it.

export const ROOT = path.join(import.meta.dirname, '..')
export const OUT = path.resolve(process.env.MEDSKAPA_BENCH_OUT ?? process.env.MEDSKAPA_E2E_OUT ?? path.join(ROOT, 'out'))
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function newest(dir: string): number {
  let t = 0
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs)
  }
  return t
}

/** The built renderer, rebuilt when older than its sources (as the e2e set-up does). */
export function ensureBuilt(): void {
  const index = path.join(OUT, 'renderer', 'index.html')
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0
  if (built >= Math.max(newest(path.join(ROOT, 'src', 'renderer')), newest(path.join(ROOT, 'src', 'shared')))) return
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', OUT], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  })
}

export interface Host {
  /** The start address, with the token. */
  url: string
  origin: string
  token: string
  /** The host process, for its memory. */
  pid: number
  stop(): Promise<void>
}

export function startHost(dataDir: string, staticDir = path.join(OUT, 'renderer')): Promise<Host> {
  const child: ChildProcess = spawn(
    process.execPath,
    // As `npm start` runs it in browser mode: through the command line's entry, compile cache on.
    [path.join(ROOT, 'scripts', 'cli.mjs'), 'serve', '--data-dir', dataDir, '--port', '0', '--static', staticDir],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MEDSKAPA_DATA_DIR: dataDir } }
  )
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error('the host did not start')), 20_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /^MEDSKAPA_URL=(\S+)$/m.exec(out)
      if (!m) return
      clearTimeout(timer)
      const url = new URL(m[1])
      resolve({ url: m[1], origin: url.origin, token: url.searchParams.get('token') ?? '', pid: child.pid ?? 0, stop })
    })
    child.once('exit', (code) => reject(new Error(`the host exited with ${code}`)))
  })
}

export async function call<T>(host: Host, method: string, input: unknown): Promise<T> {
  const r = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'x-medskapa-token': host.token, 'content-type': 'application/json' },
    body: JSON.stringify(input)
  })
  const body = (await r.json()) as { ok: boolean; value?: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`)
  return body.value as T
}
