import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent
} from '@dnd-kit/core'
import { useMemo, useState, type ReactNode } from 'react'
import { i18next, useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { fail, moveNotes } from './actions.ts'
import { boardAnnouncements, boardInstructions, targetOf } from './announcements.ts'
import { visibleOrder } from './boardUi.ts'
import { accepts, boardCollisions, dragOf, followPointer, jumpToTarget, resolveDropNote, type DragData, type DropData } from './dnd.ts'

// Scroll only when the pointer is really at an edge: the default (a fifth of the height) starts
// scrolling the board away while a note is being carried to the top or bottom row.
const AUTO_SCROLL = { threshold: { x: 0.06, y: 0.1 }, acceleration: 6 }

/** The selection in board order (the order the room sees), whatever order it was picked in. */
function inBoardOrder(ids: readonly string[]): string[] {
  const at = new Map(visibleOrder.ids.map((id, i) => [id, i]))
  return [...ids].sort((a, b) => (at.get(a) ?? Infinity) - (at.get(b) ?? Infinity))
}

/** What a drop means, as one API call each (so each is one undo step). */
async function drop(docId: string, phaseId: string, event: DragEndEvent, target: DropData | null): Promise<void> {
  const drag = dragOf(event.active)
  if (!drag || !target || !accepts(drag, target)) return
  const { mutate, announce, setSelection, workshops } = useAppStore.getState()
  const t = i18next.t
  if (drag.type === 'cluster') {
    if (target.type === 'clusterHead') {
      const merged = await mutate(docId, 'cluster.merge', { docId, sourceId: drag.clusterId, targetId: target.clusterId })
      announce(t('board.cluster.merged', { title: merged.title }))
    } else if (target.type === 'cluster' || target.type === 'newCluster') {
      const beforeId = target.type === 'cluster' ? target.clusterId : null
      const moved = await mutate(docId, 'cluster.reorder', { docId, id: drag.clusterId, beforeId })
      announce(t('board.cluster.moved', { title: moved.title }))
    }
    return
  }
  const ids = inBoardOrder(drag.ids)
  if (target.type === 'note') {
    const clusterId = workshops[docId]?.entities?.sticky[target.stickyId]?.clusterId ?? null
    if (clusterId === null) {
      // A note dropped on a loose note: the two (or the selection and it) become a group.
      const cluster = await mutate(docId, 'cluster.create', { docId, phaseId, stickyIds: [target.stickyId, ...ids] })
      setSelection([])
      announce(t('board.grouped', { count: ids.length + 1, title: cluster.title }))
    } else await moveNotes(docId, ids, clusterId, target.stickyId)
  } else if (target.type === 'cluster' || target.type === 'clusterHead') {
    await moveNotes(docId, ids, target.clusterId)
  } else if (target.type === 'unsorted') {
    await moveNotes(docId, ids, null)
  } else {
    const cluster = await mutate(docId, 'cluster.create', { docId, phaseId, stickyIds: ids })
    setSelection([])
    announce(t('board.grouped', { count: ids.length, title: cluster.title }))
  }
}

function Overlay({ docId, drag }: { docId: string; drag: DragData }): React.JSX.Element {
  const { t } = useTranslation()
  const text = useAppStore((s) => {
    const tables = s.workshops[docId]?.entities
    return drag.type === 'cluster' ? (tables?.cluster[drag.clusterId]?.title ?? '') : (tables?.sticky[drag.lead]?.text ?? '')
  })
  const colour = useAppStore((s) => (drag.type === 'notes' ? (s.workshops[docId]?.entities?.sticky[drag.lead]?.colour ?? 'yellow') : null))
  if (drag.type === 'cluster') {
    return (
      <div className="drag-overlay drag-overlay--cluster">
        <p dir="auto">{text}</p>
      </div>
    )
  }
  return (
    <div className={`drag-overlay sticky sticky--${colour ?? 'yellow'}`}>
      <p className="sticky__text" dir="auto">
        {text}
      </p>
      {drag.ids.length > 1 && <span className="drag-overlay__count">{t('board.dnd.carrying', { count: drag.ids.length })}</span>}
    </div>
  )
}

/**
 * Drag and drop for the board: pointer (a small move starts it, so clicks and double-clicks still
 * work) and keyboard (pick up with Space or Enter on a card's "Flytta" button, arrows jump from
 * target to target, Space or Enter drops, Esc cancels), announced in the app's language.
 */
export function BoardDnd({ docId, phaseId, children }: { docId: string; phaseId: string; children: (dragging: DragData | null) => ReactNode }): React.JSX.Element {
  const { t } = useTranslation()
  const [dragging, setDragging] = useState<DragData | null>(null)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpToTarget })
  )
  const accessibility = useMemo(
    () => ({ announcements: boardAnnouncements(t, docId), screenReaderInstructions: boardInstructions(t) }),
    [t, docId]
  )
  const content = useMemo(() => children(dragging), [children, dragging])
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      autoScroll={AUTO_SCROLL}
      accessibility={accessibility}
      onDragStart={(e: DragStartEvent) => {
        followPointer(true, e.activatorEvent)
        setDragging(dragOf(e.active))
      }}
      onDragMove={(e) => resolveDropNote(e.active)}
      onDragCancel={() => {
        followPointer(false)
        setDragging(null)
      }}
      onDragEnd={(e) => {
        const target = targetOf(e.active, e.over)
        followPointer(false)
        setDragging(null)
        drop(docId, phaseId, e, target).catch(fail)
      }}
    >
      {content}
      <DragOverlay dropAnimation={null}>{dragging ? <Overlay docId={docId} drag={dragging} /> : null}</DragOverlay>
    </DndContext>
  )
}
