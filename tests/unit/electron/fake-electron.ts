// A stand-in for the 'electron' module: the binary cannot run here, and importing the real package
// starts a download. Only Electron is faked; every Medskapa module under test is the real one.
// Test files install it with:
//   vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule)
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

export class FakeFrame {
  url: string
  parent: FakeFrame | null
  processId: number
  routingId: number
  constructor(url: string, opts: { parent?: FakeFrame | null; processId?: number; routingId?: number } = {}) {
    this.url = url
    this.parent = opts.parent ?? null
    this.processId = opts.processId ?? 1
    this.routingId = opts.routingId ?? 1
  }
}

let nextId = 1

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++
  mainFrame: FakeFrame
  destroyed = false
  readonly sent: { channel: string; args: unknown[] }[] = []
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  constructor(url = 'app://medskapa/index.html') {
    super()
    this.mainFrame = new FakeFrame(url, { processId: this.id, routingId: 1 })
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  /** What a renderer would see: the page finished loading. */
  finishLoad(): void {
    this.emit('did-finish-load')
  }
}

/** An Electron-style event whose preventDefault can be observed. */
export function navEvent(): { preventDefault: () => void; defaultPrevented: boolean } {
  const e = {
    defaultPrevented: false,
    preventDefault() {
      e.defaultPrevented = true
    }
  }
  return e
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  static focused: FakeBrowserWindow | null = null
  readonly options: Record<string, unknown>
  readonly webContents = new FakeWebContents()
  // Plain arrays, not vi.fn: vitest clears mock calls between tests, and windows outlive a test.
  readonly loadedUrls: string[] = []
  destroyed = false
  minimized = false
  shown = false
  /** Shown without focus (showInactive), as the projector window is. */
  shownInactive = false
  focusCount = 0
  bounds: { x: number; y: number; width: number; height: number } = { x: 0, y: 0, width: 800, height: 600 }
  fullScreen = false
  constructor(options: Record<string, unknown>) {
    super()
    this.options = options
    FakeBrowserWindow.instances.push(this)
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed)
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url)
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    this.minimized = false
  }
  show(): void {
    this.shown = true
  }
  showInactive(): void {
    this.shownInactive = true
  }
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.bounds = { ...bounds }
  }
  getBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds }
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on
  }
  isFullScreen(): boolean {
    return this.fullScreen
  }
  focus(): void {
    this.focusCount += 1
  }
  close(): void {
    this.destroyed = true
    this.webContents.destroyed = true
    this.emit('closed')
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false
  appPath = '/nonexistent/medskapa'
  #ready!: () => void
  #readyPromise = new Promise<void>((resolve) => (this.#ready = resolve))
  readonly requestSingleInstanceLock = vi.fn(() => true)
  readonly quit = vi.fn()
  readonly addRecentDocument = vi.fn()
  readonly paths = new Map<string, string>()
  setPath(name: string, value: string): void {
    this.paths.set(name, value)
  }
  getAppPath(): string {
    return this.appPath
  }
  whenReady(): Promise<void> {
    return this.#readyPromise
  }
  /** Test hook: fire 'ready' as Electron would. */
  becomeReady(): void {
    this.#ready()
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]>; cancel?: boolean }) => void
) => void

export interface FakeDisplay {
  id: number
  label: string
  bounds: { x: number; y: number; width: number; height: number }
  workArea: { x: number; y: number; width: number; height: number }
}

/** Electron's screen module: a list of displays a test can change, with its change events. */
export class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [FakeScreen.display(1, 0, 1920, 1080, 'Inbyggd skärm')]
  primaryId = 1
  static display(id: number, x: number, width: number, height: number, label = ''): FakeDisplay {
    return { id, label, bounds: { x, y: 0, width, height }, workArea: { x, y: 25, width, height: height - 25 } }
  }
  getAllDisplays(): FakeDisplay[] {
    return this.displays
  }
  getPrimaryDisplay(): FakeDisplay {
    return this.displays.find((d) => d.id === this.primaryId) ?? this.displays[0]
  }
}

function makeFake() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
  const session = {
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as PermissionCheckHandler | null,
    headersListener: null as HeadersListener | null,
    setPermissionRequestHandler(h: PermissionRequestHandler) {
      session.permissionRequestHandler = h
    },
    setPermissionCheckHandler(h: PermissionCheckHandler) {
      session.permissionCheckHandler = h
    },
    webRequest: {
      onHeadersReceived(h: HeadersListener) {
        session.headersListener = h
      }
    }
  }
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>()
  const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined) })
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers,
      handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
        handlers.set(channel, fn)
      }),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel))
    },
    ipcRenderer,
    contextBridge: { exposeInMainWorld: vi.fn() },
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
    screen: new FakeScreen(),
    session: { defaultSession: session },
    protocol: {
      handlers: protocolHandlers,
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, fn: (request: Request) => Response | Promise<Response>) => protocolHandlers.set(scheme, fn))
    },
    dialog: {
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
      showErrorBox: vi.fn()
    },
    Menu: {
      current: null as { template: unknown[] } | null,
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => {
        fake.Menu.current = menu
      })
    }
  }
}

export const fake = makeFake()

/** The module object vi.mock returns: named exports plus default, like the real CommonJS module. */
export const electronModule = { ...fake, default: fake }

/** Create a webContents and run it through the app's 'web-contents-created' hook, as Electron does. */
export function createdWebContents(url?: string): FakeWebContents {
  const contents = new FakeWebContents(url)
  fake.app.emit('web-contents-created', navEvent(), contents)
  return contents
}

/** An IPC invoke event from a frame of `contents` (its main frame unless another is given). */
export function invokeEvent(contents: FakeWebContents, frame: FakeFrame | null = contents.mainFrame): { sender: FakeWebContents; senderFrame: FakeFrame | null } {
  return { sender: contents, senderFrame: frame }
}
