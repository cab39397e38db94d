import type { TFunction } from 'i18next'
import type { sv } from '../i18n/sv.ts'
import type { navigate, Route } from '../router.ts'
import type { AppState } from '../store/index.ts'

export type CommandGroup = keyof typeof sv.commands.groups

/** A label key under `commands.` in the translations. */
export type CommandLabel = Exclude<keyof typeof sv.commands, 'groups' | 'paletteTitle' | 'open' | 'searchLabel' | 'searchPlaceholder' | 'none' | 'disabled'>

/**
 * A key combination. `mod` is Cmd on a Mac and Ctrl elsewhere. Shift is compared only for letters
 * and digits: on a Swedish keyboard "/" is itself Shift+7.
 */
export interface Shortcut {
  key: string
  mod?: boolean
  shift?: boolean
  alt?: boolean
}

/** What a command sees when it runs: a snapshot of the store, the route, and ways to act. */
export interface CommandContext {
  state: AppState
  route: Route
  navigate: typeof navigate
  t: TFunction
}

/**
 * One user command. Menus (via the shell), keyboard shortcuts and the command palette all run
 * commands by id from the registry, so a command behaves the same whichever way it is reached.
 */
export interface Command {
  /** Stable id, also what the Electron menu sends: "history.undo". */
  id: string
  /** A key under `commands.`, or a function for a feature's own strings: (t) => t('board.merge'). */
  label: CommandLabel | ((t: TFunction) => string)
  group: CommandGroup
  shortcuts?: readonly Shortcut[]
  /** Run even while typing in a text field (only for shortcuts that do not clash with editing). */
  inTextFields?: boolean
  /** Hidden from the palette (commands that only make sense from a key, like the palette itself). */
  hidden?: boolean
  enabled?(ctx: CommandContext): boolean
  run(ctx: CommandContext): void | Promise<void>
}
