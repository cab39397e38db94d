import type { ApiClient } from '../../../shared/api/contract.ts'
import type { PreloadApi } from '../../../shared/api/transport.ts'

export type ConnectionStatus = 'connecting' | 'online' | 'offline'

/** A menu or shortcut command sent by the Electron shell, by command id. */
export type CommandListener = (commandId: string) => void

/**
 * The API client plus what a view needs to know about the line under it. Both transports
 * implement it, so nothing above src/renderer/src/api knows which one it has.
 */
export interface Transport extends ApiClient {
  readonly kind: 'electron' | 'browser'
  /**
   * Connection changes. `resumed` is true when the line came back after a break: events may have
   * been missed, so whatever is shown must be fetched again.
   */
  onStatus(listener: (status: ConnectionStatus, resumed: boolean) => void): () => void
  /** The native file dialog; null in the browser, which has no access to paths. */
  readonly chooseFile: PreloadApi['chooseFile'] | null
  /** Menu commands from the shell; null when there is no shell. */
  readonly onCommand: ((listener: CommandListener) => () => void) | null
  /** Stop: close the line and do not reconnect. */
  close(): void
}
