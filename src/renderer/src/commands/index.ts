import { appCommands } from './app.ts'
import { backupsCommands } from './backups.ts'
import { boardCommands } from './board.ts'
import { captureCommands } from './capture.ts'
import { historyCommands } from './history.ts'
import { outcomesCommands } from './outcomes.ts'
import { participantsCommands } from './participants.ts'
import { presenterCommands } from './presenter.ts'
import { registerCommands } from './registry.ts'
import { reportCommands } from './report.ts'
import { runCommands } from './run.ts'
import { summaryCommands } from './summary.ts'
import { workshopCommands } from './workshop.ts'

let registered = false

/** Register every command group once; later views add their own group file here. */
export function registerAllCommands(): void {
  if (registered) return
  registered = true
  registerCommands(appCommands)
  registerCommands(workshopCommands)
  registerCommands(historyCommands)
  registerCommands(captureCommands)
  registerCommands(outcomesCommands)
  registerCommands(boardCommands)
  registerCommands(runCommands)
  registerCommands(reportCommands)
  registerCommands(presenterCommands)
  registerCommands(summaryCommands)
  registerCommands(participantsCommands)
  registerCommands(backupsCommands)
}

export { allCommands, commandForKey, getCommand, isEnabled, runCommand, commandContext } from './registry.ts'
export { formatShortcut } from './shortcuts.ts'
export type { Command, CommandContext, Shortcut } from './types.ts'
