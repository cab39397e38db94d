import { describe, expect, it, vi } from 'vitest'
import type { PreloadApi } from '../../../src/shared/api/transport.ts'
import { fake } from './fake-electron.ts'

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule)

const { IPC_CHOOSE_FILE, IPC_COMMAND, IPC_EVENT, IPC_INVOKE, PRELOAD_GLOBAL } = await import('../../../src/shared/api/transport.ts')

// Loading the preload registers the command buffer and exposes the API. Its calls are copied now:
// vitest clears mock calls before each test.
await import('../../../src/preload/index.ts')
const exposeCalls = fake.contextBridge.exposeInMainWorld.mock.calls.map((call) => [...call])

// Every key of PreloadApi, checked both ways at compile time, so a new key there fails this file.
const PRELOAD_KEYS = ['host', 'invoke', 'onEvent', 'chooseFile', 'onCommand'] as const satisfies readonly (keyof PreloadApi)[]
type Missing = Exclude<keyof PreloadApi, (typeof PRELOAD_KEYS)[number]>
const allKeysListed: [Missing] extends [never] ? true : false = true

function exposed(): PreloadApi {
  return exposeCalls[0]![1] as PreloadApi
}

describe('the preload', () => {
  it('exposes exactly one global, named medskapa, with exactly the PreloadApi keys', () => {
    expect(allKeysListed).toBe(true)
    expect(exposeCalls).toHaveLength(1)
    expect(exposeCalls[0]![0]).toBe(PRELOAD_GLOBAL)
    expect(PRELOAD_GLOBAL).toBe('medskapa')
    expect(Object.keys(exposed()).sort()).toEqual([...PRELOAD_KEYS].sort())
    expect(exposed().host).toBe('electron')
  })

  it('does not hand out ipcRenderer or anything with a send/on of its own', () => {
    const api = exposed() as unknown as Record<string, unknown>
    for (const value of Object.values(api)) {
      expect(value).not.toBe(fake.ipcRenderer)
      if (typeof value === 'object' && value !== null) expect(value).not.toHaveProperty('send')
    }
  })

  it('invokes the one API channel with method and input', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { version: '0.1.0' } })
    const reply = await exposed().invoke('app.info', {})
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_INVOKE, 'app.info', {})
    expect(reply).toEqual({ ok: true, value: { version: '0.1.0' } })
  })

  it('unwraps the file chooser reply and turns a refusal into an error', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: '/home/anna/a.medskapa' })
    expect(await exposed().chooseFile('open-workshop')).toBe('/home/anna/a.medskapa')
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHOOSE_FILE, 'open-workshop')
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'forbidden', message: 'IPC refused: nope' } })
    await expect(exposed().chooseFile('import-json')).rejects.toThrow('IPC refused: nope')
  })

  it('passes events on as payload only, and stops after unsubscribe', () => {
    const seen: unknown[] = []
    const off = exposed().onEvent((e) => seen.push(e))
    const ipcEvent = { sender: fake.ipcRenderer }
    fake.ipcRenderer.emit(IPC_EVENT, ipcEvent, { type: 'library' })
    off()
    fake.ipcRenderer.emit(IPC_EVENT, ipcEvent, { type: 'closed', docId: 'x' })
    expect(seen).toEqual([{ type: 'library' }])
    expect(fake.ipcRenderer.listenerCount(IPC_EVENT)).toBe(0)
  })

  it('holds commands that arrive before anyone listens and delivers them to the first listener', () => {
    fake.ipcRenderer.emit(IPC_COMMAND, {}, 'open-doc:abc123')
    fake.ipcRenderer.emit(IPC_COMMAND, {}, 42)
    const seen: string[] = []
    const off = exposed().onCommand((id) => seen.push(id))
    expect(seen).toEqual(['open-doc:abc123'])
    fake.ipcRenderer.emit(IPC_COMMAND, {}, 'undo')
    off()
    fake.ipcRenderer.emit(IPC_COMMAND, {}, 'redo')
    expect(seen).toEqual(['open-doc:abc123', 'undo'])
    // Held again once nobody listens, so a remounted view still gets it.
    const later: string[] = []
    exposed().onCommand((id) => later.push(id))
    expect(later).toEqual(['redo'])
  })
})
