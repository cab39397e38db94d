import type { ApiMethod, ApiOutput } from '../../../shared/api/contract.ts'
import type { PreloadApi } from '../../../shared/api/transport.ts'
import { unwrapEnvelope } from './errors.ts'
import type { CommandListener, Transport } from './types.ts'

/** The preload may grow menu commands; typed here so the renderer works with either version. */
export type ShellBridge = PreloadApi & { onCommand?: (listener: CommandListener) => () => void }

/** Electron: the preload's one object. The line cannot drop, so the status is always online. */
export function createIpcTransport(bridge: ShellBridge): Transport {
  return {
    kind: 'electron',
    async call<M extends ApiMethod>(method: M, input: unknown): Promise<ApiOutput<M>> {
      return unwrapEnvelope(await bridge.invoke(method, input ?? {}), method) as ApiOutput<M>
    },
    // IPC messages are queued in the shell the moment they are sent, so a closing window loses none.
    async callKeepalive(method, input) {
      unwrapEnvelope(await bridge.invoke(method, input ?? {}), method)
    },
    subscribe: (listener) => bridge.onEvent(listener),
    onStatus: (listener) => {
      listener('online', false)
      return () => {}
    },
    chooseFile: (kind) => bridge.chooseFile(kind),
    onCommand: bridge.onCommand ? (listener) => bridge.onCommand!(listener) : null,
    close: () => {}
  }
}
