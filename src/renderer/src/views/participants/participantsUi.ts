import { useSyncExternalStore } from 'react'

// Whether the "Låt deltagare vara med" dialog is open. Kept out of the app store on purpose (as the
// report and summary dialogs' are): it is transient, per window, and only the command and the
// toolbar button need it.

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

export function useParticipantsDialogOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open)
}

export const participantsUi = {
  isOpen: (): boolean => open,
  open: (): void => set(true),
  close: (): void => set(false)
}
