import type { Language } from '../../../shared/domain/enums.ts'
import type { Slice } from './types.ts'

export interface Toast {
  id: number
  kind: 'info' | 'error'
  message: string
  /** One follow-up, e.g. "Ångra" after a delete. */
  action?: { label: string; run: () => void }
}

/** Places a command can send the keyboard focus to; the view that owns the place honours it. */
export type FocusTarget = 'capture' | 'new-workshop' | 'open-file' | 'main'

export interface UiSlice {
  language: Language
  setLanguage(language: Language): void
  /** The workshop on screen, so commands (undo, capture) know what they act on. */
  activeDocId: string | null
  setActiveDoc(docId: string | null): void
  /** Selected notes (board views select several; the wall selects by focus). */
  selection: readonly string[]
  setSelection(ids: readonly string[]): void
  toasts: readonly Toast[]
  pushToast(toast: Omit<Toast, 'id'>): void
  dismissToast(id: number): void
  /** The latest message for screen readers; the nonce repeats an identical message. */
  announcement: { text: string; nonce: number }
  announce(text: string): void
  paletteOpen: boolean
  setPaletteOpen(open: boolean): void
  focusRequest: { target: FocusTarget; nonce: number } | null
  requestFocus(target: FocusTarget): void
  /** Called by the view that moved the focus, so a later visit does not grab it again. */
  focusHandled(nonce: number): void
}

const TOAST_LIMIT = 3
let nextToastId = 1

export const createUiSlice: Slice<UiSlice> = (set) => ({
  language: 'sv',
  setLanguage: (language) => set({ language }),
  activeDocId: null,
  setActiveDoc: (activeDocId) => set({ activeDocId, selection: [] }),
  selection: [],
  setSelection: (selection) => set({ selection }),
  toasts: [],
  pushToast: (toast) => set((s) => ({ toasts: [...s.toasts, { ...toast, id: nextToastId++ }].slice(-TOAST_LIMIT) })),
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  announcement: { text: '', nonce: 0 },
  announce: (text) => set((s) => ({ announcement: { text, nonce: s.announcement.nonce + 1 } })),
  paletteOpen: false,
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
  focusRequest: null,
  requestFocus: (target) => set((s) => ({ focusRequest: { target, nonce: (s.focusRequest?.nonce ?? 0) + 1 } })),
  focusHandled: (nonce) => set((s) => (s.focusRequest?.nonce === nonce ? { focusRequest: null } : {}))
})
