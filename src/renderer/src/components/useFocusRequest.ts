import { useEffect, type RefObject } from 'react'
import { useAppStore, type FocusTarget } from '../store/index.ts'

/** Focus `ref` when a command asks for `target` (e.g. "N" asks for the capture field). */
export function useFocusRequest(target: FocusTarget, ref: RefObject<HTMLElement | null>): void {
  const request = useAppStore((s) => s.focusRequest)
  const focusHandled = useAppStore((s) => s.focusHandled)
  useEffect(() => {
    if (!request || request.target !== target) return
    const el = ref.current
    if (!el) return
    el.focus()
    el.scrollIntoView({ block: 'nearest' })
    focusHandled(request.nonce)
  }, [request, target, ref, focusHandled])
}
