import type { Sticky } from '../domain/entities.ts'
import type { StickyColour } from '../domain/enums.ts'
import type { WorkshopData } from '../domain/interchange.ts'
import { foldText } from './text.ts'

export interface StickyFilter {
  /** Every word must occur in the note, ignoring case and diacritics ("gang" finds "gång"). */
  text?: string
  colour?: StickyColour | readonly StickyColour[]
  /** A cluster's id, or null for the unsorted notes. */
  clusterId?: string | null
  phaseId?: string
  happening?: boolean
}

/** A matcher for find-as-you-type: fold the query once, test many notes. */
export function textMatcher(query: string): (text: string) => boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return () => true
  return (text) => {
    const folded = foldText(text)
    return words.every((w) => folded.includes(w))
  }
}

/** The notes on the board that match every given criterion, in their stored order. */
export function filterStickies(data: Pick<WorkshopData, 'stickies'>, filter: StickyFilter): Sticky[] {
  const matches = textMatcher(filter.text ?? '')
  const colours = filter.colour === undefined ? null : new Set(typeof filter.colour === 'string' ? [filter.colour] : filter.colour)
  return data.stickies.filter(
    (s) =>
      s.status === 'board' &&
      (filter.phaseId === undefined || s.phaseId === filter.phaseId) &&
      (filter.clusterId === undefined || s.clusterId === filter.clusterId) &&
      (colours === null || colours.has(s.colour)) &&
      (filter.happening === undefined || s.happening === filter.happening) &&
      matches(s.text)
  )
}
