import type { Command } from './command.ts'
import { backupsCommand } from './commands/backups.ts'
import { checkCommand } from './commands/check.ts'
import { demoCommand } from './commands/demo.ts'
import { exportCommand } from './commands/export.ts'
import { importCommand } from './commands/import.ts'
import { restoreCommand } from './commands/restore.ts'
import { schemaCommand } from './commands/schema.ts'
import { serveCommand } from './commands/serve.ts'
import { reportCommand } from '../report/cli-report.ts'
import { summaryCommand } from './commands/summary.ts'

/** Every command, in the order `--help` lists them. A new command is one file and one line here. */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  importCommand,
  exportCommand,
  reportCommand,
  summaryCommand,
  checkCommand,
  backupsCommand,
  restoreCommand,
  schemaCommand,
  serveCommand
]

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name)
}
