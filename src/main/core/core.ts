import { EventEmitter } from 'node:events'
import { API, isApiMethod, type ApiMethod, type ApiOutput } from '../../shared/api/contract.ts'
import { ApiError, parseUnknown, type Envelope } from '../../shared/api/errors.ts'
import type { ApiEvent, HistoryState } from '../../shared/api/events.ts'
import { NotFoundError, DocumentStore, type RowChange } from '../db/store.ts'
import type { CoreContext, CoreServices, Handler, HostKind } from './context.ts'
import { Documents, type OpenDocument } from './documents.ts'
import { libraryHandlers } from './handlers/library.ts'
import { workshopHandlers } from './handlers/workshop.ts'
import { boardHandlers } from './handlers/board.ts'
import { runHandlers } from './handlers/run.ts'
import { templatesHandlers } from './handlers/templates.ts'
import { notesHandlers } from './handlers/notes.ts'
import { outcomesHandlers } from './handlers/outcomes.ts'
import { privacyHandlers } from './handlers/privacy.ts'
import { reportHandlers } from './handlers/report.ts'
import { participantsHandlers } from './handlers/participants.ts'
import { projectorHandlers } from './handlers/projector.ts'
import { summariesHandlers } from './handlers/summaries.ts'
import { backupHandlers } from './handlers/backup.ts'
import { Backups, type BackupOptions } from './backup.ts'
import { Library } from './library.ts'
import { ProjectorHub } from './projector-hub.ts'

export const APP_VERSION = '0.1.0'

/**
 * Hot writes whose output the handler builds only from its parsed input, the rows it read, fresh
 * ids and the clock: parsing it again would only repeat the input parse, at a measurable share of a
 * save (issue #10: within 1.5 × a bare insert). tests/unit/core/core.test.ts holds each of them to
 * its output schema over edge-case inputs instead.
 */
export const OUTPUT_BUILT_FROM_INPUT: ReadonlySet<ApiMethod> = new Set<ApiMethod>(['sticky.add'])

const HANDLERS: { [M in ApiMethod]: Handler<M> } = {
  ...libraryHandlers,
  ...workshopHandlers,
  ...boardHandlers,
  ...runHandlers,
  ...templatesHandlers,
  ...notesHandlers,
  ...outcomesHandlers,
  ...privacyHandlers,
  ...reportHandlers,
  ...participantsHandlers,
  ...projectorHandlers,
  ...summariesHandlers,
  ...backupHandlers
}

export interface Core {
  /** Validate `input` (untrusted), run the use case, and return its validated output. */
  call<M extends ApiMethod>(method: M, input: unknown): Promise<ApiOutput<M>>
  /** The same, never throwing: what transports send over the wire. */
  invoke(method: unknown, input: unknown): Promise<Envelope<unknown>>
  subscribe(listener: (event: ApiEvent) => void): () => void
  /** Broadcast an event that is not a document change (a host service's status, e.g. phones joined). */
  emit(event: ApiEvent): void
  readonly docs: Documents
  readonly library: Library
  /** Filled in by the host that runs this core (projector address or window, join address). */
  readonly services: CoreServices
  readonly projector: ProjectorHub
  close(): void
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e
  if (e instanceof NotFoundError) return new ApiError('not_found', e.message)
  const code = (e as { code?: string }).code
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new ApiError('conflict', `the change conflicts with the workshop's data (${(e as Error).message})`)
  }
  if (code === 'SQLITE_FULL') return new ApiError('file', 'the disk is full: the change was not saved')
  if (code === 'SQLITE_READONLY') return new ApiError('file', 'the file is read-only: the change was not saved')
  return new ApiError('internal', `unexpected error: ${(e as Error).message ?? String(e)}`)
}

export function createCore(opts: { dataDir: string; host: HostKind; clock?: () => number; backups?: BackupOptions }): Core {
  const bus = new EventEmitter()
  bus.setMaxListeners(0)
  const library = new Library(opts.dataDir)
  // The CLI works in a throwaway data folder (cli/session.ts): automatic backups there would be lost.
  const backups = new Backups(library.dataDir, { auto: opts.host !== 'cli', ...opts.backups, now: opts.clock })
  const docs = new Documents({ opened: (doc) => backups.track(doc), closing: (doc) => backups.untrack(doc) })
  const services: CoreServices = {}
  const now = opts.clock ?? (() => Date.now())
  const projector = new ProjectorHub({
    docs,
    services,
    now,
    subscribe: (listener) => {
      bus.on('event', listener)
      return () => bus.off('event', listener)
    },
    emit: (event) => bus.emit('event', event)
  })

  const broadcast = (doc: OpenDocument, changes: RowChange[], history?: HistoryState, always = false): void => {
    if (changes.length === 0 && !always) return
    doc.seq += 1
    bus.emit('event', {
      type: 'changes',
      docId: doc.docId,
      seq: doc.seq,
      changes: DocumentStore.toEntityChanges(changes),
      history: history ?? doc.store.history()
    } satisfies ApiEvent)
  }

  const ctx: CoreContext = {
    host: opts.host,
    version: APP_VERSION,
    docs,
    library,
    backups,
    services,
    projector,
    now,
    emit: (event) => bus.emit('event', event),
    mutate: (docId, undoLabel, fn) => {
      const doc = docs.get(docId)
      const { result, changes, history } = doc.store.transact(undoLabel, (tx) => fn(tx, doc))
      broadcast(doc, changes, history)
      return result
    },
    historyChanged: (docId) => {
      const doc = docs.get(docId)
      const history = doc.store.history()
      broadcast(doc, [], history, true)
      return history
    },
    replay: (docId, direction) => {
      const doc = docs.get(docId)
      const changes = direction === 'undo' ? doc.store.undo() : doc.store.redo()
      if (changes) broadcast(doc, changes)
      return doc.store.history()
    }
  }

  const call = async <M extends ApiMethod>(method: M, input: unknown): Promise<ApiOutput<M>> => {
    const def = API[method]
    const parsed = parseUnknown(def.input, input ?? {}, `Invalid input to ${method}`)
    const handler = HANDLERS[method] as Handler<M>
    const output = await handler(parsed as never, ctx)
    if (OUTPUT_BUILT_FROM_INPUT.has(method)) return output as ApiOutput<M>
    // Outputs are checked too: a bug in a handler must not hand malformed data to a view.
    const checked = def.output.safeParse(output)
    if (!checked.success) {
      throw new ApiError('internal', `${method} produced invalid output: ${checked.error.issues[0]?.message ?? ''}`)
    }
    return checked.data as ApiOutput<M>
  }

  return {
    call,
    invoke: async (method, input) => {
      if (!isApiMethod(method)) {
        return { ok: false, error: { code: 'not_found', message: `there is no API method "${String(method)}"` } }
      }
      try {
        return { ok: true, value: await call(method, input) }
      } catch (e) {
        return { ok: false, error: toApiError(e).toBody() }
      }
    },
    subscribe: (listener) => {
      bus.on('event', listener)
      return () => bus.off('event', listener)
    },
    emit: ctx.emit,
    docs,
    library,
    services,
    projector,
    close: () => {
      // Phones first: their server stops listening before this returns (the rest closes in the background).
      void services.participants?.closeAll()
      projector.close()
      docs.closeAll()
      backups.close()
    }
  }
}
