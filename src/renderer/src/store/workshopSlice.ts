import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract.ts'
import type { ApiEvent, HistoryState } from '../../../shared/api/events.ts'
import { ApiError } from '../../../shared/api/errors.ts'
import { toUiError, type UiError } from '../api/errors.ts'
import { requireApi } from './connectionSlice.ts'
import { applyChanges, tablesFromData, type EntityTables } from './entities.ts'
import type { Slice } from './types.ts'

type ChangesEvent = Extract<ApiEvent, { type: 'changes' }>

/** What this window holds of one open workshop: a cache the core's events keep current. */
export interface WorkshopCache {
  docId: string
  path: string
  /** loading: the first fetch; ready: shown (maybe refetching); closed: another view closed it. */
  status: 'loading' | 'ready' | 'error' | 'closed'
  error: UiError | null
  entities: EntityTables | null
  history: HistoryState
  /** The last applied event; null right after a fetch, since the fetch itself carries no number. */
  lastSeq: number | null
  /** Writes sent but not yet answered: drives the "Sparar …" / "Sparat" indicator. */
  pending: number
  saveError: UiError | null
}

export interface WorkshopSlice {
  workshops: Record<string, WorkshopCache>
  /** The docId each opened path resolved to (the route holds the path, the API wants the id). */
  docIdByPath: Record<string, string>
  /** Open a file (idempotent in the core) and load it; resolves to its docId. */
  openWorkshop(path: string): Promise<string>
  loadWorkshop(docId: string): Promise<void>
  applyEvent(event: ApiEvent): void
  /** Run a write and track it for the saved indicator; errors are rethrown to the caller. */
  mutate<M extends ApiMethod>(docId: string, method: M, input: ApiInput<M>): Promise<ApiOutput<M>>
  undo(docId: string): Promise<void>
  redo(docId: string): Promise<void>
}

const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }

export const createWorkshopSlice: Slice<WorkshopSlice> = (set, get) => {
  // Events that arrive while a fetch is in flight. Replaying them over the fetched snapshot is
  // correct whichever side of the snapshot they fall: each carries whole rows, applied in order.
  const buffers = new Map<string, ChangesEvent[]>()
  const opening = new Map<string, Promise<string>>()

  const patch = (docId: string, fn: (cache: WorkshopCache) => Partial<WorkshopCache>): void =>
    set((s) => {
      const cache = s.workshops[docId]
      return cache ? { workshops: { ...s.workshops, [docId]: { ...cache, ...fn(cache) } } } : {}
    })

  const fetchInto = async (docId: string): Promise<void> => {
    const api = requireApi(get())
    buffers.set(docId, [])
    try {
      let got: ApiOutput<'workshop.get'>
      try {
        got = await api.call('workshop.get', { docId })
      } catch (e) {
        // The host restarted since this view opened the file: open it again under the same id.
        if (!(e instanceof ApiError && e.code === 'not_found')) throw e
        const path = get().workshops[docId]?.path
        if (!path) throw e
        await api.call('library.open', { path })
        got = await api.call('workshop.get', { docId })
      }
      const missed = buffers.get(docId) ?? []
      let entities = tablesFromData(got.data)
      let history = got.history
      for (const event of missed) {
        entities = applyChanges(entities, event.changes)
        history = event.history
      }
      patch(docId, () => ({
        status: 'ready',
        error: null,
        entities,
        history,
        path: got.path,
        lastSeq: missed.at(-1)?.seq ?? null
      }))
    } catch (e) {
      patch(docId, (c) => (c.entities ? { error: toUiError(e) } : { status: 'error', error: toUiError(e) }))
    } finally {
      buffers.delete(docId)
    }
  }

  return {
    workshops: {},
    docIdByPath: {},

    openWorkshop(path) {
      const inFlight = opening.get(path)
      if (inFlight) return inFlight
      const run = (async () => {
        const opened = await requireApi(get()).call('library.open', { path })
        const { docId } = opened
        set((s) => ({
          docIdByPath: { ...s.docIdByPath, [path]: docId, [opened.path]: docId },
          workshops: s.workshops[docId]
            ? s.workshops
            : {
                ...s.workshops,
                [docId]: {
                  docId,
                  path: opened.path,
                  status: 'loading',
                  error: null,
                  entities: null,
                  history: NO_HISTORY,
                  lastSeq: null,
                  pending: 0,
                  saveError: null
                }
              }
        }))
        // A cache that is ready is kept current by events; only a new or stale one is fetched.
        if (get().workshops[docId]?.status !== 'ready') await get().loadWorkshop(docId)
        return docId
      })()
      opening.set(path, run)
      void run.finally(() => opening.delete(path)).catch(() => {})
      return run
    },

    loadWorkshop: (docId) => fetchInto(docId),

    applyEvent(event) {
      if (event.type === 'library') {
        if (get().library.status !== 'idle') void get().loadLibrary()
        return
      }
      const cache = get().workshops[event.docId]
      if (!cache) return
      if (event.type === 'closed') {
        patch(event.docId, () => ({ status: 'closed' }))
        return
      }
      // The projector's read model is for the projector views, not the facilitator's cache.
      if (event.type !== 'changes') return
      const buffer = buffers.get(event.docId)
      if (buffer) {
        buffer.push(event)
        return
      }
      if (!cache.entities || (cache.lastSeq !== null && event.seq <= cache.lastSeq)) return
      const entities = applyChanges(cache.entities, event.changes)
      patch(event.docId, () => ({ entities, history: event.history, lastSeq: event.seq }))
    },

    async mutate(docId, method, input) {
      patch(docId, (c) => ({ pending: c.pending + 1 }))
      try {
        const out = await requireApi(get()).call(method, input)
        patch(docId, () => ({ saveError: null }))
        return out
      } catch (e) {
        patch(docId, () => ({ saveError: toUiError(e) }))
        throw e
      } finally {
        patch(docId, (c) => ({ pending: Math.max(0, c.pending - 1) }))
      }
    },

    async undo(docId) {
      await get().mutate(docId, 'history.undo', { docId })
    },

    async redo(docId) {
      await get().mutate(docId, 'history.redo', { docId })
    }
  }
}
