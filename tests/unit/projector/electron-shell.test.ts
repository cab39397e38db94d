import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { fake, FakeBrowserWindow, FakeScreen, invokeEvent } from '../electron/fake-electron.ts'

vi.mock('electron', async () => (await import('../electron/fake-electron.ts')).electronModule)

const { startShell } = await import('../../../src/main/electron/lifecycle.ts')
const { IPC_COMMAND, IPC_EVENT, IPC_INVOKE } = await import('../../../src/shared/api/transport.ts')

// The whole shell as it boots (real core, real files), with Electron itself faked: the projector
// window is wired to the API, the menu and the lifetime of the facilitator's window.

type Reply = { ok: boolean; value?: Record<string, unknown>; error?: { code: string } }
type MenuItem = { label?: string; type?: string; checked?: boolean; enabled?: boolean; submenu?: MenuItem[]; click?: () => void }

const laptop = FakeScreen.display(1, 0, 1920, 1080, 'Inbyggd skärm')
const projector = FakeScreen.display(2, 1920, 1280, 800, 'EPSON')
const bigScreen = FakeScreen.display(3, 3200, 3840, 2160, '')

let root: string
const facilitator = (): FakeBrowserWindow => FakeBrowserWindow.instances[0]!
const projectorWindows = (): FakeBrowserWindow[] => FakeBrowserWindow.instances.filter((w) => String(w.loadedUrls[0]).includes('#/projector'))
const openProjector = (): FakeBrowserWindow | undefined => projectorWindows().find((w) => !w.destroyed)
const call = (win: FakeBrowserWindow, method: string, input: unknown): Promise<Reply> =>
  fake.ipcMain.handlers.get(IPC_INVOKE)!(invokeEvent(win.webContents), method, input) as Promise<Reply>
const projectorMenu = (): MenuItem[] => {
  const view = (fake.Menu.current!.template as MenuItem[]).find((m) => m.label === 'Visa')!
  return view.submenu!.find((m) => m.label === 'Projektor')!.submenu!
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-projector-shell-'))
  fake.app.appPath = path.join(root, 'app')
  fake.screen.displays = [laptop, projector]
  fake.screen.primaryId = 1
  startShell({ argv: ['medskapa'], cwd: root, env: { MEDSKAPA_DATA_DIR: path.join(root, 'data') } })
  fake.app.becomeReady()
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
  facilitator().webContents.finishLoad()
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('the projector in the shell', () => {
  let docId: string

  it('lists the displays under Visa > Projektor, and asks the facilitator window to open the projector', async () => {
    await vi.waitFor(() => expect(projectorMenu().filter((m) => m.type === 'radio')).toHaveLength(3))
    const radios = projectorMenu().filter((m) => m.type === 'radio')
    expect(radios.map((m) => [m.label, m.checked])).toEqual([
      ['Automatiskt: extern skärm', true],
      ['Skärm 1 Inbyggd skärm – 1920 × 1080 (huvudskärm)', false],
      ['Skärm 2 EPSON – 1280 × 800', false]
    ])
    expect(projectorMenu().find((m) => m.label === 'Stäng projektorn')?.enabled).toBe(false)
    projectorMenu().find((m) => m.label === 'Visa workshoppen på projektorn')!.click!()
    const commands = facilitator().webContents.sent.filter((m) => m.channel === IPC_COMMAND).map((m) => m.args[0])
    expect(commands).toContain('projector-open')
  })

  it('opens the projector window through the API, fullscreen on the external display, and follows changes', async () => {
    const created = await call(facilitator(), 'library.create', { title: 'Trygghet i Alby', methodId: 'dystopia' })
    docId = String(created.value!.docId)
    const reply = await call(facilitator(), 'projector.open', { docId })
    expect(reply).toEqual({ ok: true, value: { screens: 1, window: true } })
    const win = openProjector()!
    expect(win.bounds).toEqual(projector.bounds)
    expect(win.fullScreen).toBe(true)
    await vi.waitFor(() => expect(projectorMenu().find((m) => m.label === 'Stäng projektorn')?.enabled).toBe(true))

    // Its events: the projector view of its workshop, nothing else.
    await call(facilitator(), 'workshop.update', { docId, patch: { title: 'Trygghet i Alby och Fittja' } })
    await vi.waitFor(() => expect(win.webContents.sent.some((m) => m.channel === IPC_EVENT)).toBe(true))
    const events = win.webContents.sent.filter((m) => m.channel === IPC_EVENT).map((m) => m.args[0] as { type: string; view: { workshopTitle: string } })
    expect(events.every((e) => e.type === 'projector')).toBe(true)
    expect(events.at(-1)!.view.workshopTitle).toBe('Trygghet i Alby och Fittja')
    expect((await call(win, 'workshop.get', { docId })).error?.code).toBe('forbidden')
  })

  it('moves to the display chosen in the menu, and to a new display when automatic', async () => {
    fake.screen.displays = [laptop, projector, bigScreen]
    fake.screen.emit('display-added', {}, bigScreen)
    await vi.waitFor(() => expect(projectorMenu().filter((m) => m.type === 'radio')).toHaveLength(4))
    projectorMenu().find((m) => m.label === 'Skärm 3 – 3840 × 2160')!.click!()
    expect(openProjector()!.bounds).toEqual(bigScreen.bounds)
    await vi.waitFor(() => expect(projectorMenu().find((m) => m.label === 'Skärm 3 – 3840 × 2160')?.checked).toBe(true))
    fake.screen.displays = [laptop, projector]
    fake.screen.emit('display-removed', {}, bigScreen)
    expect(openProjector()!.bounds).toEqual(projector.bounds)
  })

  it('never takes menu commands, even when focused', () => {
    const win = openProjector()!
    FakeBrowserWindow.focused = win
    const before = win.webContents.sent.filter((m) => m.channel === IPC_COMMAND).length
    const edit = (fake.Menu.current!.template as MenuItem[]).find((m) => m.label === 'Redigera')!
    edit.submenu!.find((m) => m.label === 'Ångra')!.click!()
    expect(win.webContents.sent.filter((m) => m.channel === IPC_COMMAND)).toHaveLength(before)
    expect(facilitator().webContents.sent.filter((m) => m.channel === IPC_COMMAND).map((m) => m.args[0])).toContain('undo')
    FakeBrowserWindow.focused = null
  })

  it('closes with its workshop, and with the last facilitator window', async () => {
    const win = openProjector()!
    await call(facilitator(), 'library.close', { docId })
    expect(win.destroyed).toBe(true)
    const again = await call(facilitator(), 'library.openDemo', {})
    await call(facilitator(), 'projector.open', { docId: String(again.value!.docId) })
    const second = openProjector()!
    expect(second).not.toBe(win)
    facilitator().close()
    expect(second.destroyed).toBe(true)
  })
})
