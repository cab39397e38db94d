import type { Command } from './command.ts'
import { checkCommand } from './commands/check.ts'
import { demoCommand } from './commands/demo.ts'
import { exportCommand } from './commands/export.ts'
import { importCommand } from './commands/import.ts'
import { schemaCommand } from './commands/schema.ts'
import { serveCommand } from './commands/serve.ts'

/** Every command, in the order `--help` lists them. A new command is one file and one line here. */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  importCommand,
  exportCommand,
  checkCommand,
  schemaCommand,
  serveCommand
]

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name)
}
