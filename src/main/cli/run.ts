import { CliFailure, UsageError, type Command } from './command.ts'
import { describeError } from './errors.ts'
import { COMMANDS, findCommand } from './registry.ts'

const PROG = 'medskapa'

function generalUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    `Usage: ${PROG} <command> [arguments]`,
    '       (from the source folder: npm run cli -- <command> [arguments])',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Run "${PROG} <command> --help" for a command's arguments.`,
    'Exit codes: 0 done, 1 failed, 2 wrong arguments.'
  ].join('\n')
}

function commandHelp(c: Command): string {
  return `Usage: ${c.usage}\n\n${c.summary}.\n\n${c.help}\n`
}

/** --help / -h anywhere before a "--" that ends the options. */
function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false
    if (a === '--help' || a === '-h') return true
  }
  return false
}

function reportError(command: Command, e: unknown): number {
  const prefix = `${PROG} ${command.name}`
  if (e instanceof UsageError) {
    process.stderr.write(`${prefix}: ${e.message}\nUsage: ${command.usage}\nRun "${prefix} --help" for details.\n`)
    return 2
  }
  const { message, details } = e instanceof CliFailure ? { message: e.message, details: [] } : describeError(e)
  process.stderr.write(`${prefix}: ${message}\n`)
  for (const d of details) process.stderr.write(`  ${d}\n`)
  if (process.env.MEDSKAPA_DEBUG === '1' && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`)
  return 1
}

/** Run one command line; returns the exit code. Never throws and never prints a stack trace. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined) {
    process.stderr.write(`${PROG}: missing <command>\n\n${generalUsage()}\n`)
    return 2
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0] !== undefined ? findCommand(rest[0]) : undefined
    if (topic?.passThrough) return runCli([topic.name, '--help'])
    process.stdout.write(topic ? commandHelp(topic) : `${generalUsage()}\n`)
    return 0
  }
  if (name === '--version' || name === '-v') {
    // Imported here: the core is the heaviest module graph, and most commands start without it.
    const { APP_VERSION } = await import('../core/core.ts')
    process.stdout.write(`${APP_VERSION}\n`)
    return 0
  }
  const command = findCommand(name)
  if (!command) {
    process.stderr.write(`${PROG}: unknown command "${name}"\n\n${generalUsage()}\n`)
    return 2
  }
  if (!command.passThrough && wantsHelp(rest)) {
    process.stdout.write(commandHelp(command))
    return 0
  }
  try {
    return (await command.run(rest)) ?? 0
  } catch (e) {
    return reportError(command, e)
  }
}
