import { useEffect } from 'react'

const IDLE_MS = 2_500
const HIDDEN_CLASS = 'pj-cursor-hidden'

/** A mouse pointer left in the middle of the projected picture is all the room looks at: hide it when still. */
export function useIdleCursor(): void {
  useEffect(() => {
    const root = document.documentElement
    let timer: number | undefined
    const wake = (): void => {
      root.classList.remove(HIDDEN_CLASS)
      window.clearTimeout(timer)
      timer = window.setTimeout(() => root.classList.add(HIDDEN_CLASS), IDLE_MS)
    }
    wake()
    window.addEventListener('mousemove', wake)
    return () => {
      window.removeEventListener('mousemove', wake)
      window.clearTimeout(timer)
      root.classList.remove(HIDDEN_CLASS)
    }
  }, [])
}
