import { useSyncExternalStore } from 'react'

// Board-local view state that commands (palette, shortcuts) must reach: which picker is open and
// where a Shift range starts. Kept out of the app store on purpose: it is transient, per window,
// and nothing else needs it. Documents stay in the store; this is only "what is open right now".

export type BoardDialog =
  | { kind: 'move'; ids: readonly string[] }
  | { kind: 'merge'; clusterId: string }
  | { kind: 'bringIn' }
  | null

interface BoardUiState {
  dialog: BoardDialog
  /** Asks the find field to take the focus (a counter, so asking twice works). */
  findNonce: number
}

let state: BoardUiState = { dialog: null, findNonce: 0 }
const listeners = new Set<() => void>()

function set(patch: Partial<BoardUiState>): void {
  state = { ...state, ...patch }
  for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useBoardUi<T>(select: (s: BoardUiState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state))
}

export const boardUi = {
  get: (): BoardUiState => state,
  openDialog: (dialog: BoardDialog): void => set({ dialog }),
  closeDialog: (): void => set({ dialog: null }),
  focusFind: (): void => set({ findNonce: state.findNonce + 1 })
}

/**
 * The notes of the board on screen in reading order (after the filter), for Shift ranges and for
 * "select all". A plain holder, written by the board on each render, read by key handlers.
 */
export const visibleOrder: { ids: readonly string[]; anchor: string | null } = { ids: [], anchor: null }

/**
 * The note or item that last had the focus. Commands run from the palette, whose search field has
 * the focus by then, act on it.
 */
export const lastFocused: { note: string | null; item: { type: 'sticky' | 'cluster'; id: string } | null } = { note: null, item: null }

// The note under a dragged note. Notes are not dnd-kit drop targets (2,000 of them would make
// every target change re-render them all); the board finds the note under the pointer itself and
// only the two cards whose "drop here" look changes re-render.
let dropNote: string | null = null
const dropListeners = new Set<() => void>()

export function setDropNote(id: string | null): void {
  if (id === dropNote) return
  dropNote = id
  for (const l of dropListeners) l()
}

export function getDropNote(): string | null {
  return dropNote
}

function subscribeDrop(listener: () => void): () => void {
  dropListeners.add(listener)
  return () => dropListeners.delete(listener)
}

export function useIsDropTarget(id: string): boolean {
  return useSyncExternalStore(subscribeDrop, () => dropNote === id)
}

/**
 * Virtualised lists and grids that can bring a note into view when asked (it may not be mounted
 * at all); each answers true when the note is one of theirs.
 */
export const revealers = new Set<(noteId: string) => boolean>()
