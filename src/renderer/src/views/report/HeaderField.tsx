import { useEffect, useId, useRef, useState } from 'react'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { usePageLeave } from '../../components/usePageLeave.ts'

interface Props {
  label: string
  hint?: string
  /** The stored value; shown whenever the field is not being edited. */
  value: string
  /** Save; resolves when stored, rejects with the API's error. */
  onCommit: (value: string) => Promise<unknown>
  kind?: 'text' | 'multiline'
  /** What is wrong with the typed value, checked before saving; null when it can be saved. */
  validate?: (value: string) => string | null
  placeholder?: string
  errorLead: string
  maxLength?: number
  wide?: boolean
}

/**
 * One header field that saves itself when left (or on Enter): the header is shared by every
 * later export, so what is typed must not depend on pressing Export. While focused it keeps
 * what is typed even if the stored value changes underneath.
 */
export function HeaderField(props: Props): React.JSX.Element {
  const { label, hint, value, onCommit, kind = 'text', validate, placeholder, errorLead, maxLength, wide } = props
  const id = useId()
  const [draft, setDraft] = useState(value)
  const [error, setError] = useState<UiError | null>(null)
  const [invalid, setInvalid] = useState<string | null>(null)
  const focused = useRef(false)
  const sent = useRef(value)
  const latest = useRef({ draft, value, onCommit, validate })
  latest.current = { draft, value, onCommit, validate }

  useEffect(() => {
    if (!focused.current) {
      setDraft(value)
      sent.current = value
    }
  }, [value])

  const flush = (): void => {
    const { draft: text, onCommit: save, validate: check } = latest.current
    if (text === sent.current) {
      setInvalid(null)
      return
    }
    const problem = check ? check(text) : null
    setInvalid(problem)
    if (problem) return
    sent.current = text
    save(text)
      .then(() => setError(null))
      .catch((e: unknown) => {
        setError(toUiError(e))
        sent.current = latest.current.value
      })
  }

  // Closing the dialog with Esc while typing still saves what was typed, and so does the page
  // being hidden, reloaded or closed, which never blurs the field.
  useEffect(() => () => flush(), [])
  usePageLeave(flush)

  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error || invalid ? `${id}-error` : undefined
  const common = {
    id,
    className: `input${kind === 'multiline' ? ' report-field__textarea' : ''}`,
    value: draft,
    maxLength,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    placeholder,
    'aria-invalid': error || invalid ? (true as const) : undefined,
    onFocus: () => {
      focused.current = true
    },
    onBlur: () => {
      focused.current = false
      flush()
    }
  }

  return (
    <div className={`field report-field${wide ? ' report-field--wide' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {kind === 'multiline' ? (
        <textarea {...common} dir="auto" rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          dir="auto"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              flush()
            }
          }}
        />
      )}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {invalid && (
        <p className="field__error" id={errorId} role="alert">
          {invalid}
        </p>
      )}
      {error && !invalid && <ErrorMessage id={errorId} lead={errorLead} error={error} />}
    </div>
  )
}
