import { useEffect, useRef } from 'react'
import type { Sticky } from '../../../../shared/domain/entities.ts'
import { useTranslation } from '../../i18n/index.ts'
import { selectEntities, useAppStore, type AppState, type EntityTables } from '../../store/index.ts'

// The notes from phones that wait for the facilitator: status 'inbox', source 'participant', in the
// order they arrived. Derived from the workshop cache, which the core's change events keep current.

const EMPTY: readonly Sticky[] = Object.freeze([])
const byTable = new WeakMap<EntityTables['sticky'], readonly Sticky[]>()

function inboxOf(stickies: EntityTables['sticky']): readonly Sticky[] {
  let notes = byTable.get(stickies)
  if (!notes) {
    notes = Object.values(stickies)
      .filter((s) => s.status === 'inbox' && s.source === 'participant')
      .sort((a, b) => a.createdAt - b.createdAt || a.position - b.position || (a.id < b.id ? -1 : 1))
    byTable.set(stickies, notes)
  }
  return notes
}

/** Memoised on the sticky table, so the list keeps its identity until a note changes. */
export const selectInbox =
  (docId: string) =>
  (s: AppState): readonly Sticky[] => {
    const tables = selectEntities(docId)(s)
    return tables ? inboxOf(tables.sticky) : EMPTY
  }

export function useInbox(docId: string): readonly Sticky[] {
  return useAppStore(selectInbox(docId))
}

/**
 * "Ny lapp i inkorgen" for screen readers, wherever the facilitator is: mounted with the toolbar
 * button, which is always there. Notes already waiting when the workshop opened are not news.
 */
export function useInboxArrivals(docId: string): void {
  const { t } = useTranslation()
  const notes = useInbox(docId)
  const announce = useAppStore((s) => s.announce)
  const known = useRef<Set<string> | null>(null)
  useEffect(() => {
    const ids = new Set(notes.map((n) => n.id))
    const before = known.current
    known.current = ids
    if (!before) return
    let fresh = 0
    for (const id of ids) if (!before.has(id)) fresh += 1
    if (fresh > 0) announce(t('participants.inbox.arrived', { count: fresh }))
  }, [notes, announce, t])
}
