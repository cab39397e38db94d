import { useEffect, useRef, type RefObject } from 'react'

/**
 * Open a native <dialog> as a modal when the component mounts and focus its title; on unmount
 * close it and give the focus back to whatever opened it. Every large dialog works this way.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>, title: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const d = dialog.current
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (d && !d.open) d.showModal()
    title.current?.focus()
    return () => {
      if (d?.open) d.close()
      if (opener?.isConnected) opener.focus()
    }
    // Refs are stable: this runs once per mount by design.
  }, [])
}

/** True while the component is mounted: async answers settle into state only then. */
export function useMounted(): RefObject<boolean> {
  const live = useRef(true)
  useEffect(() => {
    live.current = true
    return () => {
      live.current = false
    }
  }, [])
  return live
}
