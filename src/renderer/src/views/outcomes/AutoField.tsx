import { useEffect, useRef, useState } from 'react'
import { errorText } from '../../components/errorText.ts'
import { usePageLeave } from '../../components/usePageLeave.ts'
import { useAppStore } from '../../store/index.ts'

const DEBOUNCE_MS = 800

interface Props {
  /** The stored value; shown whenever the field is not being edited. */
  value: string
  onCommit: (value: string) => Promise<unknown>
  label: string
  multiline?: boolean
  /**
   * 'typing' saves a moment after the last keystroke and on leaving the field; 'leave' saves only
   * on leaving it (or Enter), for fields that regroup the table and would move the row while typed in.
   */
  commit?: 'typing' | 'leave'
  placeholder?: string
  maxLength?: number
  className?: string
  list?: string
  id?: string
  describedBy?: string
}

/**
 * A text field that saves itself: no Save button, nothing lost on leaving. While it has the focus
 * it keeps what is typed, even when the stored value changes underneath (the core trims and
 * cleans text); it shows the stored value again once left.
 */
export function AutoField(props: Props): React.JSX.Element {
  const { value, onCommit, label, multiline, commit = 'typing', placeholder, maxLength, className, list, id, describedBy } = props
  const pushToast = useAppStore((s) => s.pushToast)
  const [draft, setDraft] = useState(value)
  const focused = useRef(false)
  const sent = useRef(value)
  const timer = useRef<number | null>(null)
  const latest = useRef({ draft, onCommit, value })
  latest.current = { draft, onCommit, value }

  useEffect(() => {
    if (!focused.current) {
      setDraft(value)
      sent.current = value
    }
  }, [value])

  const flush = (): void => {
    if (timer.current !== null) window.clearTimeout(timer.current)
    timer.current = null
    const { draft: text, onCommit: save } = latest.current
    if (text === sent.current) return
    sent.current = text
    save(text).catch((e: unknown) => {
      pushToast({ kind: 'error', message: errorText(e) })
      // Show what is actually stored rather than text that was refused.
      if (!focused.current) setDraft(latest.current.value)
      sent.current = latest.current.value
    })
  }

  // Leaving the view (phase change, dialog closed) saves what was typed…
  useEffect(() => () => flush(), []) // eslint-disable-line react-hooks/exhaustive-deps
  // …and so does the page being hidden, reloaded or closed, which never blurs the field.
  usePageLeave(flush)

  const change = (text: string): void => {
    setDraft(text)
    if (commit !== 'typing') return
    if (timer.current !== null) window.clearTimeout(timer.current)
    timer.current = window.setTimeout(flush, DEBOUNCE_MS)
  }

  const common = {
    id,
    className: `auto-field${multiline ? ' auto-field--multi' : ''}${className ? ` ${className}` : ''}`,
    value: draft,
    placeholder,
    maxLength,
    dir: 'auto' as const,
    'aria-label': label,
    'aria-describedby': describedBy,
    onFocus: () => {
      focused.current = true
    },
    onBlur: () => {
      focused.current = false
      flush()
    }
  }
  if (multiline) {
    return (
      <textarea
        {...common}
        rows={2}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) flush()
        }}
      />
    )
  }
  return (
    <input
      {...common}
      type="text"
      list={list}
      onChange={(e) => change(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          flush()
        }
      }}
    />
  )
}
