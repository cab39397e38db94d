import { useMemo } from 'react'
import type { EntityName, EntityOf } from '../../../../shared/domain/entities.ts'
import { useAppStore } from '../../store/index.ts'

const EMPTY_TABLE: Readonly<Record<string, never>> = Object.freeze({})

/**
 * One entity table of an open workshop. The table object keeps its identity until a change event
 * touches it, so views derive their lists with useMemo on it and re-render only when it changed.
 */
export function useTable<E extends EntityName>(docId: string, entity: E): Readonly<Record<string, EntityOf<E>>> {
  return useAppStore((s) => (s.workshops[docId]?.entities?.[entity] as Readonly<Record<string, EntityOf<E>>> | undefined) ?? EMPTY_TABLE)
}

/** The rows of a table in their stored order (position, then id for a stable tie-break). */
export function useOrdered<E extends 'effectRow' | 'proposal' | 'body'>(docId: string, entity: E): EntityOf<E>[] {
  const table = useTable(docId, entity)
  return useMemo(
    () => (Object.values(table) as EntityOf<E>[]).sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1)),
    [table]
  )
}

/** The UI language, for the shared Swedish/English label tables in src/shared/outcomes. */
export function useLang(): 'sv' | 'en' {
  return useAppStore((s) => s.language)
}

/** Today as YYYY-MM-DD in the computer's own time zone: answer-by dates are local calendar days. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
