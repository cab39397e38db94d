import { useEffect, useRef } from 'react'
import { onPageLeave } from '../api/pageLeave.ts'

/**
 * Save what a field holds when the page is hidden, reloaded or closed: blur never comes then, and
 * the field's own timer would fire too late. `save` runs synchronously in the browser's event, so
 * its write leaves as a keepalive request; it always sees the latest render's values.
 */
export function usePageLeave(save: () => void): void {
  const latest = useRef(save)
  latest.current = save
  useEffect(() => onPageLeave(() => latest.current()), [])
}
