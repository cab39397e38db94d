import path from 'node:path'
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { FileEntry } from '../../shared/api/methods/library.ts'
import { projectorMenu, type ProjectorMenuActions, type ProjectorMenuState } from './projector-menu.ts'

/** What the menu can ask of the shell; the shell decides which window a command goes to. */
export interface MenuActions {
  /** Send a command id (IPC_COMMAND) to the focused window. */
  command(id: string): void
  openWithDialog(): void
  openFile(filePath: string): void
  about(): void
  /** Visa > Projektor; left out when absent. */
  readonly projector?: ProjectorMenuActions
}

export interface MenuState {
  readonly platform: NodeJS.Platform
  readonly recent: readonly FileEntry[]
  /** Developer tools only in an unpackaged app. */
  readonly developer: boolean
  readonly projector?: ProjectorMenuState
}

function recentItems(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  if (state.recent.length === 0) return [{ label: 'Inga senaste workshoppar', enabled: false }]
  return state.recent.map((entry) => ({
    // The path's folder tells apart two workshops with the same title.
    label: `${entry.title} — ${path.basename(path.dirname(entry.path))}`,
    toolTip: entry.path,
    enabled: entry.problem === null,
    click: () => actions.openFile(entry.path)
  }))
}

/** The application menu in Swedish; pure, so tests read the template without Electron. */
export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin'
  const file: MenuItemConstructorOptions = {
    label: 'Arkiv',
    submenu: [
      { label: 'Ny workshop…', accelerator: 'CmdOrCtrl+N', click: () => actions.command('new-workshop') },
      { label: 'Öppna…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWithDialog() },
      { label: 'Senaste', submenu: recentItems(state, actions) },
      // The open workshop's backups; the renderer ignores it when no workshop is open.
      { label: 'Säkerhetskopior…', click: () => actions.command('backup.show') },
      { type: 'separator' },
      { label: 'Stäng fönster', role: 'close' },
      ...(mac ? [] : [{ type: 'separator' as const }, { label: 'Avsluta', role: 'quit' as const }])
    ]
  }
  // Ångra/Gör om go to the renderer: it alone knows whether a text field or the board has focus.
  const edit: MenuItemConstructorOptions = {
    label: 'Redigera',
    submenu: [
      { label: 'Ångra', accelerator: 'CmdOrCtrl+Z', click: () => actions.command('undo') },
      { label: 'Gör om', accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: () => actions.command('redo') },
      { type: 'separator' },
      { label: 'Klipp ut', role: 'cut' },
      { label: 'Kopiera', role: 'copy' },
      { label: 'Klistra in', role: 'paste' },
      { label: 'Markera allt', role: 'selectAll' }
    ]
  }
  const view: MenuItemConstructorOptions = {
    label: 'Visa',
    submenu: [
      { label: 'Helskärm', role: 'togglefullscreen' },
      { type: 'separator' },
      { label: 'Zooma in', role: 'zoomIn' },
      { label: 'Zooma ut', role: 'zoomOut' },
      { label: 'Verklig storlek', role: 'resetZoom' },
      ...(state.projector && actions.projector
        ? [{ type: 'separator' as const }, projectorMenu(state.projector, actions.projector)]
        : []),
      ...(state.developer
        ? [{ type: 'separator' as const }, { label: 'Utvecklarverktyg', role: 'toggleDevTools' as const }]
        : [])
    ]
  }
  const help: MenuItemConstructorOptions = {
    label: 'Hjälp',
    role: 'help',
    submenu: [{ label: 'Om Medskapa', click: () => actions.about() }]
  }
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Medskapa',
          submenu: [
            { label: 'Om Medskapa', click: () => actions.about() },
            { type: 'separator' },
            { label: 'Göm Medskapa', role: 'hide' },
            { label: 'Avsluta Medskapa', role: 'quit' }
          ]
        }
      ]
    : []
  return [...appMenu, file, edit, view, help]
}

export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(state, actions)))
}
