import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import { createIpcTransport } from '../../../src/renderer/src/api/ipc.ts'
import type { Transport } from '../../../src/renderer/src/api/types.ts'
import { useAppStore } from '../../../src/renderer/src/store/index.ts'

// The renderer's store wired to a real core on a temp data folder, through the real IPC
// transport: the bridge below is what the Electron preload does, minus Electron.

export interface StoreWorld {
  core: Core
  dataDir: string
  transport: Transport
  store: typeof useAppStore
  dispose(): void
}

const initial = useAppStore.getState()

export function storeWorld(): StoreWorld {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-store-'))
  const core = createCore({ dataDir, host: 'electron' })
  const transport = createIpcTransport({
    host: 'electron',
    invoke: (method, input) => core.invoke(method, input),
    onEvent: (listener) => core.subscribe(listener),
    chooseFile: async () => null,
    onCommand: () => () => {}
  })
  useAppStore.setState(initial, true)
  const disconnect = useAppStore.getState().connect(transport)
  return {
    core,
    dataDir,
    transport,
    store: useAppStore,
    dispose() {
      disconnect()
      useAppStore.setState(initial, true)
      core.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** Let queued events and promise callbacks run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
