import type { Setting } from '../domain/entities.ts'
import { emptyPseudonymMap, type PseudonymMap } from './pii.ts'

/**
 * Where a workshop keeps who is "Deltagare A" (keyed by known-name id, so it holds no names).
 * The privacy panel, the report and the summaries all read and extend the same map, so one
 * person has one pseudonym everywhere.
 */
export const PSEUDONYM_SETTING = 'privacy.pseudonyms'

/** The saved pseudonym map, or a fresh one when there is none or it cannot be read. */
export function savedPseudonyms(settings: readonly Setting[]): PseudonymMap {
  const row = settings.find((s) => s.id === PSEUDONYM_SETTING)
  if (!row) return emptyPseudonymMap()
  try {
    const v = JSON.parse(row.valueJson) as PseudonymMap
    const ok =
      typeof v === 'object' && v !== null && Number.isInteger(v.next) && v.next >= 0 && typeof v.assigned === 'object' && v.assigned !== null &&
      Object.values(v.assigned).every((n) => Number.isInteger(n) && n >= 0 && n < v.next)
    return ok ? { assigned: { ...v.assigned }, next: v.next } : emptyPseudonymMap()
  } catch {
    return emptyPseudonymMap()
  }
}
