import { useId } from 'react'

/**
 * Choose a .json file with a button in the app's language: the native control prints its own
 * text in the browser's language, so it is hidden and its label is the button. The chosen file's
 * name (or `status`) shows beside it.
 */
export function JsonFileButton({
  label,
  busy,
  status,
  onFile
}: {
  label: string
  busy: boolean
  status: string
  onFile: (file: File) => void
}): React.JSX.Element {
  const id = useId()
  return (
    <div className="field">
      <input
        id={`${id}-file`}
        className="visually-hidden file-input"
        type="file"
        accept=".json,application/json"
        disabled={busy}
        aria-describedby={`${id}-name`}
        onChange={(e) => {
          const file = e.target.files?.[0]
          // Reset so choosing the same file again (after fixing it) fires again.
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
      <div className="input-row input-row--center">
        <label htmlFor={`${id}-file`} className="button button--secondary file-button">
          {label}
        </label>
        <span id={`${id}-name`} className="field__hint">
          {status}
        </span>
      </div>
    </div>
  )
}
