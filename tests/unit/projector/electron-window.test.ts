import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fake, FakeBrowserWindow, FakeScreen, invokeEvent } from '../electron/fake-electron.ts'

vi.mock('electron', async () => (await import('../electron/fake-electron.ts')).electronModule)

const { createCore } = await import('../../../src/main/core/core.ts')
const { registerIpc } = await import('../../../src/main/electron/ipc.ts')
const { ShellWindows } = await import('../../../src/main/electron/windows.ts')
const { ProjectorWindows, pickDisplay, windowedBounds, displayLabel } = await import('../../../src/main/electron/projector-window.ts')
const { secureWebPreferences } = await import('../../../src/main/electron/security.ts')
const { appLocation, isAppUrl } = await import('../../../src/main/electron/app-protocol.ts')
const { IPC_CHOOSE_FILE, IPC_EVENT, IPC_INVOKE } = await import('../../../src/shared/api/transport.ts')
const { plainWorkshop } = await import('./fixture.ts')

type Core = ReturnType<typeof createCore>
type Reply = { ok: boolean; value?: unknown; error?: { code: string; message: string } }

const PRELOAD = '/app/out/preload/index.js'
const paths = { preloadPath: PRELOAD, entryUrl: 'app://medskapa/index.html' }
const location = appLocation({ devServerUrl: undefined, packaged: true })
const laptop = FakeScreen.display(1, 0, 1920, 1080, 'Inbyggd skärm')
const projector = FakeScreen.display(2, 1920, 1280, 800, 'EPSON')
const bigScreen = FakeScreen.display(3, 3200, 3840, 2160, 'Stor skärm')

let dataDir: string
let core: Core
let windows: InstanceType<typeof ShellWindows>
let facilitator: FakeBrowserWindow
let projectors: InstanceType<typeof ProjectorWindows>
let changed = 0
let dispose: () => void

const newest = (): FakeBrowserWindow => FakeBrowserWindow.instances.at(-1)!
const invoke = (win: FakeBrowserWindow, method: unknown, input: unknown) =>
  fake.ipcMain.handlers.get(IPC_INVOKE)!(invokeEvent(win.webContents), method, input) as Promise<Reply>
const events = (win: FakeBrowserWindow) => win.webContents.sent.filter((m) => m.channel === IPC_EVENT).map((m) => m.args[0] as { type: string; docId?: string })

function setDisplays(...displays: ReturnType<typeof FakeScreen.display>[]): void {
  fake.screen.displays = displays
  fake.screen.primaryId = 1
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-projector-window-'))
  core = createCore({ dataDir, host: 'electron' })
  windows = new ShellWindows()
  facilitator = new FakeBrowserWindow({})
  windows.add(facilitator as never)
  dispose = registerIpc({ core, windows, isAppUrl: (url) => isAppUrl(location, url) })
  projectors = new ProjectorWindows(paths, windows, { changed: () => (changed += 1), watch: (docId) => core.projector.watch(docId) })
  core.services.openProjectorWindow = (docId, displayId) => projectors.open(docId, displayId)
  core.services.closeProjectorWindow = (docId) => projectors.close(docId)
  core.services.projectorWindowOpen = (docId) => projectors.isOpen(docId)
})

afterAll(() => {
  projectors.dispose()
  dispose()
  core.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

beforeEach(() => {
  projectors.close()
  projectors.choose(null)
  setDisplays(laptop, projector)
})

describe('choosing the display', () => {
  it('prefers the chosen display, else the first external one, else a window on the only one', () => {
    expect(pickDisplay([laptop, projector, bigScreen], 1, null)).toEqual({ display: projector, fullscreen: true })
    expect(pickDisplay([laptop, projector, bigScreen], 1, 3)).toEqual({ display: bigScreen, fullscreen: true })
    // A chosen display that was unplugged: back to automatic.
    expect(pickDisplay([laptop, projector], 1, 3)).toEqual({ display: projector, fullscreen: true })
    expect(pickDisplay([laptop], 1, null)).toEqual({ display: laptop, fullscreen: false })
    // Choosing the laptop's own display means a window there, not fullscreen over the facilitator.
    expect(pickDisplay([laptop, projector], 1, 1)).toEqual({ display: laptop, fullscreen: false })
    expect(pickDisplay([], 1, null)).toBeNull()
  })

  it('frames a window of at most 1280×720 in the middle of a display', () => {
    expect(windowedBounds({ x: 0, y: 25, width: 1920, height: 1055 })).toEqual({ x: 320, y: 193, width: 1280, height: 720 })
    expect(windowedBounds({ x: 100, y: 0, width: 1024, height: 600 })).toEqual({ x: 100, y: 0, width: 1024, height: 600 })
  })

  it('labels displays by number, name and size', () => {
    expect(displayLabel(projector, 1, false)).toBe('Skärm 2 EPSON – 1280 × 800')
    expect(displayLabel({ ...laptop, label: '' }, 0, true)).toBe('Skärm 1 – 1920 × 1080 (huvudskärm)')
  })
})

describe('the projector window', () => {
  it('opens with the secure webPreferences on the projector route, fullscreen on the external display', async () => {
    const ws = await plainWorkshop(core)
    const before = changed
    const reply = await invoke(facilitator, 'projector.open', { docId: ws.docId })
    expect(reply).toEqual({ ok: true, value: { screens: 1, window: true } })
    const win = newest()
    expect(win).not.toBe(facilitator)
    expect(win.options.webPreferences).toEqual(secureWebPreferences(PRELOAD))
    expect(win.loadedUrls).toEqual([`app://medskapa/index.html#/projector?doc=${ws.docId}`])
    expect(win.bounds).toEqual(projector.bounds)
    expect(win.fullScreen).toBe(true)
    expect(changed).toBeGreaterThan(before)
    // Shown without taking the facilitator's focus.
    win.emit('ready-to-show')
    expect(win.shownInactive).toBe(true)
    expect(win.focusCount).toBe(0)
    // Opening again reuses it.
    await invoke(facilitator, 'projector.open', { docId: ws.docId })
    expect(newest()).toBe(win)
  })

  it('is a normal window on the laptop when there is no second display', async () => {
    setDisplays(laptop)
    const ws = await plainWorkshop(core)
    projectors.open(ws.docId)
    expect(newest().fullScreen).toBe(false)
    expect(newest().bounds).toEqual(windowedBounds(laptop.workArea))
  })

  it('moves when displays are added, removed or changed, and when another is chosen', async () => {
    setDisplays(laptop)
    const ws = await plainWorkshop(core)
    projectors.open(ws.docId)
    const win = newest()
    const before = changed

    setDisplays(laptop, projector)
    fake.screen.emit('display-added', {}, projector)
    expect(win.bounds).toEqual(projector.bounds)
    expect(win.fullScreen).toBe(true)
    expect(changed).toBeGreaterThan(before)

    setDisplays(laptop, projector, bigScreen)
    projectors.choose(3)
    expect(win.bounds).toEqual(bigScreen.bounds)

    const resized = { ...bigScreen, bounds: { ...bigScreen.bounds, width: 2560, height: 1440 } }
    setDisplays(laptop, projector, resized)
    fake.screen.emit('display-metrics-changed', {}, resized, ['bounds'])
    expect(win.bounds).toEqual(resized.bounds)

    setDisplays(laptop)
    fake.screen.emit('display-removed', {}, projector)
    expect(win.fullScreen).toBe(false)
    expect(win.bounds).toEqual(windowedBounds(laptop.workArea))
    expect(projectors.displays()).toEqual([{ id: 1, label: 'Skärm 1 Inbyggd skärm – 1920 × 1080 (huvudskärm)', primary: true }])
  })

  it('opens on the display given, and shows one workshop at a time', async () => {
    setDisplays(laptop, projector, bigScreen)
    const a = await plainWorkshop(core, 'A')
    const b = await plainWorkshop(core, 'B')
    await invoke(facilitator, 'projector.open', { docId: a.docId, displayId: 3 })
    const first = newest()
    expect(first.bounds).toEqual(bigScreen.bounds)
    await invoke(facilitator, 'projector.open', { docId: b.docId })
    expect(first.destroyed).toBe(true)
    expect(newest().loadedUrls[0]).toContain(`doc=${b.docId}`)
    expect(projectors.isOpen(a.docId)).toBe(false)
    expect(await invoke(facilitator, 'projector.close', { docId: b.docId })).toEqual({ ok: true, value: { screens: 0, window: false } })
    expect(newest().destroyed).toBe(true)
  })
})

describe('what a projector window may do', () => {
  it('calls nothing but its own projector view', async () => {
    const ws = await plainWorkshop(core)
    const other = await plainWorkshop(core, 'Annan')
    projectors.open(ws.docId)
    const win = newest()
    const own = await invoke(win, 'projector.view', { docId: ws.docId })
    expect(own.ok).toBe(true)
    for (const [method, input] of [
      ['workshop.get', { docId: ws.docId }],
      ['sticky.add', { docId: ws.docId, phaseId: 'x', text: 'Intrång' }],
      ['note.list', { docId: ws.docId }],
      ['projector.setPresenter', { docId: ws.docId, blank: true }],
      ['projector.view', { docId: other.docId }],
      ['library.list', {}],
      ['nope', {}]
    ] as const) {
      const reply = await invoke(win, method, input)
      expect(reply, method).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect((await core.call('projector.view', { docId: ws.docId })).presenter.blank).toBe(false)
    const choose = (await fake.ipcMain.handlers.get(IPC_CHOOSE_FILE)!(invokeEvent(win.webContents), 'open-workshop')) as Reply
    expect(choose).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled()
    // The facilitator's window still may.
    expect((await invoke(facilitator, 'workshop.get', { docId: ws.docId })).ok).toBe(true)
  })

  it('receives only the projector events of its own workshop', async () => {
    const ws = await plainWorkshop(core)
    const other = await plainWorkshop(core, 'Annan')
    await ws.goTo('capture')
    await other.goTo('capture')
    projectors.open(ws.docId)
    const win = newest()
    // The other workshop is watched too (as by a browser screen), so it has events to leak.
    expect(core.projector.screens(ws.docId)).toBe(1)
    const release = core.projector.watch(other.docId)
    const facilitatorBefore = events(facilitator).length
    await core.call('sticky.add', { docId: ws.docId, phaseId: ws.phase('capture').id, text: 'Synlig' })
    await core.call('sticky.add', { docId: other.docId, phaseId: other.phase('capture').id, text: 'Annans' })
    await core.call('library.list', {})
    await new Promise((r) => setImmediate(r))
    const got = events(win)
    expect(got.length).toBeGreaterThan(0)
    expect(got.every((e) => e.type === 'projector' && e.docId === ws.docId)).toBe(true)
    expect(JSON.stringify(got)).toContain('Synlig')
    expect(JSON.stringify(got)).not.toContain('Annans')
    // The facilitator's window gets everything, its changes included.
    const theirs = events(facilitator).slice(facilitatorBefore).map((e) => e.type)
    expect(theirs).toEqual(expect.arrayContaining(['changes', 'projector']))
    release()
    win.close()
    expect(core.projector.screens(ws.docId)).toBe(0)
  })
})
