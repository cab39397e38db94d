import { errorText } from '../components/errorText.ts'
import { i18next } from '../i18n/index.ts'
import { currentRoute, navigate } from '../router.ts'
import { useAppStore } from '../store/index.ts'
import { isTextField, matches } from './shortcuts.ts'
import type { Command, CommandContext } from './types.ts'

const commands = new Map<string, Command>()

/** Add a group of commands; a duplicate id is a programming error, caught at start-up. */
export function registerCommands(group: readonly Command[]): void {
  for (const command of group) {
    if (commands.has(command.id)) throw new Error(`command "${command.id}" is registered twice`)
    commands.set(command.id, command)
  }
}

export function allCommands(): Command[] {
  return [...commands.values()]
}

export function getCommand(id: string): Command | undefined {
  return commands.get(id)
}

export function commandContext(): CommandContext {
  return { state: useAppStore.getState(), route: currentRoute(), navigate, t: i18next.t }
}

export function isEnabled(command: Command, ctx: CommandContext = commandContext()): boolean {
  return command.enabled ? command.enabled(ctx) : true
}

/** Run a command by id if it exists and is enabled now; failures become an error toast. */
export function runCommand(id: string): boolean {
  const command = commands.get(id)
  if (!command) return false
  const ctx = commandContext()
  if (!isEnabled(command, ctx)) return false
  Promise.resolve()
    .then(() => command.run(ctx))
    .catch((e: unknown) => {
      const state = useAppStore.getState()
      state.pushToast({ kind: 'error', message: errorText(e) })
    })
  return true
}

/** The command a key press asks for, if any, respecting text fields. */
export function commandForKey(event: KeyboardEvent): Command | undefined {
  if (event.isComposing || event.defaultPrevented) return undefined
  const typing = isTextField(event.target)
  for (const command of commands.values()) {
    if (typing && !command.inTextFields) continue
    if (command.shortcuts?.some((s) => matches(s, event))) return command
  }
  return undefined
}
