import { useEffect, useSyncExternalStore } from 'react'
import type { ApiEvent } from '../../../../shared/api/events.ts'
import type { ProjectorView } from '../../../../shared/projector/schema.ts'
import { useAppStore } from '../../store/index.ts'

// What the room sees, as the facilitator's window knows it: the latest projector view per open
// workshop. It is the core's own view (projector.view, the 'projector' events, the presenter
// calls' answers), never one computed here, so the preview and the status strip cannot disagree
// with the room. Kept out of the app store on purpose (like the board's dialogs): transient,
// per window, and only the presenter's views and commands read it.

export interface PresenterSnapshot {
  view: ProjectorView | null
  /** The core's clock minus this machine's, for the preview's timer. */
  skewMs: number
}

const EMPTY: PresenterSnapshot = { view: null, skewMs: 0 }

/**
 * 'projector' events come only while a projector screen watches the workshop, so the preview also
 * fetches the view again after each change to the file; a burst (a paste of fifty notes) is one fetch.
 */
const REFETCH_AFTER_MS = 120

/** The rows the room's view is made from (the core's projector reads only these); a facilitator note being typed is not one. */
const SHOWN: ReadonlySet<string> = new Set([
  'workshop',
  'body',
  'meeting',
  'phase',
  'sticky',
  'cluster',
  'vote',
  'countermeasure',
  'effectRow',
  'proposal',
  'response',
  'knownName'
])

const snapshots = new Map<string, PresenterSnapshot>()
const listeners = new Set<() => void>()
const watches = new Map<string, { count: number; stop: () => void }>()
/** Per workshop, the number of the newest fetch: an older answer arriving late is dropped. */
const fetchSeq = new Map<string, number>()

function emit(): void {
  for (const l of listeners) l()
}

/** Take a view from any source as the newest. */
export function setPresenterView(docId: string, view: ProjectorView): void {
  snapshots.set(docId, { view, skewMs: view.serverTime - Date.now() })
  emit()
}

export function presenterView(docId: string): ProjectorView | null {
  return snapshots.get(docId)?.view ?? null
}

/** Fetch the room's view now; failures leave the last one standing (the preview is a help, not a gate). */
export async function refreshPresenter(docId: string): Promise<ProjectorView | null> {
  const api = useAppStore.getState().api
  if (!api) return null
  const seq = (fetchSeq.get(docId) ?? 0) + 1
  fetchSeq.set(docId, seq)
  try {
    const view = await api.call('projector.view', { docId })
    if (fetchSeq.get(docId) === seq && watches.has(docId)) setPresenterView(docId, view)
    return view
  } catch {
    return presenterView(docId)
  }
}

function startWatch(docId: string): () => void {
  const api = useAppStore.getState().api
  if (!api) return () => {}
  let timer: number | undefined
  const later = (): void => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void refreshPresenter(docId), REFETCH_AFTER_MS)
  }
  const stopEvents = api.subscribe((event: ApiEvent) => {
    if (!('docId' in event) || event.docId !== docId) return
    if (event.type === 'projector') {
      // Newer than any fetch on its way.
      fetchSeq.set(docId, (fetchSeq.get(docId) ?? 0) + 1)
      setPresenterView(docId, event.view)
    } else if (event.type !== 'changes' || event.changes.some((c) => SHOWN.has(c.entity))) later()
  })
  const stopStatus = api.onStatus((_status, resumed) => {
    if (resumed) later()
  })
  void refreshPresenter(docId)
  return () => {
    window.clearTimeout(timer)
    stopEvents()
    stopStatus()
  }
}

/** Keep one workshop's view fresh while any presenter view shows it (counted, so two can share it). */
function watch(docId: string): () => void {
  let w = watches.get(docId)
  if (!w) {
    w = { count: 0, stop: () => {} }
    watches.set(docId, w)
    w.stop = startWatch(docId)
  }
  w.count += 1
  let released = false
  return () => {
    if (released) return
    released = true
    const current = watches.get(docId)
    if (!current) return
    current.count -= 1
    if (current.count === 0) {
      current.stop()
      watches.delete(docId)
      snapshots.delete(docId)
    }
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The room's view of a workshop, kept fresh while the calling component is mounted. */
export function usePresenter(docId: string): PresenterSnapshot {
  useEffect(() => watch(docId), [docId])
  return useSyncExternalStore(subscribe, () => snapshots.get(docId) ?? EMPTY)
}
