import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../shared/api/contract.ts'
import type { ApiEvent, HistoryState } from '../../shared/api/events.ts'
import type { Tx } from '../db/store.ts'
import type { Backups } from './backup.ts'
import type { Documents, OpenDocument } from './documents.ts'
import type { Library } from './library.ts'
import type { ParticipantService } from './handlers/participants.ts'
import type { ProjectorHub } from './projector-hub.ts'

export type HostKind = 'electron' | 'browser' | 'cli'

/**
 * What only a host can provide (its addresses, its windows), set by the host once it runs. The
 * core never imports a host: a handler asks here and explains when the host has no such thing.
 */
export interface CoreServices {
  /** Browser host: the projector address of a workshop, with its own read-only key. */
  projectorUrl?(docId: string): string
  /** Electron: open the projector window (on a chosen display); true when it is open afterwards. */
  openProjectorWindow?(docId: string, displayId?: number): boolean
  /** Electron: close it; false afterwards. */
  closeProjectorWindow?(docId: string): boolean
  projectorWindowOpen?(docId: string): boolean
  /** The participant server (src/main/host/participants); absent under the CLI. */
  participants?: ParticipantService
}

/** What every use case gets: the open documents, the data folder, and a way to commit and broadcast. */
export interface CoreContext {
  readonly host: HostKind
  readonly version: string
  readonly docs: Documents
  readonly library: Library
  readonly backups: Backups
  /** Filled in by the host that runs the core; absent capabilities are explained, not faked. */
  readonly services: CoreServices
  /** The room's screens: presenter state and the projector event stream. */
  readonly projector: ProjectorHub
  /** Wall-clock milliseconds; tests pass a controlled clock to createCore (timers are stored as start times). */
  now(): number
  emit(event: ApiEvent): void
  /** One transaction on one document; its changes are broadcast and, with a label, undoable. */
  mutate<T>(docId: string, undoLabel: string | null, fn: (tx: Tx, doc: OpenDocument) => T): T
  /** Tell every view the undo state changed when no row did (the history was erased). */
  historyChanged(docId: string): HistoryState
  /** Undo or redo the newest board operation and broadcast what it changed. */
  replay(docId: string, direction: 'undo' | 'redo'): HistoryState
}

export type Handler<M extends ApiMethod> = (
  input: ApiParsedInput<M>,
  ctx: CoreContext
) => ApiOutput<M> | Promise<ApiOutput<M>>

export type Handlers<K extends ApiMethod> = { [M in K]: Handler<M> }
