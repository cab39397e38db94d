import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { fake, FakeBrowserWindow, invokeEvent, navEvent } from './fake-electron.ts'

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule)

const { createCore } = await import('../../../src/main/core/core.ts')
const { startShell } = await import('../../../src/main/electron/lifecycle.ts')
const { IPC_COMMAND, IPC_INVOKE } = await import('../../../src/shared/api/transport.ts')

type Reply = { ok: boolean; value?: Record<string, unknown>; error?: { code: string } }
type MenuItem = { label?: string; role?: string; submenu?: MenuItem[]; click?: () => void; enabled?: boolean; toolTip?: string }

let root: string
let dataDir: string
let firstFile: string
let secondFile: string

/** Two real workshop files made by a separate core, as if created in an earlier session. */
async function makeWorkshops(dir: string): Promise<[string, string]> {
  const core = createCore({ dataDir: dir, host: 'cli' })
  const a = await core.call('library.create', { title: 'Trygghet i Alby' })
  const b = await core.call('library.create', { title: 'Ungas inflytande' })
  core.close()
  return [a.path, b.path]
}

const win = (): FakeBrowserWindow => FakeBrowserWindow.instances[0]!
const commands = (): unknown[] => win().webContents.sent.filter((m) => m.channel === IPC_COMMAND).map((m) => m.args[0])
const menu = (): MenuItem[] => fake.Menu.current!.template as MenuItem[]
const menuItem = (top: string, label: string): MenuItem => {
  const item = menu().find((m) => m.label === top)?.submenu?.find((m) => m.label === label)
  if (!item) throw new Error(`no menu item ${top} > ${label}`)
  return item
}
const callApi = (method: string, input: unknown): Promise<Reply> =>
  fake.ipcMain.handlers.get(IPC_INVOKE)!(invokeEvent(win().webContents), method, input) as Promise<Reply>

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-shell-'))
  dataDir = path.join(root, 'data')
  ;[firstFile, secondFile] = await makeWorkshops(path.join(root, 'elsewhere'))
  fake.app.appPath = path.join(root, 'app')
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('a second launch', () => {
  it('quits at once when another Medskapa holds the lock', () => {
    fake.app.requestSingleInstanceLock.mockReturnValueOnce(false)
    startShell({ argv: ['medskapa', firstFile], cwd: root, env: { MEDSKAPA_DATA_DIR: dataDir } })
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
    expect(fake.app.listenerCount('second-instance')).toBe(0)
    // The lock is per Chromium profile, which follows an explicit data folder.
    expect(fake.app.paths.get('userData')).toBe(path.join(dataDir, 'chromium-profile'))
    expect(fs.existsSync(dataDir)).toBe(false)
  })
})

describe('the shell', () => {
  beforeAll(async () => {
    // Double-clicking a file: its path is on the command line, relative to the working directory.
    startShell({ argv: ['medskapa', '--inspect=0', path.relative(root, firstFile)], cwd: root, env: { MEDSKAPA_DATA_DIR: dataDir } })
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalled()
    fake.app.becomeReady()
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
  })

  it('opens one facilitator window with the secure webPreferences actually passed to BrowserWindow', () => {
    const prefs = win().options.webPreferences as Record<string, unknown>
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.preload).toBe(path.join(root, 'app', 'out', 'preload', 'index.js'))
  })

  it('loads the renderer from app://medskapa, served from the built folder', () => {
    expect(win().loadedUrls).toEqual(['app://medskapa/index.html'])
    expect(fake.protocol.handlers.has('app')).toBe(true)
  })

  it('installs the security hooks for every webContents and the session', () => {
    expect(fake.app.listenerCount('web-contents-created')).toBe(1)
    expect(fake.session.defaultSession.permissionRequestHandler).not.toBeNull()
    expect(fake.session.defaultSession.headersListener).not.toBeNull()
    // The hook is live: a webContents created now is guarded.
    const contents = new (win().webContents.constructor as new () => FakeBrowserWindow['webContents'])()
    fake.app.emit('web-contents-created', navEvent(), contents)
    const event = navEvent()
    contents.emit('will-navigate', event, 'https://evil.example/')
    expect(event.defaultPrevented).toBe(true)
  })

  it('keeps the double-clicked file for the page, then tells it which document main opened', async () => {
    // Nothing is sent while the page is still loading: it would be lost.
    await vi.waitFor(() => expect(menuItem('Arkiv', 'Senaste').submenu!.map((m) => m.toolTip)).toEqual([fs.realpathSync(firstFile)]))
    expect(commands()).toEqual([])
    win().webContents.finishLoad()
    expect(commands()).toHaveLength(1)
    const command = String(commands()[0])
    expect(command).toMatch(/^open-doc:[0-9a-f]{16}$/)
    const reply = await callApi('workshop.get', { docId: command.slice('open-doc:'.length) })
    expect(reply.ok).toBe(true)
    expect(reply.value?.path).toBe(fs.realpathSync(firstFile))
  })

  it('lists recent workshops under Arkiv > Senaste and opens one from there', async () => {
    const recent = menuItem('Arkiv', 'Senaste').submenu!
    expect(recent.map((m) => m.toolTip)).toEqual([fs.realpathSync(firstFile)])
    expect(recent[0]!.label).toContain('Trygghet i Alby')
    const before = commands().length
    recent[0]!.click!()
    await vi.waitFor(() => expect(commands()).toHaveLength(before + 1))
  })

  it('has the Swedish menus, and Ångra/Gör om/Ny workshop go to the renderer as commands', () => {
    expect(menu().map((m) => m.label)).toEqual(expect.arrayContaining(['Arkiv', 'Redigera', 'Visa', 'Hjälp']))
    expect(menuItem('Visa', 'Helskärm').role).toBe('togglefullscreen')
    expect(menuItem('Hjälp', 'Om Medskapa').click).toBeTypeOf('function')
    const before = commands().length
    menuItem('Redigera', 'Ångra').click!()
    menuItem('Redigera', 'Gör om').click!()
    menuItem('Arkiv', 'Ny workshop…').click!()
    menuItem('Arkiv', 'Säkerhetskopior…').click!()
    expect(commands().slice(before)).toEqual(['undo', 'redo', 'new-workshop', 'backup.show'])
  })

  it('Öppna… shows the workshop dialog and opens the chosen file', async () => {
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [secondFile] })
    const before = commands().length
    menuItem('Arkiv', 'Öppna…').click!()
    await vi.waitFor(() => expect(commands()).toHaveLength(before + 1))
    const options = fake.dialog.showOpenDialog.mock.calls[0]!.at(-1) as { filters: { extensions: string[] }[] }
    expect(options.filters[0]!.extensions).toEqual(['medskapa'])
    await vi.waitFor(() => expect(menuItem('Arkiv', 'Senaste').submenu!.map((m) => m.toolTip)).toContain(fs.realpathSync(secondFile)))
    // The OS recent list (jump list, Dock) follows.
    expect(fake.app.addRecentDocument).toHaveBeenLastCalledWith(fs.realpathSync(secondFile))
  })

  it('a second launch with a file focuses this window and opens the file', async () => {
    win().minimized = true
    const before = commands().length
    fake.app.emit('second-instance', navEvent(), ['medskapa', secondFile], root)
    expect(win().minimized).toBe(false)
    expect(win().focusCount).toBeGreaterThan(0)
    await vi.waitFor(() => expect(commands()).toHaveLength(before + 1))
    expect(String(commands().at(-1))).toMatch(/^open-doc:/)
  })

  it('reports a file that cannot be opened instead of sending a command', async () => {
    const before = commands().length
    const missing = path.join(root, 'borta.medskapa')
    fake.app.emit('open-file', navEvent(), missing)
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalled())
    const options = fake.dialog.showMessageBox.mock.calls[0]!.at(-1) as { type: string; detail: string }
    expect(options.type).toBe('error')
    expect(options.detail).toContain(missing)
    expect(commands()).toHaveLength(before)
  })

  it('closes the core (its SQLite files) on will-quit and stops answering IPC', async () => {
    const invoke = fake.ipcMain.handlers.get(IPC_INVOKE)!
    const opened = (await callApi('library.open', { path: firstFile })).value as { docId: string }
    expect((await callApi('workshop.get', { docId: opened.docId })).ok).toBe(true)
    fake.app.emit('will-quit', navEvent())
    expect(fake.ipcMain.handlers.has(IPC_INVOKE)).toBe(false)
    // The old handler still reaches the core, which has closed the document.
    const after = (await invoke(invokeEvent(win().webContents), 'workshop.get', { docId: opened.docId })) as Reply
    expect(after).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('quits when the last window closes', () => {
    fake.app.quit.mockClear()
    win().close()
    fake.app.emit('window-all-closed')
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
  })
})
