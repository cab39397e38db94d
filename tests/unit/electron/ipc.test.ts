import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fake, FakeBrowserWindow, FakeFrame, FakeWebContents, invokeEvent } from './fake-electron.ts'

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule)

const { createCore } = await import('../../../src/main/core/core.ts')
const { registerIpc } = await import('../../../src/main/electron/ipc.ts')
const { ShellWindows } = await import('../../../src/main/electron/windows.ts')
const { appLocation, isAppUrl } = await import('../../../src/main/electron/app-protocol.ts')
const { IPC_CHOOSE_FILE, IPC_EVENT, IPC_INVOKE } = await import('../../../src/shared/api/transport.ts')

type Core = ReturnType<typeof createCore>
type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>

let dataDir: string
let core: Core
let ours: FakeBrowserWindow
let dispose: () => void

const location = appLocation({ devServerUrl: undefined, packaged: true })

function handler(channel: string): Handler {
  const h = fake.ipcMain.handlers.get(channel)
  if (!h) throw new Error(`no handler for ${channel}`)
  return h as Handler
}

const invoke = (event: unknown, method: unknown, input: unknown) => handler(IPC_INVOKE)(event, method, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>
const choose = (event: unknown, kind: unknown) => handler(IPC_CHOOSE_FILE)(event, kind) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-ipc-'))
  core = createCore({ dataDir, host: 'electron' })
  const windows = new ShellWindows()
  ours = new FakeBrowserWindow({})
  windows.add(ours as never)
  dispose = registerIpc({ core, windows, isAppUrl: (url) => isAppUrl(location, url) })
})

afterAll(() => {
  dispose()
  core.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

beforeEach(() => {
  ours.webContents.mainFrame.url = 'app://medskapa/index.html'
  fake.dialog.showOpenDialog.mockClear()
})

describe('the sender check', () => {
  it('accepts the main frame of our window showing our page, and the call reaches the real core', async () => {
    const reply = await invoke(invokeEvent(ours.webContents), 'app.info', {})
    expect(reply).toEqual({ ok: true, value: expect.objectContaining({ host: 'electron', dataDir }) })
  })

  it.each([
    ['a subframe of our window', () => invokeEvent(ours.webContents, new FakeFrame('app://medskapa/index.html', { parent: ours.webContents.mainFrame, processId: ours.webContents.id, routingId: 2 }))],
    // Artificial (a real subframe has its own routingId) but it pins the parent check on its own.
    ['a frame with a parent, even one reporting the main frame ids', () => invokeEvent(ours.webContents, new FakeFrame('app://medskapa/index.html', { parent: ours.webContents.mainFrame, processId: ours.webContents.id, routingId: 1 }))],
    ['a top-level frame that is not our main frame', () => invokeEvent(ours.webContents, new FakeFrame('app://medskapa/index.html', { processId: 999, routingId: 7 }))],
    ['a webContents we did not open', () => invokeEvent(new FakeWebContents('app://medskapa/index.html'))],
    ['a frame that is gone', () => invokeEvent(ours.webContents, null)]
  ])('refuses %s, before the core runs', async (_what, event) => {
    const reply = await invoke(event(), 'library.openDemo', {})
    expect(reply.ok).toBe(false)
    expect(reply.error?.code).toBe('forbidden')
    expect(fs.existsSync(path.join(dataDir, 'demo.medskapa'))).toBe(false)
  })

  it.each(['https://evil.example/index.html', 'app://medskapa.evil.example/index.html', 'file:///tmp/index.html', 'about:blank'])(
    'refuses our main frame when it shows %s',
    async (url) => {
      ours.webContents.mainFrame.url = url
      const reply = await invoke(invokeEvent(ours.webContents), 'app.info', {})
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
  )

  it('stops accepting a window once it is closed', async () => {
    const windows = new ShellWindows()
    const win = new FakeBrowserWindow({})
    windows.add(win as never)
    expect(windows.owns(win.webContents as never)).toBe(true)
    win.close()
    expect(windows.owns(win.webContents as never)).toBe(false)
  })
})

describe('calls', () => {
  it('answers bad input with invalid_input naming the field', async () => {
    const reply = await invoke(invokeEvent(ours.webContents), 'library.create', { title: '   ' })
    expect(reply.ok).toBe(false)
    expect(reply.error?.code).toBe('invalid_input')
    expect(reply.error?.message).toContain('title')
  })

  it('treats method and input as untrusted', async () => {
    expect(await invoke(invokeEvent(ours.webContents), { toString: () => 'app.info' }, {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await invoke(invokeEvent(ours.webContents), 'constructor', {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await invoke(invokeEvent(ours.webContents), 'library.open', { path: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('forwards core events to our windows', async () => {
    ours.webContents.sent.length = 0
    const reply = await invoke(invokeEvent(ours.webContents), 'library.openDemo', {})
    expect(reply.ok).toBe(true)
    const events = ours.webContents.sent.filter((m) => m.channel === IPC_EVENT).map((m) => m.args[0])
    expect(events).toContainEqual({ type: 'library' })
  })
})

describe('the file chooser', () => {
  it.each([
    ['open-workshop', 'medskapa'],
    ['import-json', 'json']
  ])('shows a native dialog filtered for %s', async (kind, extension) => {
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [`/home/anna/val.${extension}`] })
    const reply = await choose(invokeEvent(ours.webContents), kind)
    expect(reply).toEqual({ ok: true, value: `/home/anna/val.${extension}` })
    const options = fake.dialog.showOpenDialog.mock.calls[0]!.at(-1) as { filters: { extensions: string[] }[] }
    expect(options.filters.flatMap((f) => f.extensions)).toEqual([extension])
  })

  it('gives null when the user cancels', async () => {
    expect(await choose(invokeEvent(ours.webContents), 'open-workshop')).toEqual({ ok: true, value: null })
  })

  it('refuses an unknown kind and a foreign sender without showing a dialog', async () => {
    expect(await choose(invokeEvent(ours.webContents), 'any-file')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await choose(invokeEvent(new FakeWebContents()), 'open-workshop')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const sub = new FakeFrame('app://medskapa/index.html', { parent: ours.webContents.mainFrame, processId: ours.webContents.id, routingId: 3 })
    expect(await choose(invokeEvent(ours.webContents, sub), 'open-workshop')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled()
  })
})
