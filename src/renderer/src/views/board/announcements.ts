import type { Active, Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core'
import type { TFunction } from 'i18next'
import { useAppStore } from '../../store/index.ts'
import { dragOf, dropOf, resolveDropNote, type DragData, type DropData } from './dnd.ts'

// What a screen reader hears while a note or cluster is carried by keyboard or pointer, in the
// app's language. Texts are read from the store at the moment, so they name what is there now.

function names(docId: string): { note(id: string): string; cluster(id: string | null): string } {
  const tables = useAppStore.getState().workshops[docId]?.entities
  const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 59)}…` : text)
  return {
    note: (id) => short(tables?.sticky[id]?.text ?? ''),
    cluster: (id) => (id ? short(tables?.cluster[id]?.title ?? '') : '')
  }
}

function what(t: TFunction, docId: string, drag: DragData | null): string {
  const n = names(docId)
  if (!drag) return ''
  if (drag.type === 'cluster') return t('board.dnd.sayCluster', { title: n.cluster(drag.clusterId) })
  return drag.ids.length > 1 ? t('board.dnd.sayNotes', { count: drag.ids.length }) : t('board.dnd.sayNote', { text: n.note(drag.lead) })
}

function where(t: TFunction, docId: string, drag: DragData | null, drop: DropData | null): string {
  const n = names(docId)
  if (!drop) return t('board.dnd.overNothing')
  switch (drop.type) {
    case 'note': {
      const clusterId = useAppStore.getState().workshops[docId]?.entities?.sticky[drop.stickyId]?.clusterId ?? null
      return clusterId === null
        ? t('board.dnd.overUnsortedNote', { text: n.note(drop.stickyId) })
        : t('board.dnd.overClusterNote', { text: n.note(drop.stickyId), title: n.cluster(clusterId) })
    }
    case 'clusterHead':
      return drag?.type === 'cluster' ? t('board.dnd.overMerge', { title: n.cluster(drop.clusterId) }) : t('board.dnd.overCluster', { title: n.cluster(drop.clusterId) })
    case 'cluster':
      return drag?.type === 'cluster' ? t('board.dnd.overPlace', { title: n.cluster(drop.clusterId) }) : t('board.dnd.overCluster', { title: n.cluster(drop.clusterId) })
    case 'unsorted':
      return t('board.dnd.overUnsorted')
    case 'newCluster':
      return drag?.type === 'cluster' ? t('board.dnd.overEnd') : t('board.dnd.overNew')
  }
}

/** The target as the drop will see it: the note under the carried one, else dnd-kit's target. */
export function targetOf(active: Active, over: Over | null): DropData | null {
  const note = resolveDropNote(active)
  return note ? { type: 'note', stickyId: note } : dropOf(over)
}

export function boardAnnouncements(t: TFunction, docId: string): Announcements {
  const say = (active: Active, over: Over | null): string => where(t, docId, dragOf(active), targetOf(active, over))
  return {
    onDragStart: ({ active }) => t('board.dnd.picked', { what: what(t, docId, dragOf(active)) }),
    onDragOver: ({ active, over }) => say(active, over),
    // Moving from note to note within one list changes no dnd-kit target; say it all the same.
    onDragMove: ({ active, over }) => say(active, over),
    onDragEnd: ({ active, over }) => {
      const target = targetOf(active, over)
      return target ? t('board.dnd.dropped', { what: what(t, docId, dragOf(active)), where: where(t, docId, dragOf(active), target) }) : t('board.dnd.cancelled')
    },
    onDragCancel: () => t('board.dnd.cancelled')
  }
}

export function boardInstructions(t: TFunction): ScreenReaderInstructions {
  return { draggable: t('board.dnd.instructions') }
}
