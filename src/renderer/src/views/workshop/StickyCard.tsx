import { useDraggable, type DraggableAttributes, type DraggableSyntheticListeners } from '@dnd-kit/core'
import { memo, useCallback, useMemo, useRef, useState } from 'react'
import { i18next, useTranslation } from '../../i18n/index.ts'
import { readingStep } from '../../i18n/direction.ts'
import { useAppStore, selectSticky } from '../../store/index.ts'
import { clearSelection, fail, focusNote, moveWithinList, removeNotes, toggleSelect } from '../board/actions.ts'
import { lastFocused, useIsDropTarget } from '../board/boardUi.ts'
import type { DragData } from '../board/dnd.ts'
import { useListNav } from '../board/listNav.ts'
import { StickyEditor } from './StickyEditor.tsx'

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 40 ? `${line.slice(0, 39)}…` : line
}

function siblingCard(el: HTMLElement, step: 1 | -1): HTMLElement | null {
  const next = step === 1 ? el.nextElementSibling : el.previousElementSibling
  return next instanceof HTMLElement && next.hasAttribute('data-sticky-id') ? next : null
}

/** Pointer drags start anywhere on the card except where text is being typed or selected. */
function startsInField(target: EventTarget): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null
}

const NOT_SELECTED = null

// Read, not subscribed, and kept per language: the outer part re-renders with every drag.
let role: { language: string; text: string } | null = null
function noteRole(): string {
  if (role?.language !== i18next.language) role = { language: i18next.language, text: i18next.t('board.dnd.noteRole') }
  return role.text
}

interface CardProps {
  docId: string
  id: string
  onEmptied: () => void
  /** Smaller type, for notes inside clusters. */
  compact?: boolean
  /** Place in a virtualised list, which measures the card through `measureRef`. */
  index?: number
  measureRef?: (el: HTMLElement | null) => void
  /** False outside a board (no drag and drop around it): no "Flytta" button. */
  movable?: boolean
}

/**
 * One note. The outer part only takes part in drag and drop (dnd-kit re-renders every draggable
 * when a drag starts, ends or changes target); it hands stable values to the card itself, which
 * is memoised and so re-renders only when its own note, selection or editing changes. With 2,000
 * notes on the board that is the difference between a fluid drag and a stutter.
 */
export const StickyCard = memo(function StickyCard(props: CardProps): React.JSX.Element | null {
  const { id } = props
  // Only selected cards see the selection (they carry it when dragged); the rest get a constant.
  const selection = useAppStore((s) => (s.selection.includes(id) ? s.selection : NOT_SELECTED))
  const [editing, setEditing] = useState(false)
  const dragData = useMemo<DragData>(() => ({ type: 'notes', ids: selection && selection.length > 1 ? selection : [id], lead: id }), [selection, id])
  const draggable = useDraggable({
    id: `note:${id}`,
    data: dragData,
    disabled: editing,
    attributes: { roleDescription: noteRole() }
  })
  return (
    <CardView
      {...props}
      selection={selection}
      editing={editing}
      setEditing={setEditing}
      dragAttributes={draggable.attributes}
      dragListeners={draggable.listeners}
      setDragRef={draggable.setNodeRef}
      isDragging={draggable.isDragging}
    />
  )
})

/**
 * The card: its text as plain React text with dir="auto" (participants write in Arabic,
 * Tigrinya and Swedish alike), never as HTML. Focus it to act on it by keyboard: Enter edits,
 * Space selects (Shift+Space a range), Delete removes, arrows move along the list, and
 * "Flytta" picks it up to carry it with the arrow keys. A pointer drags the whole card.
 */
const CardView = memo(function CardView({
  docId,
  id,
  onEmptied,
  compact = false,
  index,
  measureRef,
  movable = true,
  selection,
  editing,
  setEditing,
  dragAttributes,
  dragListeners,
  setDragRef,
  isDragging
}: CardProps & {
  selection: readonly string[] | null
  editing: boolean
  setEditing: (editing: boolean) => void
  dragAttributes: DraggableAttributes
  dragListeners: DraggableSyntheticListeners
  setDragRef: (el: HTMLElement | null) => void
  isDragging: boolean
}): React.JSX.Element | null {
  const { t } = useTranslation()
  const sticky = useAppStore(selectSticky(docId, id))
  const dropTarget = useIsDropTarget(id)
  // Compact cards (in clusters, up to 2,000 of them) render their buttons only while the card
  // has the focus: the buttons show only then anyway, and the board stays light to render.
  const [focused, setFocused] = useState(false)
  const nav = useListNav()
  const ref = useRef<HTMLLIElement | null>(null)
  const selected = selection !== NOT_SELECTED
  const setRef = useCallback(
    (el: HTMLLIElement | null) => {
      ref.current = el
      setDragRef(el)
      measureRef?.(el)
    },
    [setDragRef, measureRef]
  )
  if (!sticky) return null
  const focusSelf = (): void => {
    // After the editor unmounts, so the focus lands on the card and not on nothing.
    requestAnimationFrame(() => ref.current?.focus())
  }

  const remove = (): void => {
    const el = ref.current
    const next = el ? (siblingCard(el, 1) ?? siblingCard(el, -1)) : null
    const nextId = next?.getAttribute('data-sticky-id') ?? null
    const ids = selection && selection.length > 1 ? selection : [id]
    removeNotes(docId, ids, () => {
      if (nextId && !ids.includes(nextId)) focusNote(nextId)
      else onEmptied()
    }).catch(fail)
  }

  const save = async (text: string): Promise<void> => {
    const { mutate, announce } = useAppStore.getState()
    await mutate(docId, 'sticky.update', { docId, id, patch: { text } })
    announce(t('stickies.updated'))
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLLIElement>): void => {
    if (e.target !== e.currentTarget || editing || isDragging) return
    if (e.key === 'Enter') {
      e.preventDefault()
      setEditing(true)
    } else if (e.key === ' ') {
      e.preventDefault()
      toggleSelect(id, e.shiftKey)
    } else if (e.key === 'Escape' && selected) {
      e.preventDefault()
      clearSelection()
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault()
      remove()
    } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && movable) {
      // Alt+arrow: the keyboard's way to reorder within a list (a drag onto a neighbour).
      e.preventDefault()
      moveWithinList(docId, id, e.key === 'ArrowDown' ? 1 : -1).catch(fail)
    } else if (readingStep(e.key) !== 0 && !(e.ctrlKey || e.metaKey || e.altKey)) {
      // Plain arrows only: Ctrl+→ / Ctrl+← are the next and previous phase, from a card too.
      const step = readingStep(e.key) === 1 ? 1 : -1
      if (nav) {
        if (nav.go(id, step)) e.preventDefault()
        return
      }
      const target = siblingCard(e.currentTarget, step)
      if (target) {
        e.preventDefault()
        target.focus()
      }
    }
  }

  const onPointerDown = (e: React.PointerEvent<HTMLLIElement>): void => {
    if (editing || startsInField(e.target)) return
    dragListeners?.onPointerDown?.(e)
  }

  const name = excerpt(sticky.text)
  const classes = [
    'sticky',
    `sticky--${sticky.colour}`,
    compact && 'sticky--compact',
    editing && 'sticky--editing',
    selected && 'sticky--selected',
    sticky.hidden && 'sticky--hidden',
    sticky.happening && 'sticky--happening',
    isDragging && 'sticky--dragging',
    dropTarget && 'sticky--over'
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <li
      ref={setRef}
      className={classes}
      data-sticky-id={sticky.id}
      data-index={index}
      data-drop-hint={dropTarget ? (sticky.clusterId === null ? t('board.dnd.onNoteNew') : t('board.dnd.onNoteBefore')) : undefined}
      tabIndex={editing ? -1 : 0}
      onKeyDown={onKeyDown}
      onFocus={() => {
        lastFocused.note = id
        setFocused(true)
      }}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setFocused(false)
      }}
      onPointerDown={onPointerDown}
      onClick={(e) => {
        if (editing || !(e.ctrlKey || e.metaKey || e.shiftKey) || e.target instanceof HTMLButtonElement) return
        e.preventDefault()
        toggleSelect(id, e.shiftKey)
      }}
      onDoubleClick={(e) => {
        if (!editing && !(e.target instanceof HTMLButtonElement)) setEditing(true)
      }}
    >
      {selected && (
        <span className="sticky__check">
          <span aria-hidden="true">✓ </span>
          {t('board.selected')}
        </span>
      )}
      {editing ? (
        <StickyEditor
          initial={sticky.text}
          onSave={save}
          onDone={() => {
            setEditing(false)
            focusSelf()
          }}
        />
      ) : (
        <p className="sticky__text" dir="auto">
          {sticky.text}
        </p>
      )}
      {(sticky.hidden || sticky.happening || sticky.authorLabel) && !editing && (
        <div className="sticky__meta">
          {sticky.authorLabel && (
            <span className="sticky__author" dir="auto">
              {sticky.authorLabel}
            </span>
          )}
          {sticky.hidden && <span className="sticky__badge sticky__badge--hidden">{t('stickies.hidden')}</span>}
          {sticky.happening && <span className="sticky__badge sticky__badge--happening">{t('board.happening.mark')}</span>}
        </div>
      )}
      {!editing && (!compact || focused) && (
        <div className="sticky__actions">
          {movable && (
            <button
              type="button"
              className="sticky__action sticky__drag"
              {...dragAttributes}
              aria-label={t('board.dnd.pickUp', { text: name })}
              onKeyDown={dragListeners?.onKeyDown as React.KeyboardEventHandler | undefined}
            >
              <span aria-hidden="true">⠿</span>
              {!compact && t('board.dnd.move')}
            </button>
          )}
          <button type="button" className="sticky__action" aria-label={t('stickies.editNamed', { text: name })} onClick={() => setEditing(true)}>
            {t('stickies.edit')}
          </button>
          <button type="button" className="sticky__action" aria-label={t('stickies.removeNamed', { text: name })} onClick={remove}>
            {t('stickies.remove')}
          </button>
        </div>
      )}
    </li>
  )
})
