import type { Phase, Sticky, Workshop } from '../../../shared/domain/entities.ts'
import type { EntityTables } from './entities.ts'
import type { AppState } from './types.ts'
import type { WorkshopCache } from './workshopSlice.ts'

// Selectors return stored objects or arrays memoised on the identity of the table they derive
// from, so a change to one note does not hand every subscriber a new array.

const EMPTY: readonly never[] = Object.freeze([])

function memoOn<K extends object, T>(compute: (table: K, key: string) => T): (table: K, key: string) => T {
  const cache = new WeakMap<K, Map<string, T>>()
  return (table, key) => {
    let byKey = cache.get(table)
    if (!byKey) {
      byKey = new Map()
      cache.set(table, byKey)
    }
    let value = byKey.get(key)
    if (value === undefined) {
      value = compute(table, key)
      byKey.set(key, value)
    }
    return value
  }
}

export const selectCache =
  (docId: string | null) =>
  (s: AppState): WorkshopCache | undefined =>
    docId ? s.workshops[docId] : undefined

export const selectEntities =
  (docId: string | null) =>
  (s: AppState): EntityTables | null =>
    (docId ? s.workshops[docId]?.entities : null) ?? null

export function workshopRow(tables: EntityTables | null): Workshop | null {
  if (!tables) return null
  for (const id in tables.workshop) return tables.workshop[id]
  return null
}

export const selectWorkshopRow =
  (docId: string | null) =>
  (s: AppState): Workshop | null =>
    workshopRow(selectEntities(docId)(s))

const phasesOfMeeting = memoOn((phases: EntityTables['phase'], meetingId: string): readonly Phase[] =>
  Object.values(phases)
    .filter((p) => p.meetingId === meetingId)
    .sort((a, b) => a.position - b.position)
)

/** The current meeting's phases in order (the phase rail). */
export const selectMeetingPhases =
  (docId: string | null) =>
  (s: AppState): readonly Phase[] => {
    const tables = selectEntities(docId)(s)
    const meetingId = workshopRow(tables)?.currentMeetingId
    return tables && meetingId ? phasesOfMeeting(tables.phase, meetingId) : EMPTY
  }

export const selectCurrentPhase =
  (docId: string | null) =>
  (s: AppState): Phase | null => {
    const tables = selectEntities(docId)(s)
    const id = workshopRow(tables)?.currentPhaseId
    return (tables && id ? tables.phase[id] : null) ?? null
  }

function byPosition(a: Sticky, b: Sticky): number {
  return a.position - b.position || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)
}

const boardStickyIds = memoOn((stickies: EntityTables['sticky'], phaseId: string): readonly string[] =>
  Object.values(stickies)
    .filter((st) => st.phaseId === phaseId && st.status === 'board')
    .sort(byPosition)
    .map((st) => st.id)
)

/** Ids of a phase's notes on the board, in order; cards then select their own note by id. */
export const selectPhaseStickyIds =
  (docId: string | null, phaseId: string | null) =>
  (s: AppState): readonly string[] => {
    const tables = selectEntities(docId)(s)
    return tables && phaseId ? boardStickyIds(tables.sticky, phaseId) : EMPTY
  }

export const selectSticky =
  (docId: string, id: string) =>
  (s: AppState): Sticky | undefined =>
    s.workshops[docId]?.entities?.sticky[id]

export const selectActiveHistory = (s: AppState): WorkshopCache['history'] | null =>
  s.activeDocId ? (s.workshops[s.activeDocId]?.history ?? null) : null
