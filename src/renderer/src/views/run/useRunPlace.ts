import { useMemo } from 'react'
import { useAppStore, useShallow } from '../../store/index.ts'
import { runPlace, type RunPlace, type RunTables } from './model.ts'

/** Where the room is: re-computed only when workshop, meeting or phase rows change. */
export function useRunPlace(docId: string | null): RunPlace | null {
  const parts = useAppStore(
    useShallow((s) => {
      const e = docId ? s.workshops[docId]?.entities : null
      return e ? [e.workshop, e.meeting, e.phase] : []
    })
  )
  const [workshop, meeting, phase] = parts
  return useMemo(
    () => (workshop && meeting && phase ? runPlace({ workshop, meeting, phase } as RunTables) : null),
    [workshop, meeting, phase]
  )
}
