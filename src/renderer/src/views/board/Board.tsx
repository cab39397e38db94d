import { useDroppable } from '@dnd-kit/core'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { visibleOrder } from './boardUi.ts'
import { BoardDnd } from './BoardDnd.tsx'
import { ClusterColumn } from './ClusterColumn.tsx'
import { ClusterGrid } from './ClusterGrid.tsx'
import { computeLayout, type BoardFilter, type BoardLayout } from './data.ts'
import type { DragData, DropData } from './dnd.ts'
import { NoteGrid } from './NoteGrid.tsx'
import { NoteList } from './NoteList.tsx'

export type BoardMode = 'capture' | 'cluster'

/** The phase's layout, recomputed when its notes or clusters change, reusing unchanged lists. */
export function useBoardLayout(docId: string, phaseId: string, filter: BoardFilter): BoardLayout | null {
  const stickies = useAppStore((s) => s.workshops[docId]?.entities?.sticky ?? null)
  const clusters = useAppStore((s) => s.workshops[docId]?.entities?.cluster ?? null)
  const previous = useRef<BoardLayout | null>(null)
  return useMemo(() => {
    if (!stickies || !clusters) return null
    previous.current = computeLayout(stickies, clusters, phaseId, filter, previous.current)
    return previous.current
  }, [stickies, clusters, phaseId, filter])
}

const UNSORTED_DROP: DropData = { type: 'unsorted' }
const NEW_DROP: DropData = { type: 'newCluster' }

/** A place to drop notes for a new group (or a cluster, to move it to the end). */
function NewClusterZone({ dragging }: { dragging: DragData | null }): React.JSX.Element {
  const { t } = useTranslation()
  const { setNodeRef, isOver } = useDroppable({ id: 'newCluster', data: NEW_DROP })
  return (
    <div ref={setNodeRef} className={`board__new${isOver ? ' board__new--over' : ''}${dragging ? ' board__new--active' : ''}`}>
      <p>{dragging?.type === 'cluster' ? t('board.dnd.dropToEnd') : t('board.dnd.dropToNew')}</p>
    </div>
  )
}

function Unsorted({
  docId,
  layout,
  mode,
  filtering,
  onEmptied
}: {
  docId: string
  layout: BoardLayout
  mode: BoardMode
  filtering: boolean
  onEmptied: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const { setNodeRef, isOver, active } = useDroppable({ id: 'unsorted', data: UNSORTED_DROP })
  const count = layout.unsorted.length
  const heading = mode === 'capture' ? (layout.clusters.length ? t('board.unsorted.heading') : t('stickies.heading')) : t('board.unsorted.heading')
  return (
    <section
      ref={setNodeRef}
      className={`wall board__unsorted board__unsorted--${mode}${isOver && active ? ' board__unsorted--over' : ''}`}
      aria-labelledby="wall-heading"
    >
      <div className="wall__header">
        <h2 id="wall-heading" className="wall__heading">
          {heading}
        </h2>
        <span className="wall__count">
          {filtering ? t('board.countFiltered', { shown: count, count: layout.unsortedTotal }) : t('stickies.count', { count })}
        </span>
      </div>
      {count > 0 && mode === 'capture' && <p className="board__keys">{t('board.keysHint')}</p>}
      {count === 0 ? (
        <p className="wall__empty">
          {layout.total === 0 ? (mode === 'capture' ? t('stickies.empty') : t('board.unsorted.emptyBoard')) : filtering ? t('board.filter.noMatch') : t('board.unsorted.allSorted')}
        </p>
      ) : mode === 'capture' ? (
        <NoteGrid docId={docId} ids={layout.unsorted} labelledBy="wall-heading" onEmptied={onEmptied} />
      ) : (
        <NoteList docId={docId} ids={layout.unsorted} label={heading} onEmptied={onEmptied} compact className="notelist notelist--unsorted" />
      )}
      {isOver && active && <p className="cluster__hint">{t('board.dnd.dropInUnsorted')}</p>}
    </section>
  )
}

/** Marks for the benchmark and the performance panel: first commit of the board, then first paint. */
function useRenderMarks(): void {
  useState(() => performance.mark('board:render-start'))
  useLayoutEffect(() => {
    performance.mark('board:rendered')
    requestAnimationFrame(() => setTimeout(() => performance.mark('board:painted'), 0))
  }, [])
}

/**
 * A phase's notes: clusters (each a column of notes) and the unsorted notes. In a capture phase
 * the unsorted notes are the wall below any clusters; in a cluster phase they are a column to
 * the left, to pick from. Each list subscribes to its own ids, each card to its own note.
 */
export function Board({
  docId,
  phaseId,
  mode,
  layout,
  filtering,
  onEmptied
}: {
  docId: string
  phaseId: string
  mode: BoardMode
  layout: BoardLayout | null
  filtering: boolean
  onEmptied: () => void
}): React.JSX.Element | null {
  useRenderMarks()
  const { t } = useTranslation()
  const setSelection = useAppStore((s) => s.setSelection)

  useEffect(() => {
    if (layout) visibleOrder.ids = layout.order
  }, [layout])
  useEffect(
    () => () => {
      setSelection([])
      visibleOrder.ids = []
      visibleOrder.anchor = null
    },
    [setSelection]
  )

  const render = useCallback(
    (dragging: DragData | null) => {
      if (!layout) return null
      const ids = layout.clusters.map((c) => c.id)
      const clusters = layout.clusters.map((c, i) => (
        <ClusterColumn
          key={c.id}
          docId={docId}
          phaseId={phaseId}
          layout={c}
          prevId={ids[i - 1] ?? null}
          afterNextId={ids[i + 2] ?? null}
          isLast={i === ids.length - 1}
          filtering={filtering}
          onEmptied={onEmptied}
        />
      ))
      const showClusters = mode === 'cluster' || layout.clusters.length > 0 || dragging !== null
      return (
        <div className={`board board--${mode}`}>
          {mode === 'cluster' && <Unsorted docId={docId} layout={layout} mode={mode} filtering={filtering} onEmptied={onEmptied} />}
          {showClusters && (
            <section className="board__groups" aria-labelledby="clusters-heading">
              <div className="wall__header">
                <h2 id="clusters-heading" className="wall__heading">
                  {t('board.clusters.heading')}
                </h2>
                <span className="wall__count">{t('board.clusters.count', { count: layout.clusters.length })}</span>
              </div>
              {mode === 'cluster' && <p className="board__keys">{t('board.keysHint')}</p>}
              <ClusterGrid docId={docId} ids={ids} cells={filtering ? clusters : [...clusters, <NewClusterZone key="new" dragging={dragging} />]} />
            </section>
          )}
          {mode === 'capture' && <Unsorted docId={docId} layout={layout} mode={mode} filtering={filtering} onEmptied={onEmptied} />}
        </div>
      )
    },
    [layout, docId, phaseId, mode, filtering, onEmptied, t]
  )

  if (!layout) return null
  return (
    <BoardDnd docId={docId} phaseId={phaseId}>
      {render}
    </BoardDnd>
  )
}
