import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

interface Props {
  /** The button's content; its accessible name is `label` when given. */
  button: ReactNode
  label?: string
  buttonClassName?: string
  /** The panel; `close` returns the focus to the button. */
  children: (close: () => void) => ReactNode
  panelLabel: string
  align?: 'start' | 'end'
}

/**
 * A button that shows a panel of controls under it (pickers, "create from …"). A disclosure, not
 * an ARIA menu: the panel holds ordinary buttons and checkboxes, reached with Tab. Escape and a
 * click outside close it.
 */
export function Popover({ button, label, buttonClassName, children, panelLabel, align = 'start' }: Props): React.JSX.Element {
  const [open, setOpen] = useState(false)
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)

  const close = (): void => {
    setOpen(false)
    trigger.current?.focus()
  }

  useEffect(() => {
    if (!open) return
    const onPointer = (e: PointerEvent): void => {
      if (root.current && e.target instanceof Node && !root.current.contains(e.target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  return (
    <div
      className="popover"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          // Only the panel closes, not a dialog it sits in.
          e.preventDefault()
          e.stopPropagation()
          close()
        }
      }}
    >
      <button
        ref={trigger}
        type="button"
        className={buttonClassName ?? 'button button--quiet'}
        aria-expanded={open}
        aria-controls={id}
        aria-label={label}
        onClick={() => setOpen((o) => !o)}
      >
        {button}
      </button>
      {open && (
        <div id={id} role="group" aria-label={panelLabel} className={`popover__panel popover__panel--${align}`}>
          {children(close)}
        </div>
      )}
    </div>
  )
}
