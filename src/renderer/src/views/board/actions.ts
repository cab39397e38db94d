import type { Phase } from '../../../../shared/domain/entities.ts'
import type { PhaseKind } from '../../../../shared/domain/enums.ts'
import { errorText } from '../../components/errorText.ts'
import { i18next } from '../../i18n/index.ts'
import { useAppStore, workshopRow, type AppState } from '../../store/index.ts'
import { lastFocused, revealers, visibleOrder } from './boardUi.ts'

// Board operations shared by drag and drop, the cards' keys, the pickers and the commands, so a
// move behaves (and is announced) the same whichever way it was asked for.

/** Phase kinds whose workspace is the board of notes. */
export const NOTE_BOARD_KINDS: readonly PhaseKind[] = ['capture', 'cluster']

// Keys here are built from variables ("marked"/"unmarked"); the typed t() cannot check those.
const t = (key: string, opts?: Record<string, unknown>): string => (i18next.t as unknown as (k: string, o?: object) => string)(key, opts)

/** The workshop on screen and its current phase, if any. */
export function currentPhase(state: AppState = useAppStore.getState()): { docId: string; phase: Phase } | null {
  const docId = state.activeDocId
  if (!docId) return null
  const tables = state.workshops[docId]?.entities ?? null
  const phaseId = workshopRow(tables)?.currentPhaseId
  const phase = phaseId ? tables?.phase[phaseId] : undefined
  return phase ? { docId, phase } : null
}

/** The note board on screen (a capture or cluster phase), if that is what is shown. */
export function currentBoard(state: AppState = useAppStore.getState()): { docId: string; phase: Phase } | null {
  const at = currentPhase(state)
  return at && NOTE_BOARD_KINDS.includes(at.phase.kind) ? at : null
}

/** The focused note, or (while a dialog such as the palette has the focus) the one focused before. */
export function focusedNoteId(): string | null {
  const el = document.activeElement
  if (!(el instanceof HTMLElement)) return null
  const card = el.closest('[data-sticky-id]')?.getAttribute('data-sticky-id')
  if (card) return card
  return el.closest('dialog') ? lastFocused.note : null
}

/** The focused item of a reflect or invert list (or the one focused before a dialog opened). */
export function focusedItem(): { type: 'sticky' | 'cluster'; id: string } | null {
  const el = document.activeElement
  if (!(el instanceof HTMLElement)) return null
  const item = el.closest<HTMLElement>('[data-item-id]')
  const type = item?.dataset.itemType
  if (item?.dataset.itemId && (type === 'sticky' || type === 'cluster')) return { type, id: item.dataset.itemId }
  return el.closest('dialog') ? lastFocused.item : null
}

/** What a note command acts on: the selection, else the focused note. Only notes of `phaseId`. */
export function noteTargets(state: AppState, docId: string, phaseId: string): string[] {
  const table = state.workshops[docId]?.entities?.sticky ?? {}
  const onBoard = (id: string): boolean => table[id]?.phaseId === phaseId && table[id]?.status === 'board'
  const selected = state.selection.filter(onBoard)
  if (selected.length > 0) return selected
  const focused = focusedNoteId()
  return focused && onBoard(focused) ? [focused] : []
}

/**
 * Put the focus on a note once it is on screen (after a move its card is rendered anew in its new
 * list, which happens when the change event arrives, a moment after the call returns).
 */
export function focusNote(id: string, tries = 30): void {
  const el = document.querySelector<HTMLElement>(`[data-sticky-id="${CSS.escape(id)}"]`)
  if (el && el.isConnected) {
    el.focus({ preventScroll: false })
    el.scrollIntoView({ block: 'nearest' })
    return
  }
  // Not mounted (a long board renders what is in view): ask the lists to bring it into view.
  if (tries % 10 === 0) for (const reveal of revealers) reveal(id)
  if (tries > 0) requestAnimationFrame(() => focusNote(id, tries - 1))
}

export function fail(e: unknown): void {
  useAppStore.getState().pushToast({ kind: 'error', message: errorText(e) })
}

function clusterName(docId: string, clusterId: string): string {
  return useAppStore.getState().workshops[docId]?.entities?.cluster[clusterId]?.title ?? ''
}

/** Move notes into a cluster (null: back to unsorted), before `beforeId` or at the end; one undo step. */
export async function moveNotes(docId: string, ids: readonly string[], clusterId: string | null, beforeId: string | null = null): Promise<void> {
  if (ids.length === 0) return
  const { mutate, announce, setSelection } = useAppStore.getState()
  if (ids.length === 1) await mutate(docId, 'sticky.move', { docId, id: ids[0], clusterId, beforeId })
  else await mutate(docId, 'sticky.moveMany', { docId, ids: [...ids], clusterId, beforeId })
  setSelection([])
  announce(
    clusterId === null
      ? t('board.movedToUnsorted', { count: ids.length })
      : t('board.movedToCluster', { count: ids.length, title: clusterName(docId, clusterId) })
  )
  focusNote(ids[0])
}

/**
 * Make a new group of notes. When they all come from one cluster and leave something behind, that
 * is a split (the new group lands right after the old one); otherwise a new group at the end.
 */
export async function groupNotes(docId: string, phaseId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  const state = useAppStore.getState()
  const table = state.workshops[docId]?.entities?.sticky ?? {}
  const from = new Set(ids.map((id) => table[id]?.clusterId ?? null))
  const only = from.size === 1 ? [...from][0] : null
  const remaining = only === null ? 0 : Object.values(table).filter((s) => s.clusterId === only && s.status === 'board').length
  const cluster =
    only !== null && remaining > ids.length
      ? await state.mutate(docId, 'cluster.split', { docId, id: only, stickyIds: [...ids] })
      : await state.mutate(docId, 'cluster.create', { docId, phaseId, stickyIds: [...ids] })
  state.setSelection([])
  state.announce(t('board.grouped', { count: ids.length, title: cluster.title }))
  focusNote(ids[0])
}

/** Delete notes, with "Ångra" in the confirmation. */
export async function removeNotes(docId: string, ids: readonly string[], next?: () => void): Promise<void> {
  if (ids.length === 0) return
  const state = useAppStore.getState()
  if (ids.length === 1) await state.mutate(docId, 'sticky.remove', { docId, id: ids[0] })
  else await state.mutate(docId, 'sticky.removeMany', { docId, ids: [...ids] })
  state.setSelection(state.selection.filter((id) => !ids.includes(id)))
  const message = ids.length === 1 ? i18next.t('stickies.removed') : t('board.removedMany', { count: ids.length })
  next?.()
  state.announce(message)
  state.pushToast({
    kind: 'info',
    message,
    action: { label: i18next.t('toast.undo'), run: () => void state.undo(docId).catch(fail) }
  })
}

/** Space on a note: in or out of the selection. Shift: everything from the last one chosen. */
export function toggleSelect(id: string, range: boolean): void {
  const { selection, setSelection, announce } = useAppStore.getState()
  const order = visibleOrder.ids
  const anchor = visibleOrder.anchor
  let next: string[]
  if (range && anchor && anchor !== id && order.includes(anchor) && order.includes(id)) {
    const [a, b] = [order.indexOf(anchor), order.indexOf(id)].sort((x, y) => x - y)
    next = [...new Set([...selection, ...order.slice(a, b + 1)])]
  } else {
    next = selection.includes(id) ? selection.filter((x) => x !== id) : [...selection, id]
    visibleOrder.anchor = id
  }
  setSelection(next)
  announce(t('board.selectedCount', { count: next.length }))
}

export function clearSelection(): void {
  const { selection, setSelection, announce } = useAppStore.getState()
  if (selection.length === 0) return
  setSelection([])
  visibleOrder.anchor = null
  announce(t('board.selectionCleared'))
}

/** Mark or unmark a note or cluster as already happening ("Våra farhågor är på väg att …"). */
export async function setHappening(docId: string, item: { type: 'sticky' | 'cluster'; id: string; title: string }, happening: boolean): Promise<void> {
  const { mutate, announce } = useAppStore.getState()
  await mutate(docId, 'board.setHappening', { docId, targetType: item.type, id: item.id, happening })
  announce(t(happening ? 'board.happening.marked' : 'board.happening.unmarked', { title: item.title }))
}

/** Show or hide a vote's result; hiding again reopens voting from phones. */
export async function setRevealed(docId: string, phaseId: string, revealed: boolean): Promise<void> {
  const { mutate, announce } = useAppStore.getState()
  await mutate(docId, revealed ? 'vote.reveal' : 'vote.hide', { docId, phaseId })
  announce(t(revealed ? 'board.vote.revealedSaid' : 'board.vote.hiddenSaid'))
}

/** One place up or down within its own list (a cluster, or the unsorted notes). */
export async function moveWithinList(docId: string, id: string, step: 1 | -1): Promise<void> {
  const { workshops, mutate, announce } = useAppStore.getState()
  const table = workshops[docId]?.entities?.sticky ?? {}
  const sticky = table[id]
  if (!sticky) return
  const list = Object.values(table)
    .filter((s) => s.phaseId === sticky.phaseId && s.clusterId === sticky.clusterId && s.status === 'board')
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))
  const at = list.findIndex((s) => s.id === id)
  const to = at + step
  if (to < 0 || to >= list.length) return
  await mutate(docId, 'sticky.move', { docId, id, clusterId: sticky.clusterId, index: to })
  announce(t(step === 1 ? 'board.movedDown' : 'board.movedUp'))
  focusNote(id)
}
