import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * Text sizes for the content, largest first, in cqmin (hundredths of the screen's shorter side).
 * The smallest is 28 px on a 1080p screen: below that the back row stops reading, so a full
 * wall does not shrink further; it keeps its size and says how many notes did not fit.
 */
export const FIT_LEVELS = [4.6, 4.1, 3.7, 3.3, 2.95, 2.6] as const

function overflows(el: HTMLElement): boolean {
  return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1
}

/**
 * Whether a larger size could fit: the content uses clearly less height than it has (one step up
 * needs about a fifth more area). Saves the trial layouts on a wall that is already snug.
 */
function roomToGrow(el: HTMLElement): boolean {
  const used = (el.firstElementChild as HTMLElement | null)?.getBoundingClientRect().height ?? 0
  return used < el.clientHeight * 0.8
}

function apply(el: HTMLElement, level: number): void {
  el.style.setProperty('--pj-size', `${FIT_LEVELS[level]}cqmin`)
}

/** Items (notes) that end below or beyond the visible area at the smallest size. */
function countHidden(el: HTMLElement): number {
  const box = el.getBoundingClientRect()
  let n = 0
  for (const item of el.querySelectorAll('[data-fit-item]')) {
    const r = item.getBoundingClientRect()
    if (r.bottom > box.bottom + 1 || r.right > box.right + 1) n += 1
  }
  return n
}

/**
 * The largest text size at which the content fits its area, found again on every new view and
 * window size. It starts from the size it had (a new note rarely changes it), so most updates
 * cost one layout. Returns how many items stay out of sight at the smallest size.
 */
export function useFit(ref: RefObject<HTMLElement | null>, content: unknown): number {
  const [hidden, setHidden] = useState(0)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    let level = Number(el.dataset.fitLevel ?? 0)
    const last = FIT_LEVELS.length - 1
    const fit = (): void => {
      // A wall already too full at the smallest size stays in overflow mode (see the CSS) while
      // it is still too full: a note added to it costs one layout, not a new search.
      if (el.dataset.overflow && level === last) {
        if (overflows(el)) {
          setHidden(countHidden(el))
          return
        }
        delete el.dataset.overflow
      }
      apply(el, level)
      if (overflows(el)) {
        while (level < last && overflows(el)) apply(el, ++level)
      } else if (level > 0 && roomToGrow(el)) {
        while (level > 0) {
          apply(el, level - 1)
          if (overflows(el)) {
            apply(el, level)
            break
          }
          level -= 1
        }
      }
      el.dataset.fitLevel = String(level)
      const full = level === last && overflows(el)
      if (full) el.dataset.overflow = 'true'
      setHidden(full ? countHidden(el) : 0)
    }
    fit()
    const observer = new ResizeObserver(() => fit())
    observer.observe(el)
    // A script's font loads only once its text is on screen (an Arabic note): a fit measured
    // while it loaded would keep saying notes were left out that are in fact on the wall.
    const fonts = document.fonts
    let frame = 0
    const refit = (): void => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(fit)
    }
    fonts.addEventListener('loadingdone', refit)
    void fonts.ready.then(refit)
    return () => {
      observer.disconnect()
      fonts.removeEventListener('loadingdone', refit)
      cancelAnimationFrame(frame)
    }
  }, [ref, content])
  return hidden
}
