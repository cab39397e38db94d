// Runs sandboxed: it may require only 'electron'. electron-vite bundles the few shared constants
// below into the output, which the build check confirms (out/preload requires nothing else).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { Envelope } from '../shared/api/errors.ts'
import type { ApiEvent } from '../shared/api/events.ts'
import {
  IPC_CHOOSE_FILE,
  IPC_COMMAND,
  IPC_EVENT,
  IPC_INVOKE,
  PRELOAD_GLOBAL,
  type PreloadApi
} from '../shared/api/transport.ts'

// Commands can arrive before React has mounted and subscribed (a double-clicked file at start-up),
// so they are held here and handed to the first listener.
const MAX_HELD_COMMANDS = 20
const heldCommands: string[] = []
const commandListeners = new Set<(commandId: string) => void>()

ipcRenderer.on(IPC_COMMAND, (_event: IpcRendererEvent, commandId: unknown) => {
  if (typeof commandId !== 'string') return
  if (commandListeners.size === 0) {
    if (heldCommands.length < MAX_HELD_COMMANDS) heldCommands.push(commandId)
    return
  }
  for (const listener of commandListeners) listener(commandId)
})

// Listeners get the payload only, never the IpcRendererEvent: its `sender` is ipcRenderer itself.
const api = {
  host: 'electron',
  invoke: (method: string, input: unknown): Promise<Envelope<unknown>> => ipcRenderer.invoke(IPC_INVOKE, method, input),
  onEvent: (listener: (event: ApiEvent) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, payload: ApiEvent): void => listener(payload)
    ipcRenderer.on(IPC_EVENT, forward)
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, forward)
    }
  },
  chooseFile: async (kind: 'open-workshop' | 'import-json'): Promise<string | null> => {
    const reply = (await ipcRenderer.invoke(IPC_CHOOSE_FILE, kind)) as Envelope<string | null>
    if (!reply.ok) throw new Error(reply.error.message)
    return reply.value
  },
  onCommand: (listener: (commandId: string) => void): (() => void) => {
    commandListeners.add(listener)
    for (const commandId of heldCommands.splice(0)) listener(commandId)
    return () => {
      commandListeners.delete(listener)
    }
  }
} satisfies PreloadApi

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, api)
