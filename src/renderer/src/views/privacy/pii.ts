import { useMemo } from 'react'
import { detectPersonalData, type KnownNameRef, type PiiHit } from '../../../../shared/text/pii.ts'
import { useTable } from '../outcomes/useTables.ts'

/** The facilitator's list of participants' names, as the guard takes them (id keeps pseudonyms stable). */
export function useKnownNameRefs(docId: string): readonly KnownNameRef[] {
  const table = useTable(docId, 'knownName')
  return useMemo(() => Object.values(table).map((k) => ({ id: k.id, name: k.name })), [table])
}

/** What the guard finds in `text`, with the same rules the core scans and replaces by. */
export function usePiiHits(docId: string, text: string): PiiHit[] {
  const knownNames = useKnownNameRefs(docId)
  return useMemo(() => detectPersonalData(text, { knownNames }), [text, knownNames])
}

/**
 * The hit in `text` that stands where `hit` stood when it was shown: same kind and words, nearest
 * position. Text may have moved meanwhile (typing above it), and the core wants exact positions.
 */
export function relocate(hit: PiiHit, hits: readonly PiiHit[]): PiiHit | null {
  let best: PiiHit | null = null
  for (const h of hits) {
    if (h.kind !== hit.kind || h.match !== hit.match) continue
    if (!best || Math.abs(h.start - hit.start) < Math.abs(best.start - hit.start)) best = h
  }
  return best
}
