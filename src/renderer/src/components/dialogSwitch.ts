import { useSyncExternalStore } from 'react'

export interface DialogSwitch {
  isOpen(): boolean
  open(): void
  close(): void
  /** Re-renders the caller when the dialog opens or closes. */
  useOpen(): boolean
}

/**
 * Whether one dialog is open, kept out of the app store on purpose: it is transient, per window,
 * and only its command and its button need it.
 */
export function createDialogSwitch(): DialogSwitch {
  let open = false
  const listeners = new Set<() => void>()
  const set = (next: boolean): void => {
    if (open === next) return
    open = next
    for (const l of listeners) l()
  }
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  return {
    isOpen: () => open,
    open: () => set(true),
    close: () => set(false),
    useOpen: () => useSyncExternalStore(subscribe, () => open)
  }
}
