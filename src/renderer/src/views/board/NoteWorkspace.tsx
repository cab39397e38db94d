import { useCallback, useMemo, useState } from 'react'
import { bringInSources } from '../../../../shared/board/phases.ts'
import { MAIN_ID } from '../../components/SkipLink.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { CaptureField } from '../workshop/CaptureField.tsx'
import { fail } from './actions.ts'
import { Board, useBoardLayout } from './Board.tsx'
import { BringInDialog, bringIn } from './BringInDialog.tsx'
import { boardUi } from './boardUi.ts'
import { boardData, isFiltering, NO_FILTER, type BoardFilter } from './data.ts'
import { FilterBar } from './FilterBar.tsx'
import { MovePicker } from './MovePicker.tsx'
import { SelectionBar } from './SelectionBar.tsx'
import { HiddenBanner } from './SilentBar.tsx'
import { SuggestionsPanel } from './SuggestionsPanel.tsx'

/** An empty board after earlier phases: offer their notes in one press (the usual next step). */
function BringInOffer({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  const tables = useAppStore((s) => s.workshops[docId]?.entities ?? null)
  const source = useMemo(() => (tables ? (bringInSources(boardData(tables), phaseId)[0] ?? null) : null), [tables, phaseId])
  const ids = useMemo(
    () => (tables && source ? Object.values(tables.sticky).filter((s) => s.phaseId === source.id && s.status === 'board').map((s) => s.id) : []),
    [tables, source]
  )
  if (!source || ids.length === 0) return null
  return (
    <div className="bring-offer">
      <p>{t('board.bringIn.offer', { count: ids.length, phase: source.title })}</p>
      <div className="form__actions">
        <button type="button" className="button button--primary button--large" onClick={() => bringIn(docId, phaseId, ids).catch(fail)}>
          {t('board.bringIn.offerButton', { count: ids.length })}
        </button>
        <button type="button" className="button button--secondary" onClick={() => boardUi.openDialog({ kind: 'bringIn' })}>
          {t('board.bringIn.choose')}
        </button>
      </div>
    </div>
  )
}

function Toolbar({ docId, phaseId, mode }: { docId: string; phaseId: string; mode: 'capture' | 'cluster' }): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const hasClusters = useAppStore((s) => {
    const table = s.workshops[docId]?.entities?.cluster
    if (!table) return false
    for (const id in table) if (table[id].phaseId === phaseId) return true
    return false
  })
  const collapseAll = (collapsed: boolean): void => {
    mutate(docId, 'cluster.setAllCollapsed', { docId, phaseId, collapsed }).catch(fail)
  }
  return (
    <div className="board-toolbar" role="toolbar" aria-label={t('board.toolbar')}>
      <button type="button" className="button button--secondary" onClick={() => boardUi.openDialog({ kind: 'bringIn' })}>
        {t('board.bringIn.open')}
      </button>
      {(mode === 'cluster' || hasClusters) && (
        <>
          <button type="button" className="button button--quiet" disabled={!hasClusters} onClick={() => collapseAll(true)}>
            {t('board.collapseAll')}
          </button>
          <button type="button" className="button button--quiet" disabled={!hasClusters} onClick={() => collapseAll(false)}>
            {t('board.expandAll')}
          </button>
        </>
      )}
    </div>
  )
}

/**
 * The board of a capture or cluster phase: capture (capture phases) and silent writing, find and
 * filter, grouping suggestions (cluster phases), the board itself, and the keyboard's pickers.
 */
export function NoteWorkspace({ docId, phaseId, mode }: { docId: string; phaseId: string; mode: 'capture' | 'cluster' }): React.JSX.Element {
  const [filter, setFilter] = useState<BoardFilter>(NO_FILTER)
  const layout = useBoardLayout(docId, phaseId, filter)
  const requestFocus = useAppStore((s) => s.requestFocus)
  const onEmptied = useCallback(() => {
    if (mode === 'capture') requestFocus('capture')
    else document.getElementById(MAIN_ID)?.focus()
  }, [mode, requestFocus])
  const filtering = isFiltering(filter)
  return (
    <>
      {mode === 'capture' && <CaptureField docId={docId} />}
      {mode === 'capture' && <HiddenBanner docId={docId} phaseId={phaseId} hidden={layout?.hidden ?? 0} />}
      {layout && layout.total === 0 && <BringInOffer docId={docId} phaseId={phaseId} />}
      <div className="board-controls">
        {layout && layout.total > 0 && (
          <FilterBar docId={docId} phaseId={phaseId} filter={filter} onChange={setFilter} shown={layout.shown} total={layout.total} />
        )}
        <Toolbar docId={docId} phaseId={phaseId} mode={mode} />
      </div>
      {mode === 'cluster' && layout && layout.total > 0 && <SuggestionsPanel docId={docId} phaseId={phaseId} />}
      <SelectionBar docId={docId} phaseId={phaseId} />
      <Board docId={docId} phaseId={phaseId} mode={mode} layout={layout} filtering={filtering} onEmptied={onEmptied} />
      <MovePicker docId={docId} phaseId={phaseId} />
      <BringInDialog docId={docId} phaseId={phaseId} />
    </>
  )
}

export function CaptureWorkspace({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element {
  return <NoteWorkspace docId={docId} phaseId={phaseId} mode="capture" />
}

export function ClusterWorkspace({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element {
  return <NoteWorkspace docId={docId} phaseId={phaseId} mode="cluster" />
}
