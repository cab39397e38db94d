import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { textMatcher } from '../../../../shared/board/filter.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { fail, focusNote, groupNotes, moveNotes } from './actions.ts'
import { boardUi, useBoardUi } from './boardUi.ts'
import { rowsOf } from './data.ts'

interface Option {
  key: string
  label: string
  run: () => Promise<void>
}

/**
 * The keyboard's drag and drop: "Flytta till grupp …" (M) lists the groups; type a few letters,
 * pick with the arrows, Enter. The same picker merges a cluster into another.
 */
export function MovePicker({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const dialog = useBoardUi((s) => s.dialog)
  const open = dialog?.kind === 'move' || dialog?.kind === 'merge'
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const el = ref.current
    if (!el) return
    if (open && !el.open) el.showModal()
    if (!open && el.open) el.close()
  }, [open])

  return (
    <dialog ref={ref} className="palette picker" aria-labelledby={titleId} onClose={() => boardUi.closeDialog()}>
      <h2 id={titleId} className="palette__title">
        {dialog?.kind === 'merge' ? t('board.picker.mergeTitle') : t('board.picker.moveTitle', { count: dialog?.kind === 'move' ? dialog.ids.length : 0 })}
      </h2>
      {open && <PickerBody docId={docId} phaseId={phaseId} />}
    </dialog>
  )
}

function PickerBody({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const dialog = useBoardUi((s) => s.dialog)
  const clusterTable = useAppStore((s) => s.workshops[docId]?.entities?.cluster ?? null)
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()

  const options = useMemo<Option[]>(() => {
    const clusters = clusterTable ? rowsOf(clusterTable).filter((c) => c.phaseId === phaseId).sort((a, b) => a.position - b.position) : []
    if (dialog?.kind === 'merge') {
      const source = dialog.clusterId
      return clusters
        .filter((c) => c.id !== source)
        .map((c) => ({
          key: c.id,
          label: c.title || t('board.cluster.untitled'),
          run: async () => {
            const merged = await mutate(docId, 'cluster.merge', { docId, sourceId: source, targetId: c.id })
            announce(t('board.cluster.merged', { title: merged.title }))
          }
        }))
    }
    const ids = dialog?.kind === 'move' ? dialog.ids : []
    return [
      { key: '__new', label: t('board.picker.newCluster'), run: () => groupNotes(docId, phaseId, ids) },
      { key: '__unsorted', label: t('board.unsorted.heading'), run: () => moveNotes(docId, ids, null) },
      ...clusters.map((c) => ({ key: c.id, label: c.title || t('board.cluster.untitled'), run: () => moveNotes(docId, ids, c.id) }))
    ]
  }, [clusterTable, phaseId, dialog, docId, mutate, announce, t])

  const shown = useMemo(() => {
    const match = textMatcher(query)
    return options.filter((o) => match(o.label))
  }, [options, query])
  const current = Math.min(active, Math.max(0, shown.length - 1))
  const optionId = (i: number): string => `${listId}-${i}`

  const choose = (option: Option | undefined): void => {
    if (!option) return
    const ids = dialog?.kind === 'move' ? dialog.ids : []
    boardUi.closeDialog()
    option.run().catch((e: unknown) => {
      fail(e)
      if (ids[0]) focusNote(ids[0])
    })
  }

  return (
    <>
      <label className="palette__label" htmlFor={`${listId}-input`}>
        {t('board.picker.search')}
      </label>
      <input
        id={`${listId}-input`}
        className="palette__input"
        type="text"
        role="combobox"
        dir="auto"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(current) : undefined}
        placeholder={t('board.picker.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            if (shown.length) setActive((current + (e.key === 'ArrowDown' ? 1 : -1) + shown.length) % shown.length)
          } else if (e.key === 'Enter') {
            e.preventDefault()
            choose(shown[current])
          }
        }}
      />
      <ul className="palette__list" id={listId} role="listbox" aria-label={t('board.picker.options')}>
        {shown.map((o, i) => (
          <li
            key={o.key}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className="palette__option"
            onMouseMove={() => setActive(i)}
            onClick={() => choose(o)}
          >
            <span className="palette__option-label" dir="auto">
              {o.label}
            </span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="palette__empty">{t('board.picker.none')}</p>}
    </>
  )
}
