import type { ParticipantStatus } from '../../../shared/participants/schemas.ts'
import type { AppState, Slice } from './types.ts'

// Whether residents' phones may join each open workshop, as the core last said. The participant
// server announces every change itself (start, stop, mode, code, phones coming and going) as a
// 'participants' event, which is not a change to the document: the workshop cache ignores it,
// so this slice follows it for the views that watch a workshop.

export interface ParticipantsSlice {
  /** The participant server per workshop; absent until this window has asked. */
  participants: Record<string, ParticipantStatus>
  /** Keep an answer the core gave (start, stop …) at once, before its event arrives. */
  setParticipants(status: ParticipantStatus): void
  /**
   * Follow one workshop's participant server: fetch the status now, apply its events, and fetch
   * again after the line was down (events sent meanwhile are lost). Returns the way to stop.
   */
  watchParticipants(docId: string): () => void
}

export const selectParticipants =
  (docId: string | null) =>
  (s: AppState): ParticipantStatus | null =>
    (docId ? s.participants[docId] : undefined) ?? null

export const createParticipantsSlice: Slice<ParticipantsSlice> = (set, get) => ({
  participants: {},
  setParticipants: (status) => set((s) => ({ participants: { ...s.participants, [status.docId]: status } })),
  watchParticipants(docId) {
    const api = get().api
    if (!api) return () => {}
    let live = true
    // Bumped by every event, so a fetch that was overtaken by an event does not undo it.
    let seen = 0
    const load = (): void => {
      const before = seen
      api
        .call('participants.status', { docId })
        .then((status) => {
          if (live && seen === before) get().setParticipants(status)
        })
        .catch(() => {
          // The workshop closed or the line dropped: the next event or reconnect tells again.
        })
    }
    const stopEvents = api.subscribe((event) => {
      if (event.type !== 'participants' || event.docId !== docId) return
      seen += 1
      get().setParticipants(event.status)
    })
    const stopStatus = api.onStatus((_status, resumed) => {
      if (resumed) load()
    })
    load()
    return () => {
      live = false
      stopEvents()
      stopStatus()
    }
  }
})
