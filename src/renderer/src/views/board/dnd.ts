import {
  closestCenter,
  pointerWithin,
  type Active,
  type CollisionDetection,
  type DroppableContainer,
  type KeyboardCoordinateGetter
} from '@dnd-kit/core'
import { setDropNote } from './boardUi.ts'

// What can be dragged where on the board, and how the target is found. dnd-kit knows the lists
// (clusters, their headers, the unsorted notes, "new group"); the note under the pointer is found
// from the page itself, so 2,000 notes are not 2,000 drop targets to measure and re-render.

/** What is being dragged: notes (one, or the selection it belongs to) or a whole cluster. */
export type DragData = { type: 'notes'; ids: readonly string[]; lead: string } | { type: 'cluster'; clusterId: string }

/** Where it lands: a dnd-kit drop target, or (found by position) a note. */
export type DropData =
  | { type: 'note'; stickyId: string }
  | { type: 'clusterHead'; clusterId: string }
  | { type: 'cluster'; clusterId: string }
  | { type: 'unsorted' }
  | { type: 'newCluster' }

const PRIORITY: Record<DropData['type'], number> = { note: 0, clusterHead: 1, newCluster: 2, cluster: 3, unsorted: 4 }

export function dragOf(active: Pick<Active, 'data'> | null): DragData | null {
  return (active?.data.current as DragData | undefined) ?? null
}

export function dropOf(over: { data: { current?: unknown } } | null): DropData | null {
  return (over?.data.current as DropData | undefined) ?? null
}

/** Whether `drop` makes sense for `drag` (a cluster onto the unsorted list does not). */
export function accepts(drag: DragData | null, drop: DropData | null): boolean {
  if (!drag || !drop) return false
  if (drag.type === 'notes') return drop.type !== 'note' || !drag.ids.includes(drop.stickyId)
  if (drop.type === 'clusterHead' || drop.type === 'cluster') return drop.clusterId !== drag.clusterId
  return drop.type === 'newCluster'
}

function accepted(active: Active, containers: DroppableContainer[]): DroppableContainer[] {
  const drag = dragOf(active)
  return containers.filter((c) => accepts(drag, dropOf(c)))
}

const rank = (c: { data?: { droppableContainer?: DroppableContainer } }): number => {
  const drop = dropOf(c.data?.droppableContainer ?? null)
  return drop ? PRIORITY[drop.type] : 9
}

/**
 * The pointer decides when there is one (the innermost target under it); the keyboard, which moves
 * the dragged card's rectangle from target to target, takes the closest centre.
 */
export const boardCollisions: CollisionDetection = (args) => {
  const droppableContainers = accepted(args.active, args.droppableContainers)
  if (args.pointerCoordinates) return pointerWithin({ ...args, droppableContainers }).sort((a, b) => rank(a) - rank(b))
  return closestCenter({ ...args, droppableContainers }).slice(0, 1)
}

// --- The note under the dragged thing --------------------------------------------------------

let pointer: { x: number; y: number } | null = null
const trackPointer = (e: PointerEvent): void => {
  pointer = { x: e.clientX, y: e.clientY }
}

/** Follow the real pointer (client coordinates) while a drag lasts; a keyboard drag has none. */
export function followPointer(on: boolean, start?: Event | null): void {
  if (on) {
    pointer = start instanceof PointerEvent || start instanceof MouseEvent ? { x: start.clientX, y: start.clientY } : null
    window.addEventListener('pointermove', trackPointer, { passive: true })
  } else {
    window.removeEventListener('pointermove', trackPointer)
    pointer = null
    setDropNote(null)
  }
}

/** The note (not one being carried) at a point on the board. */
function noteAt(x: number, y: number, carried: readonly string[]): string | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const card = el.closest<HTMLElement>('.board [data-sticky-id]')
    const id = card?.dataset.stickyId
    if (id && !carried.includes(id)) return id
  }
  return null
}

/**
 * Where the dragged notes would land on a note: under the pointer, or for the keyboard under the
 * centre of the carried card. Kept in a small store the cards read one by one.
 */
export function resolveDropNote(active: Active | null): string | null {
  const drag = dragOf(active)
  if (!active || drag?.type !== 'notes') {
    setDropNote(null)
    return null
  }
  const rect = active.rect.current.translated
  const at = pointer ?? (rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null)
  const id = at ? noteAt(at.x, at.y, drag.ids) : null
  setDropNote(id)
  return id
}

// --- Keyboard: arrows jump from target to target ----------------------------------------------

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 }
}

/** The places a keyboard drag can stop at, read from the page when the arrow is pressed. */
function stops(drag: DragData): HTMLElement[] {
  const board = document.querySelector('.board')
  if (!board) return []
  if (drag.type === 'cluster') {
    const own = (el: Element): boolean => el.closest<HTMLElement>('section.cluster')?.dataset.clusterId === drag.clusterId
    return [...board.querySelectorAll<HTMLElement>('section.cluster .cluster__head, .board__new')].filter((el) => !own(el))
  }
  const notes = [...board.querySelectorAll<HTMLElement>('[data-sticky-id]')].filter((el) => !drag.ids.includes(el.dataset.stickyId ?? ''))
  return [...notes, ...board.querySelectorAll<HTMLElement>('section.cluster .cluster__head, .board__new, .board__unsorted .wall__header')]
}

/**
 * Arrow keys jump to the nearest stop in that direction (a note, a cluster's header, the unsorted
 * list, "new group") instead of nudging the card a few pixels at a time.
 */
export const jumpToTarget: KeyboardCoordinateGetter = (event, { context }) => {
  const dir = DIRECTIONS[event.code]
  if (!dir) return undefined
  event.preventDefault()
  const { collisionRect, active } = context
  const drag = dragOf(active)
  if (!collisionRect || !drag) return undefined
  const from = { x: collisionRect.left + collisionRect.width / 2, y: collisionRect.top + collisionRect.height / 2 }
  let best: { score: number; x: number; y: number } | null = null
  for (const el of stops(drag)) {
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) continue
    const c = { x: r.left + r.width / 2, y: r.top + r.height / 2 }
    const along = (c.x - from.x) * dir.x + (c.y - from.y) * dir.y
    if (along <= 4) continue
    const across = Math.abs((c.x - from.x) * dir.y + (c.y - from.y) * dir.x)
    // Straight ahead beats diagonal.
    const score = along + across * 2
    if (!best || score < best.score) best = { score, ...c }
  }
  if (!best) return undefined
  return { x: best.x - collisionRect.width / 2, y: best.y - collisionRect.height / 2 }
}
