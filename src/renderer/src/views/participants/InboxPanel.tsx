import { useEffect, useMemo, useRef, useState } from 'react'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { selectParticipants, useAppStore } from '../../store/index.ts'
import { approveNotes, removeNotes } from './actions.ts'
import { useInbox } from './inbox.ts'
import { InboxList } from './InboxList.tsx'

/**
 * "Inkorg": notes from phones that wait for the facilitator (controlled mode). Approve puts them on
 * the board; Remove deletes them for good, after one question, since nothing can bring them back.
 */
export function InboxPanel({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const notes = useInbox(docId)
  const status = useAppStore(selectParticipants(docId))
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set())
  const [focusId, setFocusId] = useState<string | null>(null)
  const [focusNonce, setFocusNonce] = useState(0)
  const [confirm, setConfirm] = useState<readonly string[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  // Set when the last note left by the facilitator's act; honoured once the list is empty here too.
  const [focusEmpty, setFocusEmpty] = useState(false)
  const emptyRef = useRef<HTMLParagraphElement>(null)
  const live = useRef(true)
  useEffect(() => {
    live.current = true
    return () => {
      live.current = false
    }
  }, [])

  // Notes that left (approved or removed elsewhere) drop out of the selection by themselves.
  const selectedIds = useMemo(() => notes.filter((n) => picked.has(n.id)).map((n) => n.id), [notes, picked])
  const selected = useMemo(() => new Set(selectedIds), [selectedIds])
  const active = focusId && notes.some((n) => n.id === focusId) ? focusId : (notes[0]?.id ?? null)
  const allSelected = notes.length > 0 && selectedIds.length === notes.length

  const empty = notes.length === 0
  useEffect(() => {
    if (!focusEmpty || !empty) return
    emptyRef.current?.focus()
    setFocusEmpty(false)
  }, [focusEmpty, empty])

  /** The selected notes, or, from the keyboard with none selected, the one with the focus. */
  const targets = (fromKeys: boolean): string[] => (selectedIds.length > 0 ? selectedIds : fromKeys && active ? [active] : [])

  const focusList = (): void => setFocusNonce((n) => n + 1)

  /** After an act the focus goes to the next note that stays, else the one before, else the empty message. */
  const focusAfter = (gone: readonly string[]): void => {
    const leaving = new Set(gone)
    const first = notes.findIndex((n) => leaving.has(n.id))
    const next = notes.slice(first).find((n) => !leaving.has(n.id)) ?? notes.slice(0, first).reverse().find((n) => !leaving.has(n.id))
    if (next) {
      setFocusId(next.id)
      focusList()
    } else setFocusEmpty(true)
  }

  const act = async (ids: readonly string[], how: (docId: string, ids: readonly string[]) => Promise<void>): Promise<void> => {
    if (busy || ids.length === 0) return
    setBusy(true)
    setError(null)
    try {
      await how(docId, ids)
      if (!live.current) return
      setPicked((p) => new Set([...p].filter((id) => !ids.includes(id))))
      focusAfter(ids)
    } catch (e) {
      if (live.current) setError(toUiError(e))
    } finally {
      if (live.current) setBusy(false)
    }
  }

  const approve = (fromKeys: boolean): void => void act(targets(fromKeys), approveNotes)
  const askRemove = (fromKeys: boolean): void => {
    const ids = targets(fromKeys)
    if (ids.length > 0) setConfirm(ids)
  }
  const cancelRemove = (): void => {
    setConfirm(null)
    focusList()
  }
  const toggle = (id: string): void =>
    setPicked((p) => {
      const next = new Set(p)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const selectAll = (): void => setPicked(allSelected ? new Set() : new Set(notes.map((n) => n.id)))

  const intro = !status?.running
    ? t('participants.inbox.introOff')
    : status.mode === 'open'
      ? t('participants.inbox.introOpen')
      : t('participants.inbox.introControlled')

  return (
    <div className="inbox">
      <h2 className="panel__heading">{t('participants.inbox.heading')}</h2>
      <p className="pt-muted">{intro}</p>
      {empty ? (
        <p className="inbox__empty" ref={emptyRef} tabIndex={-1}>
          {t('participants.inbox.empty')}
        </p>
      ) : (
        <>
          <div className="inbox__bar">
            <button type="button" className="button button--quiet" onClick={selectAll}>
              {allSelected ? t('participants.inbox.selectNone') : t('participants.inbox.selectAll')}
            </button>
            <span className="inbox__count">{selectedIds.length > 0 && t('participants.inbox.selectedCount', { count: selectedIds.length })}</span>
          </div>
          <InboxList
            docId={docId}
            notes={notes}
            selected={selected}
            focusId={active}
            focusNonce={focusNonce}
            onFocusId={setFocusId}
            onToggle={toggle}
            onSelectAll={selectAll}
            onApprove={() => approve(true)}
            onRemove={() => askRemove(true)}
          />
          {confirm ? (
            <div
              className="confirm pt-confirm"
              role="group"
              aria-label={t('participants.inbox.remove')}
              onKeyDown={(e) => {
                if (e.key !== 'Escape') return
                e.preventDefault()
                e.stopPropagation()
                cancelRemove()
              }}
            >
              <p className="confirm__question">{t('participants.inbox.removeQuestion', { count: confirm.length })}</p>
              <div className="pt-confirm__buttons">
                <button
                  type="button"
                  className="button pt-danger"
                  autoFocus
                  aria-busy={busy}
                  onClick={() => {
                    const ids = confirm
                    setConfirm(null)
                    void act(ids, removeNotes)
                  }}
                >
                  {t('participants.inbox.removeConfirm')}
                </button>
                <button type="button" className="button button--secondary" onClick={cancelRemove}>
                  {t('participants.inbox.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <div className="inbox__acts">
              <button type="button" className="button button--primary" disabled={selectedIds.length === 0 || busy} onClick={() => approve(false)}>
                {t('participants.inbox.approve')}
              </button>
              <button
                type="button"
                className="button pt-danger-outline"
                disabled={selectedIds.length === 0 || busy}
                onClick={() => askRemove(false)}
              >
                {t('participants.inbox.remove')}
              </button>
            </div>
          )}
          <p className="pt-option__hint">{t('participants.inbox.removeHint')}</p>
        </>
      )}
      {error && <ErrorMessage lead={t('participants.inbox.failed')} error={error} />}
    </div>
  )
}
