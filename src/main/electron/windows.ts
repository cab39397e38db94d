import { BrowserWindow, type WebContents } from 'electron'
import { IPC_COMMAND } from '../../shared/api/transport.ts'
import { secureWebPreferences } from './security.ts'

/**
 * What a window is for. A projector window shows the room's view of one workshop: it receives
 * only that workshop's 'projector' events and may call only 'projector.view' (ipc.ts).
 */
export type WindowRole = { readonly kind: 'facilitator' } | { readonly kind: 'projector'; readonly docId: string }

const FACILITATOR: WindowRole = { kind: 'facilitator' }

interface Entry {
  readonly win: BrowserWindow
  readonly role: WindowRole
  // Kept apart from win: after 'closed' the window is destroyed and win.webContents throws.
  readonly contents: WebContents
  loaded: boolean
  readonly pending: string[]
}

/**
 * The windows this shell opened. IPC is accepted only from these, events go to all of them, and
 * commands wait until a window's page has loaded (a message sent during loading is dropped).
 */
export class ShellWindows {
  #entries: Entry[] = []

  add(win: BrowserWindow, role: WindowRole = FACILITATOR): void {
    const entry: Entry = { win, role, contents: win.webContents, loaded: false, pending: [] }
    this.#entries.push(entry)
    entry.contents.on('did-finish-load', () => {
      entry.loaded = true
      for (const command of entry.pending.splice(0)) entry.contents.send(IPC_COMMAND, command)
    })
    // A reload starts a new page that must load again before it can take commands.
    entry.contents.on('did-start-loading', () => {
      entry.loaded = false
    })
    win.on('closed', () => {
      this.#entries = this.#entries.filter((e) => e !== entry)
    })
  }

  owns(contents: WebContents): boolean {
    return this.#entries.some((e) => e.contents === contents)
  }

  /** The role of one of our windows' contents; null when it is not ours. */
  roleOf(contents: WebContents): WindowRole | null {
    return this.#entries.find((e) => e.contents === contents)?.role ?? null
  }

  /** The facilitator windows: menu commands and opened files never go to a projector window. */
  all(): BrowserWindow[] {
    return this.#entries.filter((e) => e.role.kind === 'facilitator').map((e) => e.win)
  }

  /** The facilitator window: the first one opened that is still open. */
  main(): BrowserWindow | null {
    return this.all()[0] ?? null
  }

  /** Send to every window whose role `accepts` the payload (all of them by default). */
  send(channel: string, payload: unknown, accepts: (role: WindowRole) => boolean = () => true): void {
    for (const e of this.#entries) {
      if (!e.contents.isDestroyed() && accepts(e.role)) e.contents.send(channel, payload)
    }
  }

  sendCommand(win: BrowserWindow, command: string): void {
    const entry = this.#entries.find((e) => e.win === win)
    if (!entry || entry.contents.isDestroyed()) return
    if (entry.loaded) entry.contents.send(IPC_COMMAND, command)
    else entry.pending.push(command)
  }
}

export interface WindowPaths {
  readonly preloadPath: string
  readonly entryUrl: string
}

/** The facilitator's window. The projector window (projector-window.ts) has the same webPreferences. */
export function createFacilitatorWindow(paths: WindowPaths, windows: ShellWindows): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Medskapa',
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(paths.preloadPath)
  })
  windows.add(win)
  // Shown when painted, so there is no white flash before the first frame.
  win.once('ready-to-show', () => win.show())
  win.loadURL(paths.entryUrl).catch((e: unknown) => console.error('medskapa: the window did not load', e))
  return win
}

export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}
