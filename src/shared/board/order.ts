// Notes and clusters are ordered by a REAL position, so a move rewrites one row (one small undo
// image) instead of renumbering the whole list; only when two neighbours get too close is the
// list renumbered.

const MIN_GAP = 1e-6

export interface Placement {
  /** The moved item's new position. */
  position: number
  /** When set, the other items must first be renumbered to these positions (same order). */
  renumber: number[] | null
}

/**
 * Where to put an item so that it lands at `index` among `positions` (the other items' positions,
 * ascending, without the moved item). index ≥ length appends.
 */
export function placeAt(positions: readonly number[], index: number): Placement {
  const at = Math.max(0, Math.min(index, positions.length))
  const prev = at > 0 ? positions[at - 1] : null
  const next = at < positions.length ? positions[at] : null
  if (next === null) return { position: (prev ?? 0) + 1, renumber: null }
  if (prev === null) return { position: next - 1, renumber: null }
  if (next - prev > MIN_GAP) return { position: (prev + next) / 2, renumber: null }
  const renumber = positions.map((_, i) => i + 1)
  return { position: at + 0.5, renumber }
}
