import type { ConnectionStatus, Transport } from '../api/types.ts'
import type { AppState, Slice } from './types.ts'

export interface ConnectionSlice {
  api: Transport | null
  connection: ConnectionStatus
  /** Wire the store to a transport: apply its events, and refetch after a break. */
  connect(api: Transport): () => void
  /** Fetch again everything that is shown: the library if loaded, and every open workshop. */
  refreshAll(): void
}

export function requireApi(state: AppState): Transport {
  if (!state.api) throw new Error('the store is not connected to the API yet')
  return state.api
}

export const createConnectionSlice: Slice<ConnectionSlice> = (set, get) => ({
  api: null,
  connection: 'connecting',
  connect(api) {
    set({ api })
    const stopEvents = api.subscribe((event) => get().applyEvent(event))
    const stopStatus = api.onStatus((connection, resumed) => {
      set({ connection })
      // Events sent while the line was down are lost: fetch again what is on screen.
      if (resumed) get().refreshAll()
    })
    return () => {
      stopEvents()
      stopStatus()
      set({ api: null })
    }
  },
  refreshAll() {
    const state = get()
    if (state.library.status !== 'idle') void state.loadLibrary()
    for (const docId of Object.keys(state.workshops)) void state.loadWorkshop(docId)
  }
})
