import { useEffect, useRef, useState } from 'react'
import { usePageLeave } from '../../components/usePageLeave.ts'

interface Props {
  id: string
  label: string
  value: string
  /** Save the new value; a rejection keeps the draft and shows the error text. */
  onSave: (value: string) => Promise<unknown>
  hint?: string
  multiline?: boolean
  type?: 'text' | 'date'
  maxLength?: number
  /** Refuse an empty value with this message instead of saving it. */
  requiredMessage?: string
  errorText?: (e: unknown) => string
  className?: string
}

/**
 * A field that saves itself when the facilitator leaves it (or presses Enter in a one-line field,
 * or the page is hidden or closed):
 * no Save button, the top bar's "Sparat" tells it is kept. A change from elsewhere (another
 * window, undo) shows up unless the field is being edited.
 */
export function AutosaveField({
  id,
  label,
  value,
  onSave,
  hint,
  multiline,
  type = 'text',
  maxLength = 500,
  requiredMessage,
  errorText,
  className
}: Props): React.JSX.Element {
  const [draft, setDraft] = useState(value)
  const [error, setError] = useState<string | null>(null)
  const editing = useRef(false)

  useEffect(() => {
    if (!editing.current) setDraft(value)
  }, [value])

  const save = (): void => {
    const next = type === 'date' ? draft : draft.replace(/\s+$/u, '')
    if (next === value) {
      setError(null)
      return
    }
    if (requiredMessage && next.trim() === '') {
      setError(requiredMessage)
      return
    }
    setError(null)
    onSave(next).catch((e: unknown) => setError(errorText ? errorText(e) : String(e)))
  }

  const commit = (): void => {
    editing.current = false
    save()
  }

  // The page hidden, reloaded or closed never blurs the field: save what is typed, still editing.
  const saveIfEditing = (): void => {
    if (editing.current) save()
  }
  usePageLeave(saveIfEditing)
  // Nor does a view change that unmounts it while typed in.
  const onUnmount = useRef(saveIfEditing)
  onUnmount.current = saveIfEditing
  useEffect(() => () => onUnmount.current(), [])

  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    className: `input${multiline ? ' textarea' : ''}`,
    value: draft,
    maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    onFocus: () => {
      editing.current = true
    },
    onBlur: commit
  }
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          dir="auto"
          onChange={(e) => {
            editing.current = true
            setDraft(e.target.value)
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          dir={type === 'text' ? 'auto' : undefined}
          autoComplete="off"
          onChange={(e) => {
            editing.current = true
            setDraft(e.target.value)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit()
          }}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  )
}
