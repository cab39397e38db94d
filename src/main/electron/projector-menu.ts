import type { MenuItemConstructorOptions } from 'electron'
import type { DisplayChoice } from './projector-window.ts'

// Visa > Projektor: open or close the room's screen and choose which display it goes to. Pure, so
// tests read the template without Electron.

export interface ProjectorMenuState {
  readonly displays: readonly DisplayChoice[]
  /** The display picked here, or null for automatic (the first external display). */
  readonly chosen: number | null
  /** Whether a projector window is open now. */
  readonly open: boolean
}

export interface ProjectorMenuActions {
  /** Ask the facilitator's window to put its workshop on the projector (IPC command 'projector-open'). */
  openProjector(): void
  closeProjector(): void
  chooseDisplay(displayId: number | null): void
}

export function projectorMenu(state: ProjectorMenuState, actions: ProjectorMenuActions): MenuItemConstructorOptions {
  return {
    label: 'Projektor',
    submenu: [
      { label: 'Visa workshoppen på projektorn', click: () => actions.openProjector() },
      { label: 'Stäng projektorn', enabled: state.open, click: () => actions.closeProjector() },
      { type: 'separator' },
      {
        label: 'Automatiskt: extern skärm',
        type: 'radio',
        checked: state.chosen === null,
        click: () => actions.chooseDisplay(null)
      },
      ...state.displays.map(
        (d): MenuItemConstructorOptions => ({
          label: d.label,
          type: 'radio',
          checked: state.chosen === d.id,
          click: () => actions.chooseDisplay(d.id)
        })
      )
    ]
  }
}
