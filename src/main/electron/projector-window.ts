import { BrowserWindow, screen, type Display, type Rectangle } from 'electron'
import { projectorRoute } from '../../shared/api/transport.ts'
import { secureWebPreferences } from './security.ts'
import type { ShellWindows, WindowPaths } from './windows.ts'

// The room's screen in the app: one window with the same locked-down webPreferences as the
// facilitator's, showing the projector route of one workshop. It goes fullscreen on the external
// display when there is one (a projector or a big screen), follows displays as they come and go,
// and can be sent to another display from Visa > Projektor. What it may receive and call is
// limited in ipc.ts by its role.

export interface DisplayChoice {
  readonly id: number
  readonly label: string
  readonly primary: boolean
}

type DisplayLike = Pick<Display, 'id' | 'bounds'> & { label?: string }

/**
 * Where the projector goes: the chosen display while it is connected, else the first display that
 * is not the primary one; with only one display, a normal window on it (never fullscreen over the
 * facilitator's own screen).
 */
export function pickDisplay<D extends DisplayLike>(
  displays: readonly D[],
  primaryId: number,
  chosenId: number | null
): { display: D; fullscreen: boolean } | null {
  const chosen = chosenId === null ? undefined : displays.find((d) => d.id === chosenId)
  const external = displays.find((d) => d.id !== primaryId)
  const display = chosen ?? external ?? displays.find((d) => d.id === primaryId) ?? displays[0]
  if (!display) return null
  return { display, fullscreen: display.id !== primaryId }
}

/** A window of 1280×720 (or smaller) centred in a display: the projector view in a frame. */
export function windowedBounds(area: Rectangle): Rectangle {
  const width = Math.min(1280, area.width)
  const height = Math.min(720, area.height)
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height
  }
}

/** "Skärm 2 – 1920 × 1080" (with the display's own name when the system knows it). */
export function displayLabel(display: DisplayLike, index: number, primary: boolean): string {
  const size = `${display.bounds.width} × ${display.bounds.height}`
  const name = display.label?.trim() ? ` ${display.label.trim()}` : ''
  return `Skärm ${index + 1}${name} – ${size}${primary ? ' (huvudskärm)' : ''}`
}

export interface ProjectorWindowHooks {
  /** The displays or the window changed: the menu follows. */
  changed?(): void
  /** Start the core's projector events for a workshop while its window is open (core.projector.watch). */
  watch?(docId: string): () => void
}

export class ProjectorWindows {
  readonly #paths: WindowPaths
  readonly #windows: ShellWindows
  readonly #hooks: ProjectorWindowHooks
  #current: { win: BrowserWindow; docId: string } | null = null
  /** The display picked in the menu; null: automatic (the first external one). */
  #chosen: number | null = null
  readonly #onDisplays = (): void => {
    this.#place()
    this.#hooks.changed?.()
  }

  constructor(paths: WindowPaths, windows: ShellWindows, hooks: ProjectorWindowHooks = {}) {
    this.#paths = paths
    this.#windows = windows
    this.#hooks = hooks
    screen.on('display-added', this.#onDisplays)
    screen.on('display-removed', this.#onDisplays)
    screen.on('display-metrics-changed', this.#onDisplays)
  }

  displays(): DisplayChoice[] {
    const primaryId = screen.getPrimaryDisplay().id
    return screen.getAllDisplays().map((d, i) => ({ id: d.id, label: displayLabel(d, i, d.id === primaryId), primary: d.id === primaryId }))
  }

  /** The display the projector is (or would be) on. */
  target(): number | null {
    return pickDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id, this.#chosen)?.display.id ?? null
  }

  /** The display picked in the menu, or null for automatic. */
  chosen(): number | null {
    return this.#chosen
  }

  /** The workshop on the projector now, or null. */
  openDocId(): string | null {
    return this.#current?.docId ?? null
  }

  isOpen(docId: string): boolean {
    return this.#current?.docId === docId
  }

  /** Show a workshop on the projector (on a chosen display); one projector window at a time. */
  open(docId: string, displayId?: number): boolean {
    if (displayId !== undefined) this.#chosen = displayId
    if (this.#current && this.#current.docId !== docId) {
      this.#current.win.close()
      this.#current = null
    }
    if (this.#current) {
      this.#place()
      this.#current.win.showInactive()
      return true
    }
    const win = new BrowserWindow({
      title: 'Medskapa – projektor',
      width: 1280,
      height: 720,
      show: false,
      autoHideMenuBar: true,
      // Dark until painted: a white flash on a projector in a dim room is what people notice.
      backgroundColor: '#000000',
      webPreferences: secureWebPreferences(this.#paths.preloadPath)
    })
    const current = { win, docId }
    this.#current = current
    this.#windows.add(win, { kind: 'projector', docId })
    const release = this.#hooks.watch?.(docId)
    win.on('closed', () => {
      release?.()
      if (this.#current === current) this.#current = null
      this.#hooks.changed?.()
    })
    this.#place()
    // Shown without taking focus: the facilitator keeps typing in their own window.
    win.once('ready-to-show', () => win.showInactive())
    win.loadURL(`${this.#paths.entryUrl}${projectorRoute(docId)}`).catch((e: unknown) => console.error('medskapa: the projector window did not load', e))
    this.#hooks.changed?.()
    return true
  }

  close(docId?: string): boolean {
    if (this.#current && (docId === undefined || this.#current.docId === docId)) this.#current.win.close()
    return false
  }

  /** Send the projector to another display (from the menu); it moves at once when open. */
  choose(displayId: number | null): void {
    this.#chosen = displayId
    this.#place()
    this.#hooks.changed?.()
  }

  /** Put the window on its display: fullscreen on an external one, a window on the only one. */
  #place(): void {
    const current = this.#current
    if (!current || current.win.isDestroyed()) return
    const pick = pickDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id, this.#chosen)
    if (!pick) return
    const { win } = current
    // A fullscreen window does not move: leave fullscreen, move, then enter it on the new display.
    if (win.isFullScreen()) win.setFullScreen(false)
    win.setBounds(pick.fullscreen ? pick.display.bounds : windowedBounds(pick.display.workArea))
    if (pick.fullscreen) win.setFullScreen(true)
  }

  dispose(): void {
    screen.off('display-added', this.#onDisplays)
    screen.off('display-removed', this.#onDisplays)
    screen.off('display-metrics-changed', this.#onDisplays)
    this.close()
  }
}
