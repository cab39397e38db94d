import { PRELOAD_GLOBAL } from '../../../shared/api/transport.ts'
import { createHttpTransport } from './http.ts'
import { createIpcTransport, type ShellBridge } from './ipc.ts'
import { takeToken } from './token.ts'
import type { Transport } from './types.ts'

/** Electron's preload bridge when running in the shell, else nothing (browser mode). */
function shellBridge(): ShellBridge | null {
  const bridge = (window as unknown as Record<string, unknown>)[PRELOAD_GLOBAL]
  return typeof bridge === 'object' && bridge !== null ? (bridge as ShellBridge) : null
}

/** The one API client for this window, over IPC in Electron and HTTP + WebSocket in a browser. */
export function createTransport(): Transport {
  const bridge = shellBridge()
  if (bridge) return createIpcTransport(bridge)
  return createHttpTransport({ origin: window.location.origin, token: takeToken() })
}

export { toUiError, TransportError, type UiError } from './errors.ts'
export type { ConnectionStatus, Transport } from './types.ts'
