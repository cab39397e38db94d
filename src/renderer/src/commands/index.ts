import { appCommands } from './app.ts'
import { captureCommands } from './capture.ts'
import { historyCommands } from './history.ts'
import { registerCommands } from './registry.ts'
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
}

export { allCommands, commandForKey, getCommand, isEnabled, runCommand, commandContext } from './registry.ts'
export { formatShortcut } from './shortcuts.ts'
export type { Command, CommandContext, Shortcut } from './types.ts'
