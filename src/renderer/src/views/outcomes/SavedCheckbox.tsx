import { useEffect, useState } from 'react'

/**
 * A checkbox whose value is stored by the core: it flips at once when pressed, then follows the
 * stored value (which arrives a moment later by change event, or stays as it was if saving failed).
 */
export function SavedCheckbox({ checked, onSave }: { checked: boolean; onSave: (next: boolean) => Promise<unknown> }): React.JSX.Element {
  const [shown, setShown] = useState(checked)
  useEffect(() => setShown(checked), [checked])
  return (
    <input
      type="checkbox"
      checked={shown}
      onChange={(e) => {
        const next = e.target.checked
        setShown(next)
        onSave(next).catch(() => setShown(checked))
      }}
    />
  )
}
