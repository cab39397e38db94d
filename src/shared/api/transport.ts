import type { ApiErrorBody, Envelope } from './errors.ts'
import type { ApiEvent } from './events.ts'

// The wire conventions both transports share, so the renderer's client is the same either way.

/** Electron IPC channels. */
export const IPC_INVOKE = 'medskapa:invoke'
export const IPC_EVENT = 'medskapa:event'
/** Native open dialog (PreloadApi.chooseFile); main answers with a path or null. */
export const IPC_CHOOSE_FILE = 'medskapa:choose-file'
/**
 * Main -> renderer: a command id from the application menu or the OS (a double-clicked file).
 * The renderer decides what each means for the view it shows:
 *   'new-workshop'       Arkiv > Ny workshop: ask for a title, then library.create
 *   'undo' | 'redo'      Redigera > Ångra / Gör om: the focused editor's text history, else the board's
 *   'open-doc:<docId>'   main has already opened the file (library.open); show that workshop
 *   'projector-open'     Visa > Projektor: put the workshop shown in this window on the projector
 *                        (projector.open with its docId)
 */
export const IPC_COMMAND = 'medskapa:command'
export const OPEN_DOC_COMMAND_PREFIX = 'open-doc:'

/** The one object the preload exposes, as `window.medskapa`. */
export interface PreloadApi {
  readonly host: 'electron'
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>
  onEvent(listener: (event: ApiEvent) => void): () => void
  /** Ask the shell to show a native open dialog; resolves to the chosen path or null. */
  chooseFile(kind: 'open-workshop' | 'import-json'): Promise<string | null>
  /** Listen to IPC_COMMAND ids; commands sent before the first listener are held and then delivered to it. */
  onCommand(listener: (commandId: string) => void): () => void
}
export const PRELOAD_GLOBAL = 'medskapa'

/** Browser host: POST /api/<method> with the JSON input; the reply is an Envelope. */
export const API_PREFIX = '/api/'
/** WebSocket stream of ApiEvent messages. */
export const EVENTS_PATH = '/events'
/** The per-run token: in the start URL as ?token=, then sent as this header (or cookie). */
export const TOKEN_QUERY = 'token'
export const TOKEN_HEADER = 'x-medskapa-token'
export const TOKEN_COOKIE = 'medskapa_token'

/**
 * Browser host, the room's screen: GET /projector?ptoken=... serves the app's index.html, and the
 * renderer shows the projector view for the hash route `#/projector?doc=<docId>`. The projector key
 * (ptoken) is read-only and bound to one workshop: it opens this page, the app's assets and the
 * projector stream, and nothing else (never /api or /events). The stream sends only 'projector'
 * events for that workshop, and closes on anything the page sends.
 */
export const PROJECTOR_PATH = '/projector'
export const PROJECTOR_EVENTS_PATH = '/projector-events'
export const PROJECTOR_TOKEN_QUERY = 'ptoken'

/** The renderer's route to the projector view of one workshop (also the Electron window's hash). */
export function projectorRoute(docId: string): string {
  return `#/projector?doc=${encodeURIComponent(docId)}`
}

export function httpStatusFor(error: ApiErrorBody): number {
  switch (error.code) {
    case 'invalid_input':
      return 400
    case 'forbidden':
      return 403
    case 'not_found':
      return 404
    case 'conflict':
      return 409
    case 'file':
      return 422
    default:
      return 500
  }
}
