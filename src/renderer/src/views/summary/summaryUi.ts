import { useSyncExternalStore } from 'react'

// Whether the summary dialog is open. Kept out of the app store on purpose (as the report
// dialog's is): it is transient, per window, and only the command and the toolbar button need it.

let open = false
const listeners = new Set<() => void>()

function set(next: boolean): void {
  if (open === next) return
  open = next
  for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useSummaryDialogOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open)
}

export const summaryUi = {
  isOpen: (): boolean => open,
  open: (): void => set(true),
  close: (): void => set(false)
}
