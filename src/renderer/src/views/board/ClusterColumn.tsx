import { useDraggable, useDroppable, type DraggableAttributes, type DraggableSyntheticListeners } from '@dnd-kit/core'
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react'
import { i18next, useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { fail, groupNotes } from './actions.ts'
import { boardUi } from './boardUi.ts'
import { ClusterTitle } from './ClusterTitle.tsx'
import type { ClusterLayout } from './data.ts'
import { dragOf, type DragData, type DropData } from './dnd.ts'
import { NoteList } from './NoteList.tsx'

interface Props {
  docId: string
  phaseId: string
  layout: ClusterLayout
  /** The cluster before this one and the one after the next, for "move left/right". */
  prevId: string | null
  afterNextId: string | null
  isLast: boolean
  filtering: boolean
  onEmptied: () => void
}

// Kept per language and read, not subscribed: the outer part re-renders with every drag.
let role: { language: string; text: string } | null = null
function clusterRole(): string {
  if (role?.language !== i18next.language) role = { language: i18next.language, text: i18next.t('board.dnd.clusterRole') }
  return role.text
}

/**
 * One cluster: its name, how many notes, and the notes. The header is what you grab to move the
 * cluster (drop it on another cluster's header to merge, on a cluster's body to place it before);
 * the body takes notes. Every one of those has a button too. This outer part only takes part in
 * drag and drop and hands booleans to the memoised cluster, which re-renders only when it must.
 */
export const ClusterColumn = memo(function ClusterColumn(props: Props): React.JSX.Element | null {
  const id = props.layout.id
  const [renaming, setRenaming] = useState(false)
  const dragData = useMemo<DragData>(() => ({ type: 'cluster', clusterId: id }), [id])
  const headDrop = useMemo<DropData>(() => ({ type: 'clusterHead', clusterId: id }), [id])
  const bodyDrop = useMemo<DropData>(() => ({ type: 'cluster', clusterId: id }), [id])
  const drag = useDraggable({ id: `cluster:${id}`, data: dragData, disabled: renaming, attributes: { roleDescription: clusterRole() } })
  const head = useDroppable({ id: `clusterHead:${id}`, data: headDrop })
  const body = useDroppable({ id: `cluster:${id}`, data: bodyDrop })
  const { setNodeRef: setDragRef } = drag
  const { setNodeRef: setHeadRef } = head
  const setHeaderRef = useCallback(
    (el: HTMLElement | null) => {
      setDragRef(el)
      setHeadRef(el)
    },
    [setDragRef, setHeadRef]
  )
  const dragging = dragOf(body.active)
  return (
    <ClusterView
      {...props}
      renaming={renaming}
      setRenaming={setRenaming}
      dragAttributes={drag.attributes}
      dragListeners={drag.listeners}
      setHeaderRef={setHeaderRef}
      setBodyRef={body.setNodeRef}
      isDragging={drag.isDragging}
      notesOver={dragging?.type === 'notes' && (body.isOver || head.isOver)}
      mergeOver={dragging?.type === 'cluster' && head.isOver}
      placeOver={dragging?.type === 'cluster' && body.isOver}
    />
  )
})

const ClusterView = memo(function ClusterView({
  docId,
  phaseId,
  layout,
  prevId,
  afterNextId,
  isLast,
  filtering,
  onEmptied,
  renaming,
  setRenaming,
  dragAttributes,
  dragListeners,
  setHeaderRef,
  setBodyRef,
  isDragging,
  notesOver,
  mergeOver,
  placeOver
}: Props & {
  renaming: boolean
  setRenaming: (on: boolean) => void
  dragAttributes: DraggableAttributes
  dragListeners: DraggableSyntheticListeners
  setHeaderRef: (el: HTMLElement | null) => void
  setBodyRef: (el: HTMLElement | null) => void
  isDragging: boolean
  notesOver: boolean
  mergeOver: boolean
  placeOver: boolean
}): React.JSX.Element | null {
  const { t } = useTranslation()
  const cluster = useAppStore((s) => s.workshops[docId]?.entities?.cluster[layout.id])
  // How many of the selected notes sit in this cluster: "split" needs some, but not all.
  const selectedHere = useAppStore((s) => {
    const table = s.workshops[docId]?.entities?.sticky
    return table && s.selection.length ? s.selection.filter((id) => table[id]?.clusterId === layout.id).length : 0
  })
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const pushToast = useAppStore((s) => s.pushToast)
  const undo = useAppStore((s) => s.undo)
  const [tools, setTools] = useState(false)
  const toolsButton = useRef<HTMLButtonElement>(null)
  const headingId = useId()
  const bodyId = useId()
  if (!cluster) return null
  const title = cluster.title

  const run = (p: Promise<unknown>, message: string): void => {
    p.then(() => announce(message)).catch(fail)
  }
  const reorder = (beforeId: string | null): void =>
    run(mutate(docId, 'cluster.reorder', { docId, id: cluster.id, beforeId }), t('board.cluster.moved', { title }))
  const dissolve = (): void => {
    mutate(docId, 'cluster.dissolve', { docId, id: cluster.id })
      .then(() => {
        const message = t('board.cluster.dissolved', { title })
        announce(message)
        pushToast({ kind: 'info', message, action: { label: t('toast.undo'), run: () => void undo(docId).catch(fail) } })
      })
      .catch(fail)
  }
  const setCollapsed = (collapsed: boolean): void => {
    mutate(docId, 'cluster.setCollapsed', { docId, id: cluster.id, collapsed }).catch(fail)
  }
  const split = (): void => {
    setTools(false)
    const ids = useAppStore.getState().selection
    const table = useAppStore.getState().workshops[docId]?.entities?.sticky ?? {}
    groupNotes(docId, phaseId, ids.filter((id) => table[id]?.clusterId === cluster.id)).catch(fail)
  }

  const classes = [
    'cluster',
    cluster.collapsed && 'cluster--collapsed',
    cluster.happening && 'cluster--happening',
    notesOver && 'cluster--over',
    mergeOver && 'cluster--merge',
    placeOver && 'cluster--place',
    isDragging && 'cluster--dragging'
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <section ref={setBodyRef} className={classes} aria-labelledby={headingId} data-cluster-id={cluster.id}>
      {placeOver && <p className="cluster__hint cluster__hint--top">{t('board.dnd.placeHere')}</p>}
      <header
        ref={setHeaderRef}
        className="cluster__head"
        onPointerDown={(e) => {
          if (renaming || (e.target instanceof HTMLElement && e.target.closest('input, button:not(.cluster__grip)'))) return
          dragListeners?.onPointerDown?.(e)
        }}
        onDoubleClick={(e) => {
          if (e.target instanceof HTMLElement && e.target.closest('.cluster__title')) setRenaming(true)
        }}
      >
        <div className="cluster__top">
          <button
            type="button"
            className="cluster__grip"
            {...dragAttributes}
            aria-label={t('board.dnd.pickUpCluster', { title })}
            onKeyDown={dragListeners?.onKeyDown as React.KeyboardEventHandler | undefined}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <div className="cluster__name">
            <ClusterTitle
              docId={docId}
              cluster={cluster}
              headingId={headingId}
              renaming={renaming}
              onDone={(byKey) => {
                setRenaming(false)
                // The name field is gone: back to "⋯", where renaming began, not the page's top.
                if (byKey) requestAnimationFrame(() => toolsButton.current?.focus())
              }}
            />
          </div>
        </div>
        <div className="cluster__bar">
          <p className="cluster__count">
            {filtering
              ? t('board.cluster.countFiltered', { shown: layout.stickyIds.length, count: layout.total })
              : t('board.cluster.count', { count: layout.total })}
            {cluster.happening && <span className="cluster__happening">{t('board.happening.mark')}</span>}
          </p>
          <button
            type="button"
            className="cluster__icon"
            aria-expanded={!cluster.collapsed}
            aria-controls={bodyId}
            aria-label={cluster.collapsed ? t('board.cluster.expand', { title }) : t('board.cluster.collapse', { title })}
            onClick={() => setCollapsed(!cluster.collapsed)}
          >
            <span aria-hidden="true">{cluster.collapsed ? '▸' : '▾'}</span>
          </button>
          <button
            ref={toolsButton}
            type="button"
            className="cluster__icon"
            aria-expanded={tools}
            aria-label={t('board.cluster.tools', { title })}
            onClick={() => setTools((v) => !v)}
          >
            <span aria-hidden="true">⋯</span>
          </button>
        </div>
      </header>
      {mergeOver && <p className="cluster__hint cluster__hint--top">{t('board.dnd.mergeHere')}</p>}
      {notesOver && <p className="cluster__hint">{t('board.dnd.dropInCluster')}</p>}
      {tools && (
        <div className="cluster__tools" role="group" aria-label={t('board.cluster.tools', { title })}>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              setTools(false)
              setRenaming(true)
            }}
          >
            {t('board.cluster.rename')}
          </button>
          <button type="button" className="button button--quiet button--small" onClick={() => boardUi.openDialog({ kind: 'merge', clusterId: cluster.id })}>
            {t('board.cluster.mergeWith')}
          </button>
          <button type="button" className="button button--quiet button--small" disabled={selectedHere === 0 || selectedHere >= layout.total} onClick={split}>
            {t('board.cluster.split', { count: selectedHere })}
          </button>
          <button type="button" className="button button--quiet button--small" disabled={prevId === null} onClick={() => reorder(prevId)}>
            {t('board.cluster.moveEarlier')}
          </button>
          <button type="button" className="button button--quiet button--small" disabled={isLast} onClick={() => reorder(afterNextId)}>
            {t('board.cluster.moveLater')}
          </button>
          <button type="button" className="button button--quiet button--small" onClick={dissolve}>
            {t('board.cluster.dissolve')}
          </button>
        </div>
      )}
      <div id={bodyId} className="cluster__body">
        {cluster.collapsed ? (
          <p className="cluster__folded">{t('board.cluster.folded', { count: layout.stickyIds.length })}</p>
        ) : layout.stickyIds.length === 0 ? (
          <p className="cluster__empty">{t('board.cluster.empty')}</p>
        ) : (
          <NoteList
            docId={docId}
            ids={layout.stickyIds}
            label={t('board.cluster.notesOf', { title })}
            onEmptied={onEmptied}
            compact
            className="notelist notelist--cluster"
          />
        )}
      </div>
    </section>
  )
})
