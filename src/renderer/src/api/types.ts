import type { ApiClient, ApiInput, ApiMethod } from '../../../shared/api/contract.ts'
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
  /**
   * A write that must outlive the page (pagehide, window close): the browser keeps sending it after
   * the page is gone (fetch keepalive, which unlike sendBeacon can carry the token header).
   */
  callKeepalive<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<void>
  /** Stop: close the line and do not reconnect. */
  close(): void
}
