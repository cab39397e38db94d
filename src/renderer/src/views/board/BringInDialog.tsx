import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { filterStickies } from '../../../../shared/board/filter.ts'
import { bringInSources } from '../../../../shared/board/phases.ts'
import { STICKY_COLOURS, type StickyColour } from '../../../../shared/domain/enums.ts'
import { i18next, useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { fail, focusNote } from './actions.ts'
import { boardUi, useBoardUi } from './boardUi.ts'
import { boardData } from './data.ts'

const LIST_LIMIT = 400

/**
 * Copy notes of earlier phases into this one; bringing the same notes twice adds nothing. The focus
 * goes to the first note brought in: the button that asked may be gone (the offer on an empty board).
 */
export async function bringIn(docId: string, phaseId: string, ids: readonly string[]): Promise<void> {
  const { mutate, announce, pushToast } = useAppStore.getState()
  const r = await mutate(docId, 'sticky.bringIn', { docId, ids: [...ids], toPhaseId: phaseId })
  const message =
    r.skipped > 0
      ? i18next.t('board.bringIn.doneSkipped', { count: r.stickies.length, skipped: r.skipped })
      : i18next.t('board.bringIn.done', { count: r.stickies.length })
  announce(message)
  pushToast({ kind: 'info', message })
  const first = [...r.stickies].sort((a, b) => a.position - b.position)[0]
  if (first) focusNote(first.id)
}

export function BringInDialog({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const open = useBoardUi((s) => s.dialog?.kind === 'bringIn')
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const el = ref.current
    if (!el) return
    if (open && !el.open) el.showModal()
    if (!open && el.open) el.close()
  }, [open])
  return (
    <dialog ref={ref} className="palette bring-in" aria-labelledby={titleId} onClose={() => boardUi.closeDialog()}>
      <h2 id={titleId} className="palette__title">
        {t('board.bringIn.title')}
      </h2>
      {open && <BringInBody docId={docId} phaseId={phaseId} />}
    </dialog>
  )
}

function BringInBody({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const tables = useAppStore((s) => s.workshops[docId]?.entities ?? null)
  const data = tables ? boardData(tables) : null
  const sources = useMemo(() => (data ? bringInSources(data, phaseId) : []), [data, phaseId])
  const [sourceId, setSourceId] = useState(sources[0]?.id ?? '')
  const [text, setText] = useState('')
  const [colour, setColour] = useState<StickyColour | ''>('')
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const id = useId()

  const notes = useMemo(
    () => (data && sourceId ? filterStickies(data, { phaseId: sourceId, text, colour: colour === '' ? undefined : colour }).sort((a, b) => a.position - b.position) : []),
    [data, sourceId, text, colour]
  )
  const shown = notes.slice(0, LIST_LIMIT)
  const allChosen = notes.length > 0 && notes.every((n) => chosen.has(n.id))

  if (sources.length === 0) {
    return (
      <div className="bring-in__body">
        <p>{t('board.bringIn.noSources')}</p>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={() => boardUi.closeDialog()}>
            {t('board.close')}
          </button>
        </div>
      </div>
    )
  }

  const toggle = (noteId: string): void =>
    setChosen((prev) => {
      const next = new Set(prev)
      if (next.has(noteId)) next.delete(noteId)
      else next.add(noteId)
      return next
    })

  return (
    <form
      className="bring-in__body"
      onSubmit={(e) => {
        e.preventDefault()
        const ids = notes.filter((n) => chosen.has(n.id)).map((n) => n.id)
        if (ids.length === 0) return
        boardUi.closeDialog()
        bringIn(docId, phaseId, ids).catch(fail)
      }}
    >
      <div className="bring-in__filters">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-phase`}>
            {t('board.bringIn.phase')}
          </label>
          <select id={`${id}-phase`} className="input" value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
            {sources.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title || t(`phases.kind.${p.kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-text`}>
            {t('board.filter.text')}
          </label>
          <input id={`${id}-text`} className="input" type="search" dir="auto" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-colour`}>
            {t('board.filter.colour')}
          </label>
          <select id={`${id}-colour`} className="input" value={colour} onChange={(e) => setColour(e.target.value as StickyColour | '')}>
            <option value="">{t('board.filter.allColours')}</option>
            {STICKY_COLOURS.map((c) => (
              <option key={c} value={c}>
                {t(`colours.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="board-check bring-in__all">
        <input
          type="checkbox"
          checked={allChosen}
          onChange={() => setChosen(allChosen ? new Set() : new Set(notes.map((n) => n.id)))}
        />
        <span>{t('board.bringIn.all', { count: notes.length })}</span>
      </label>
      <ul className="bring-in__list" aria-label={t('board.bringIn.notes')}>
        {shown.map((n) => (
          <li key={n.id}>
            <label className={`board-check bring-in__note bring-in__note--${n.colour}`}>
              <input type="checkbox" checked={chosen.has(n.id)} onChange={() => toggle(n.id)} />
              <span dir="auto">{n.text}</span>
            </label>
          </li>
        ))}
      </ul>
      {notes.length > shown.length && <p className="field__hint">{t('board.bringIn.more', { count: notes.length - shown.length })}</p>}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={chosen.size === 0}>
          {t('board.bringIn.submit', { count: notes.filter((n) => chosen.has(n.id)).length })}
        </button>
        <button type="button" className="button button--secondary" onClick={() => boardUi.closeDialog()}>
          {t('board.cancel')}
        </button>
      </div>
    </form>
  )
}
