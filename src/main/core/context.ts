import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../shared/api/contract.ts'
import type { ApiEvent, HistoryState } from '../../shared/api/events.ts'
import type { Tx } from '../db/store.ts'
import type { Documents, OpenDocument } from './documents.ts'
import type { Library } from './library.ts'

export type HostKind = 'electron' | 'browser' | 'cli'

/** What every use case gets: the open documents, the data folder, and a way to commit and broadcast. */
export interface CoreContext {
  readonly host: HostKind
  readonly version: string
  readonly docs: Documents
  readonly library: Library
  /** Wall-clock milliseconds; tests pass a controlled clock to createCore (timers are stored as start times). */
  now(): number
  emit(event: ApiEvent): void
  /** One transaction on one document; its changes are broadcast and, with a label, undoable. */
  mutate<T>(docId: string, undoLabel: string | null, fn: (tx: Tx, doc: OpenDocument) => T): T
  /** Undo or redo the newest board operation and broadcast what it changed. */
  replay(docId: string, direction: 'undo' | 'redo'): HistoryState
}

export type Handler<M extends ApiMethod> = (
  input: ApiParsedInput<M>,
  ctx: CoreContext
) => ApiOutput<M> | Promise<ApiOutput<M>>

export type Handlers<K extends ApiMethod> = { [M in K]: Handler<M> }
