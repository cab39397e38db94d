import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { StickyCard } from '../workshop/StickyCard.tsx'
import { focusNote } from './actions.ts'
import { revealers } from './boardUi.ts'
import { ListNavContext, type ListNav } from './listNav.ts'

/** Walls longer than this render only the rows in view; their cards get one fixed height. */
export const GRID_VIRTUAL_FROM = 240
const MIN_CARD = 210
const GAP = 16
const ROW = 176

interface Props {
  docId: string
  ids: readonly string[]
  labelledBy: string
  onEmptied: () => void
}

function PlainGrid({ docId, ids, labelledBy, onEmptied }: Props): React.JSX.Element {
  const nav = useMemo<ListNav>(
    () => ({
      go(id, step) {
        const next = ids[ids.indexOf(id) + step]
        if (next === undefined) return false
        focusNote(next)
        return true
      }
    }),
    [ids]
  )
  return (
    <ListNavContext.Provider value={nav}>
      <ul className="wall__grid" aria-labelledby={labelledBy}>
        {ids.map((id) => (
          <StickyCard key={id} docId={docId} id={id} onEmptied={onEmptied} />
        ))}
      </ul>
    </ListNavContext.Provider>
  )
}

/** A very long wall: rows of equal height, only those near the window's view mounted. */
function VirtualGrid({ docId, ids, labelledBy, onEmptied }: Props): React.JSX.Element {
  const ref = useRef<HTMLUListElement>(null)
  const [columns, setColumns] = useState(4)
  const [offset, setOffset] = useState(0)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = (): void => {
      setColumns(Math.max(1, Math.floor((el.clientWidth + GAP) / (MIN_CARD + GAP))))
      setOffset(el.getBoundingClientRect().top + window.scrollY)
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  const rows = Math.ceil(ids.length / columns)
  const virtualizer = useWindowVirtualizer({ count: rows, estimateSize: () => ROW, gap: GAP, overscan: 3, scrollMargin: offset })
  const nav = useMemo<ListNav>(
    () => ({
      go(id, step) {
        const at = ids.indexOf(id) + step
        if (at < 0 || at >= ids.length) return false
        virtualizer.scrollToIndex(Math.floor(at / columns), { align: 'auto' })
        focusNote(ids[at])
        return true
      }
    }),
    [ids, virtualizer, columns]
  )
  useEffect(() => {
    const reveal = (id: string): boolean => {
      const at = ids.indexOf(id)
      if (at >= 0) virtualizer.scrollToIndex(Math.floor(at / columns), { align: 'auto' })
      return at >= 0
    }
    revealers.add(reveal)
    return () => {
      revealers.delete(reveal)
    }
  }, [ids, virtualizer, columns])
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? -1
  const before = items.length ? items[0].start - offset : 0
  const after = items.length ? Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) + offset) : 0
  const shown = ids.slice(first * columns, (last + 1) * columns)
  return (
    <ListNavContext.Provider value={nav}>
      <ul
        ref={ref}
        className="wall__grid wall__grid--fixed"
        aria-labelledby={labelledBy}
        style={{ paddingTop: before, paddingBottom: after, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
      >
        {shown.map((id) => (
          <StickyCard key={id} docId={docId} id={id} onEmptied={onEmptied} />
        ))}
      </ul>
    </ListNavContext.Provider>
  )
}

/** The capture wall: a grid of full-size notes. */
export const NoteGrid = memo(function NoteGrid(props: Props): React.JSX.Element {
  return props.ids.length > GRID_VIRTUAL_FROM ? <VirtualGrid {...props} /> : <PlainGrid {...props} />
})
