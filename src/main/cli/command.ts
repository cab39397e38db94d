import { parseArgs } from 'node:util'
import type { z } from 'zod'

/**
 * One CLI command. The registry (registry.ts) lists them, so adding `report` or `summary` is one
 * new file under commands/ and one line there.
 */
export interface Command {
  readonly name: string
  /** One line for the command list. */
  readonly summary: string
  /** Synopsis lines, e.g. "medskapa export <file> [--out <json>]". */
  readonly usage: string
  /** The rest of `--help`: what it does, options, exit codes. */
  readonly help: string
  /** Hand every argument, --help included, to run() untouched (for commands that parse their own). */
  readonly passThrough?: boolean
  /** Returns the exit code (0 when omitted); throws UsageError or anything else for failures. */
  run(args: readonly string[]): Promise<number | void>
}

/** Wrong arguments: reported with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** A failure the command already explained in full; exit code 1. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliFailure'
  }
}

export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly short?: string
}

export interface ArgSpec<S extends z.ZodType> {
  /** Names of required positional arguments, in order. */
  readonly positionals: readonly string[]
  readonly options?: Readonly<Record<string, OptionSpec>>
  /** Checks `{ ...positionals by name, ...options }` once they are split apart. */
  readonly schema: S
}

function parseArgsMessage(e: unknown): string {
  const err = e as { code?: string; message?: string }
  const quoted = /'([^']+)'/.exec(err.message ?? '')?.[1]
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${quoted ?? '?'}"`
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const long = /--[\w-]+/.exec(quoted ?? '')?.[0]
    return long ? `option ${long} needs a value` : (err.message ?? 'invalid option value')
  }
  return (err.message ?? String(e)).split('. ')[0]
}

/** Split argv with node:util's parser, then validate the result with zod; every failure is a UsageError. */
export function parseCommandArgs<S extends z.ZodType>(args: readonly string[], spec: ArgSpec<S>): z.output<S> {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...args], options: { ...(spec.options ?? {}) }, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError(parseArgsMessage(e))
  }
  const { positionals, values } = parsed
  const named: Record<string, unknown> = { ...values }
  spec.positionals.forEach((name, i) => {
    if (positionals[i] === undefined) throw new UsageError(`missing <${name}>`)
    named[name] = positionals[i]
  })
  if (positionals.length > spec.positionals.length) {
    throw new UsageError(`unexpected argument "${positionals[spec.positionals.length]}"`)
  }
  const checked = spec.schema.safeParse(named)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const key = String(issue?.path[0] ?? '')
    const label = spec.positionals.includes(key) ? `<${key}>` : key ? `--${key}` : 'arguments'
    throw new UsageError(`${label}: ${issue?.message ?? 'invalid'}`)
  }
  return checked.data
}
