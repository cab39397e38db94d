import { createContext, useContext } from 'react'

/**
 * How arrow keys leave a note: its list knows its order, even for the notes a virtualised list has
 * not rendered yet, and brings the next one into view before focusing it.
 */
export interface ListNav {
  /** Focus the note `step` places from `id`; false when there is none (the list's end). */
  go(id: string, step: 1 | -1): boolean
}

export const ListNavContext = createContext<ListNav | null>(null)

export function useListNav(): ListNav | null {
  return useContext(ListNavContext)
}
