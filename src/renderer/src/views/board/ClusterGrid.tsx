import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { useAppStore } from '../../store/index.ts'
import { revealers } from './boardUi.ts'

/** More clusters than this and only the rows near the window's view are mounted. */
export const CLUSTER_VIRTUAL_FROM = 16
const MIN_WIDTH = 250
const GAP = 16

interface Props {
  docId: string
  /** The clusters' ids, in order, and their elements (plus the "new group" zone last). */
  ids: readonly string[]
  cells: readonly ReactNode[]
}

function PlainGrid({ cells }: { cells: readonly ReactNode[] }): React.JSX.Element {
  return <div className="board__clusters">{cells}</div>
}

/**
 * Sixty clusters of thirty notes would mount two thousand cards; rows of clusters outside the
 * window (beyond a margin) are left out instead. A row is as tall as its tallest cluster, and the
 * ResizeObserver tells how tall that is once it is on screen.
 */
function VirtualGrid({ docId, ids, cells }: Props): React.JSX.Element {
  const ref = useRef<HTMLDivElement>(null)
  const [columns, setColumns] = useState(4)
  const [offset, setOffset] = useState(0)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = (): void => {
      setColumns(Math.max(1, Math.floor((el.clientWidth + GAP) / (MIN_WIDTH + GAP))))
      setOffset(Math.round(el.getBoundingClientRect().top + window.scrollY))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    // What sits above the grid (suggestions, filter) may change height too.
    if (el.parentElement) observer.observe(el.parentElement)
    return () => observer.disconnect()
  }, [])
  const rows = Math.ceil(cells.length / columns)
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => 440,
    overscan: 2,
    gap: GAP,
    scrollMargin: offset,
    useFlushSync: false,
    measureElement: (el, entry, instance) => {
      const box = entry?.borderBoxSize?.[0]
      if (box) return Math.round(box.blockSize)
      return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(el))) ?? 440
    }
  })

  // Moving the focus to a note in a cluster that is not mounted brings its row into view first.
  useEffect(() => {
    const reveal = (noteId: string): boolean => {
      const clusterId = useAppStore.getState().workshops[docId]?.entities?.sticky[noteId]?.clusterId
      const at = clusterId ? ids.indexOf(clusterId) : -1
      if (at < 0) return false
      virtualizer.scrollToIndex(Math.floor(at / columns), { align: 'start' })
      return true
    }
    revealers.add(reveal)
    return () => {
      revealers.delete(reveal)
    }
  }, [docId, ids, columns, virtualizer])

  const items = virtualizer.getVirtualItems()
  const before = items.length ? items[0].start - offset : 0
  const after = items.length ? Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) + offset) : 0
  return (
    <div ref={ref} className="board__rows" style={{ paddingTop: before, paddingBottom: after }}>
      {items.map((row) => (
        <div
          key={row.key}
          ref={virtualizer.measureElement}
          data-index={row.index}
          className="board__clusters board__clusters--row"
          style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
        >
          {cells.slice(row.index * columns, (row.index + 1) * columns)}
        </div>
      ))}
    </div>
  )
}

/** The clusters as a grid: all of them when few, the rows in view when many. */
export function ClusterGrid(props: Props): React.JSX.Element {
  return props.ids.length > CLUSTER_VIRTUAL_FROM ? <VirtualGrid {...props} /> : <PlainGrid cells={props.cells} />
}
