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

const fromPhones = new WeakMap<EntityTables['sticky'], readonly Sticky[]>()

/** Every phone's note that is waiting or on the board (not removed), memoised on the sticky table. */
const selectFromPhones =
  (docId: string) =>
  (s: AppState): readonly Sticky[] => {
    const stickies = selectEntities(docId)(s)?.sticky
    if (!stickies) return EMPTY
    let notes = fromPhones.get(stickies)
    if (!notes) {
      notes = Object.values(stickies).filter((n) => n.source === 'participant' && n.status !== 'removed')
      fromPhones.set(stickies, notes)
    }
    return notes
  }

/**
 * "Ny lapp i inkorgen" or, in open mode, "Ny lapp från en mobil på tavlan" for screen readers,
 * wherever the facilitator is: mounted with the toolbar button, which is always there. Notes
 * already there when the workshop opened are not news, and an approved note is not a new one.
 */
export function useInboxArrivals(docId: string): void {
  const { t } = useTranslation()
  const notes = useAppStore(selectFromPhones(docId))
  const announce = useAppStore((s) => s.announce)
  const known = useRef<Set<string> | null>(null)
  useEffect(() => {
    const before = known.current
    known.current = new Set(notes.map((n) => n.id))
    if (!before) return
    let inbox = 0
    let board = 0
    for (const n of notes) {
      if (before.has(n.id)) continue
      if (n.status === 'inbox') inbox += 1
      else board += 1
    }
    const news = [
      ...(inbox > 0 ? [t('participants.inbox.arrived', { count: inbox })] : []),
      ...(board > 0 ? [t('participants.inbox.arrivedOnBoard', { count: board })] : [])
    ]
    if (news.length > 0) announce(news.join('. '))
  }, [notes, announce, t])
}
