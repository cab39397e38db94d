import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

// Starts the real browser host (src/main/host/serve.ts on Node's own TypeScript support) on a
// data folder, the way `npm start` does on a machine without Electron.

const ROOT = path.resolve(__dirname, '..', '..')
const SERVE = path.join(ROOT, 'src', 'main', 'host', 'serve.ts')
const URL_LINE = /^MEDSKAPA_URL=(\S+)$/m
const START_TIMEOUT_MS = 20_000

export interface RunningHost {
  /** The start URL, with ?token= */
  url: string
  origin: string
  token: string
  dataDir: string
  stop(): Promise<void>
}

export function startHost(dataDir: string): Promise<RunningHost> {
  const out = process.env.MEDSKAPA_E2E_OUT ? path.resolve(process.env.MEDSKAPA_E2E_OUT) : path.join(ROOT, 'out')
  const args = [SERVE, '--data-dir', dataDir, '--port', '0', '--static', path.join(out, 'renderer')]
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MEDSKAPA_DATA_DIR: dataDir }
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })

  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      child.once('exit', () => {
        clearTimeout(killer)
        resolve()
      })
      child.kill('SIGTERM')
    })

  return new Promise((resolve, reject) => {
    let stdout = ''
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`the host did not print MEDSKAPA_URL within ${START_TIMEOUT_MS} ms\n${stderr}`))
    }, START_TIMEOUT_MS)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the host exited with ${code} before it was ready\n${stderr}`))
    })
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = URL_LINE.exec(stdout)
      if (!match) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      const url = new URL(match[1])
      resolve({ url: url.toString(), origin: url.origin, token: url.searchParams.get('token') ?? '', dataDir, stop })
    })
  })
}
