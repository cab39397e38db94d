import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useMemo, useRef } from 'react'
import { StickyCard } from '../workshop/StickyCard.tsx'
import { focusNote } from './actions.ts'
import { revealers } from './boardUi.ts'
import { ListNavContext, type ListNav } from './listNav.ts'

/** Lists longer than this render only what is in view (plus a margin), so 2,000 notes stay fluid. */
export const VIRTUAL_FROM = 30
const GAP = 8

interface Props {
  docId: string
  ids: readonly string[]
  label: string
  onEmptied: () => void
  compact?: boolean
  /** The list element's class (the scroll container's when virtualised). */
  className: string
}

function useNav(ids: readonly string[], scrollTo?: (index: number) => void): ListNav {
  return useMemo(
    () => ({
      go(id, step) {
        const at = ids.indexOf(id)
        const next = at < 0 ? undefined : ids[at + step]
        if (next === undefined) return false
        scrollTo?.(at + step)
        focusNote(next)
        return true
      }
    }),
    [ids, scrollTo]
  )
}

function PlainList({ docId, ids, label, onEmptied, compact, className }: Props): React.JSX.Element {
  const nav = useNav(ids)
  return (
    <ListNavContext.Provider value={nav}>
      <ul className={className} aria-label={label}>
        {ids.map((id) => (
          <StickyCard key={id} docId={docId} id={id} onEmptied={onEmptied} compact={compact} />
        ))}
      </ul>
    </ListNavContext.Provider>
  )
}

/**
 * A long list in its own scroll box: only the cards in view are mounted. Cards flow normally
 * between two paddings that stand in for the rest, so keyboard order and list semantics stay.
 */
function VirtualList({ docId, ids, label, onEmptied, compact, className }: Props): React.JSX.Element {
  const scrollRef = useRef<HTMLDivElement>(null)
  const estimate = compact ? 52 : 150
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    overscan: 4,
    gap: GAP,
    getItemKey: (i) => ids[i],
    // Sixty of these lists mount at once on a big board: no synchronous re-render per list, a
    // first guess of the box's size, and card heights from the ResizeObserver rather than read
    // one by one (each read would force the browser to lay the page out again).
    useFlushSync: false,
    initialRect: { width: 260, height: 448 },
    measureElement: (el, entry, instance) => {
      const box = entry?.borderBoxSize?.[0]
      if (box) return Math.round(box.blockSize)
      return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(el))) ?? estimate
    }
  })
  const scrollTo = useMemo(() => (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }), [virtualizer])
  const nav = useNav(ids, scrollTo)
  useEffect(() => {
    const reveal = (id: string): boolean => {
      const at = ids.indexOf(id)
      if (at >= 0) scrollTo(at)
      return at >= 0
    }
    revealers.add(reveal)
    return () => {
      revealers.delete(reveal)
    }
  }, [ids, scrollTo])
  const items = virtualizer.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0))
  return (
    <ListNavContext.Provider value={nav}>
      <div ref={scrollRef} className={`${className} notelist--virtual`}>
        <ul className="notelist__items" aria-label={label} style={{ paddingTop: before, paddingBottom: after }}>
          {items.map((item) => (
            <StickyCard
              key={item.key}
              docId={docId}
              id={ids[item.index]}
              onEmptied={onEmptied}
              compact={compact}
              index={item.index}
              measureRef={virtualizer.measureElement}
            />
          ))}
        </ul>
      </div>
    </ListNavContext.Provider>
  )
}

/** The notes of one list (a cluster, or the unsorted ones): all of them, or virtualised when long. */
export const NoteList = memo(function NoteList(props: Props): React.JSX.Element {
  return props.ids.length > VIRTUAL_FROM ? <VirtualList {...props} /> : <PlainList {...props} />
})
