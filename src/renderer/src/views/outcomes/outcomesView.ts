import { useSyncExternalStore } from 'react'

// Which whole-workshop outcomes view is open, if any. Commands (palette, menu) open it without a
// route of its own; the toolbar button that renders the dialog reads it. Kept out of the app
// store because nothing else needs it and it holds no workshop data.

export type OutcomesTab = 'effects' | 'proposals' | 'answers'

let open: OutcomesTab | null = null
const listeners = new Set<() => void>()

export function openOutcomes(tab: OutcomesTab | null): void {
  open = tab
  for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useOpenOutcomes(): OutcomesTab | null {
  return useSyncExternalStore(subscribe, () => open)
}
