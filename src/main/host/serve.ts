import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createCore, type Core } from '../core/core.ts'
import { defaultDataDir } from '../core/library.ts'
import { installParticipants } from './participants/service.ts'
import { startHost, type RunningHost } from './server.ts'

// `node src/main/host/serve.ts` and `npm run cli -- serve`: the whole app in a browser, for
// machines where Electron cannot run. stdout carries exactly one line, MEDSKAPA_URL=<url>, for
// scripts and tests; everything meant for people goes to stderr.

export const URL_LINE_PREFIX = 'MEDSKAPA_URL='

const USAGE = `usage: medskapa serve [--data-dir DIR] [--port N] [--static DIR] [--quiet]
  --data-dir DIR  the folder with the workshop files (default: MEDSKAPA_DATA_DIR or the platform's data folder)
  --port N        the port on 127.0.0.1 (default 0: any free port)
  --static DIR    the built app (default: out/renderer in the Medskapa folder)
  --quiet         print only the ${URL_LINE_PREFIX} line`

export interface ServeOptions {
  /** Stops the server like SIGINT does (for callers that run it in-process). */
  signal?: AbortSignal
  stdout?: (text: string) => void
  stderr?: (text: string) => void
}

class UsageError extends Error {}

function parse(argv: string[]): { dataDir: string; port: number; staticDir: string; quiet: boolean; help: boolean } {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        static: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }))
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  const portText = values.port ?? '0'
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65_535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535 (0 takes any free port), not "${portText}"`)
  }
  for (const name of ['data-dir', 'static'] as const) {
    if (values[name] !== undefined && values[name].trim() === '') throw new UsageError(`--${name} must not be empty`)
  }
  return {
    dataDir: values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir(),
    port: Number(portText),
    staticDir: path.resolve(values.static ?? path.join(repoRoot(), 'out', 'renderer')),
    quiet: values.quiet,
    help: values.help
  }
}

/** The Medskapa folder, found from this file so it works from src/ and from a bundle in out/. */
function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown }
      if (pkg.name === 'medskapa') return dir
    } catch {
      // no package.json here (or src/package.json, which has no name): keep looking upwards
    }
    const parent = path.dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
}

function untilStopped(signal: AbortSignal | undefined): Promise<string> {
  return new Promise((resolve) => {
    const stop = (why: string): void => {
      process.off('SIGINT', onInt)
      process.off('SIGTERM', onTerm)
      signal?.removeEventListener('abort', onAbort)
      resolve(why)
    }
    const onInt = (): void => stop('SIGINT')
    const onTerm = (): void => stop('SIGTERM')
    const onAbort = (): void => stop('stop requested')
    process.once('SIGINT', onInt)
    process.once('SIGTERM', onTerm)
    if (signal?.aborted) stop('stop requested')
    else signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function describeListenError(e: unknown, port: number): string {
  const code = (e as { code?: unknown }).code
  if (code === 'EADDRINUSE') {
    return `port ${port} is already in use: choose another with --port N, or --port 0 for any free port`
  }
  if (code === 'EACCES') return `not allowed to listen on port ${port}: choose a port above 1023, or --port 0`
  return `could not start the server: ${(e as Error).message ?? String(e)}`
}

/** Runs until SIGINT, SIGTERM or `signal`; resolves to the process exit code (0, 1 failed, 2 bad arguments). */
export async function runServe(argv: string[], opts: ServeOptions = {}): Promise<number> {
  const out = opts.stdout ?? ((t: string) => void process.stdout.write(t))
  const err = opts.stderr ?? ((t: string) => void process.stderr.write(t))

  let args
  try {
    args = parse(argv)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    err(`medskapa serve: ${e.message}\n${USAGE}\n`)
    return 2
  }
  if (args.help) {
    err(`${USAGE}\n`)
    return 0
  }
  const say = (line: string): void => {
    if (!args.quiet) err(`${line}\n`)
  }

  let core: Core
  try {
    core = createCore({ dataDir: args.dataDir, host: 'browser' })
    // Residents' phones (off until the facilitator turns them on); the page is built into out/phone.
    installParticipants(core, { phoneDir: path.join(repoRoot(), 'out', 'phone'), log: (line) => err(`${line}\n`) })
  } catch (e) {
    err(`medskapa serve: cannot use the data folder ${args.dataDir}: ${(e as Error).message}\n`)
    return 1
  }

  let host: RunningHost
  try {
    host = await startHost({ core, port: args.port, staticDir: args.staticDir, log: (line) => err(`${line}\n`) })
  } catch (e) {
    core.close()
    err(`medskapa serve: ${describeListenError(e, args.port)}\n`)
    return 1
  }

  out(`${URL_LINE_PREFIX}${host.url}\n`)
  say(`Medskapa is running. Open this address in your browser:\n  ${host.url}`)
  say(`Workshops are kept in ${args.dataDir}`)
  if (!fs.existsSync(path.join(args.staticDir, 'index.html'))) {
    say(`The app is not built yet (no ${path.join(args.staticDir, 'index.html')}): run npm run build.`)
  }
  say('Press Ctrl+C to stop.')

  const why = await untilStopped(opts.signal)
  say(`Stopping (${why})...`)
  try {
    await host.close()
  } finally {
    core.close()
  }
  say('Stopped.')
  return 0
}

// Run directly (`node src/main/host/serve.ts`), not when imported. The file-name check keeps a
// bundle that inlines this module (where import.meta.main is the bundle's) from starting a server.
if (import.meta.main && /^serve\.[cm]?[jt]s$/.test(path.basename(fileURLToPath(import.meta.url)))) {
  const code = await runServe(process.argv.slice(2))
  process.exitCode = code
  // Everything is closed by now; this only guards against a stray handle keeping Node alive.
  setTimeout(() => process.exit(code), 2_000).unref()
}
