import { useEffect, useId, useMemo, useRef } from 'react'
import type { Sticky } from '../../../../shared/domain/entities.ts'
import { formatTime } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/index.ts'
import { selectCurrentPhase, selectEntities, useAppStore } from '../../store/index.ts'

interface Props {
  docId: string
  notes: readonly Sticky[]
  selected: ReadonlySet<string>
  focusId: string | null
  /** Set when the focus must follow focusId (after a key or an act); plain renders leave it alone. */
  focusNonce: number
  onFocusId: (id: string) => void
  onToggle: (id: string) => void
  onSelectAll: () => void
  onApprove: () => void
  onRemove: () => void
}

/**
 * The waiting notes as a multi-select list box: arrows move, Space selects, A approves and Delete
 * removes (the selected notes, or the one with the focus when none is selected). One option is in
 * the tab order at a time. Residents' text is shown as text only, in its own direction.
 */
export function InboxList({
  docId,
  notes,
  selected,
  focusId,
  focusNonce,
  onFocusId,
  onToggle,
  onSelectAll,
  onApprove,
  onRemove
}: Props): React.JSX.Element {
  const { t } = useTranslation()
  const keysId = useId()
  const listRef = useRef<HTMLUListElement>(null)
  const language = useAppStore((s) => s.language)
  const currentPhaseId = useAppStore((s) => selectCurrentPhase(docId)(s)?.id ?? null)
  const phases = useAppStore((s) => selectEntities(docId)(s)?.phase ?? null)
  const active = useMemo(() => (focusId && notes.some((n) => n.id === focusId) ? focusId : (notes[0]?.id ?? null)), [focusId, notes])

  // Only a new nonce moves the focus: a note arriving or leaving never takes it from elsewhere.
  const activeRef = useRef(active)
  activeRef.current = active
  useEffect(() => {
    const id = activeRef.current
    if (focusNonce === 0 || !id) return
    listRef.current?.querySelector<HTMLElement>(`[data-inbox-id="${CSS.escape(id)}"]`)?.focus()
  }, [focusNonce])

  // Every option is rendered, so a move focuses it directly; its onFocus then makes it the active one.
  const move = (to: number): void => {
    const note = notes[Math.max(0, Math.min(notes.length - 1, to))]
    if (note) listRef.current?.querySelector<HTMLElement>(`[data-inbox-id="${CSS.escape(note.id)}"]`)?.focus()
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLUListElement>): void => {
    const index = notes.findIndex((n) => n.id === active)
    const mod = e.ctrlKey || e.metaKey
    let handled = true
    if (e.key === 'ArrowDown') move(index + 1)
    else if (e.key === 'ArrowUp') move(index - 1)
    else if (e.key === 'Home') move(0)
    else if (e.key === 'End') move(notes.length - 1)
    else if (e.key === ' ' && !mod) {
      if (active) onToggle(active)
    } else if ((e.key === 'a' || e.key === 'A') && mod) onSelectAll()
    else if ((e.key === 'a' || e.key === 'A') && !e.altKey) onApprove()
    else if (e.key === 'Delete' || e.key === 'Backspace') onRemove()
    else handled = false
    if (handled) {
      // Ours, not the board's: its A, Delete and arrows must not act on the wall behind the panel.
      e.preventDefault()
      e.stopPropagation()
    }
  }

  return (
    <>
      <p className="pt-muted inbox__keys" id={keysId}>
        {t('participants.inbox.keys')}
      </p>
      <ul
        ref={listRef}
        className="inbox__list"
        role="listbox"
        aria-multiselectable="true"
        aria-label={t('participants.inbox.listLabel')}
        aria-describedby={keysId}
        onKeyDown={onKeyDown}
      >
        {notes.map((note) => {
          const isSelected = selected.has(note.id)
          const phase = note.phaseId !== currentPhaseId ? phases?.[note.phaseId] : undefined
          return (
            <li
              key={note.id}
              role="option"
              aria-selected={isSelected}
              tabIndex={note.id === active ? 0 : -1}
              data-inbox-id={note.id}
              className="inbox-note"
              onFocus={() => note.id !== active && onFocusId(note.id)}
              onClick={() => {
                onFocusId(note.id)
                onToggle(note.id)
              }}
            >
              <span className="inbox-note__box" aria-hidden="true">
                {isSelected ? '✓' : ''}
              </span>
              <span className="inbox-note__body">
                <span className="inbox-note__text" dir="auto">
                  {note.text}
                </span>
                <span className="inbox-note__meta">
                  {t('participants.inbox.received', { time: formatTime(note.createdAt, language) })}
                  {phase && (
                    <>
                      {' · '}
                      <span dir="auto">{t('participants.inbox.otherPhase', { phase: phase.title })}</span>
                    </>
                  )}
                </span>
              </span>
            </li>
          )
        })}
      </ul>
    </>
  )
}
