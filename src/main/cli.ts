// The command line over the same core as the app: `node src/main/cli.ts <command>` (npm run cli).
import module from 'node:module'
import path from 'node:path'

// Node caches compiled (and type-stripped) modules on disk: a CLI that runs from source would
// otherwise spend a third of a report export compiling the same files again.
// It lives beside the dependencies, not in TMPDIR, so a CLI run leaves nothing in temp folders.
module.enableCompileCache?.(path.join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'medskapa-cli'))
const { runCli } = await import('./cli/run.ts')

// A closed pipe (`medskapa export x | head`) is the reader's choice, not an error worth a trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw e
})

// Last resort: whatever escapes a command is still one line, never a stack trace.
const lastResort = (e: unknown): void => {
  process.stderr.write(`medskapa: unexpected error: ${(e as Error)?.message ?? String(e)}\n`)
  if (process.env.MEDSKAPA_DEBUG === '1' && e instanceof Error) process.stderr.write(`${e.stack}\n`)
  process.exit(1)
}
process.on('uncaughtException', lastResort)
process.on('unhandledRejection', lastResort)

process.exitCode = await runCli(process.argv.slice(2))
