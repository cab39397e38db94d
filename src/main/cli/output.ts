import fs from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from '../core/atomic.ts'
import { CliFailure } from './command.ts'

/** Pretty JSON as the interchange format is published: two spaces, trailing newline. */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** To a file atomically (no half-written JSON after a crash), or to stdout when no file is given. */
export function writeOutput(text: string, out: string | undefined): void {
  if (out === undefined) {
    process.stdout.write(text)
    return
  }
  const target = path.resolve(out)
  // Checked first so the error names the user's path, not the temporary file beside it.
  if (!fs.existsSync(path.dirname(target))) throw new CliFailure(`cannot write ${target}: the folder does not exist`)
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new CliFailure(`cannot write ${target}: it is a folder`)
  writeFileAtomic(target, text)
}

export function say(line: string): void {
  process.stdout.write(`${line}\n`)
}
