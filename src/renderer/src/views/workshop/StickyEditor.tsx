import { useEffect, useId, useRef, useState } from 'react'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { usePageLeave } from '../../components/usePageLeave.ts'
import { useTranslation } from '../../i18n/index.ts'

/** Edit a note in place: Enter saves, Shift+Enter breaks the line, Esc cancels, leaving saves. */
export function StickyEditor({
  initial,
  onSave,
  onDone
}: {
  initial: string
  onSave: (text: string) => Promise<void>
  onDone: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const [text, setText] = useState(initial)
  const [error, setError] = useState<UiError | null>(null)
  const ref = useRef<HTMLTextAreaElement>(null)
  // Enter and then the blur it causes must not save twice.
  const finished = useRef(false)
  // The text as stored: the initial one, or what was saved when the page was hidden meanwhile.
  const stored = useRef(initial)
  const hintId = useId()

  useEffect(() => {
    const el = ref.current
    if (!el) return
    el.focus()
    el.setSelectionRange(el.value.length, el.value.length)
  }, [])

  const finish = (save: boolean): void => {
    if (finished.current) return
    const value = text.trim()
    if (!save || value === '' || value === stored.current) {
      finished.current = true
      onDone()
      return
    }
    finished.current = true
    onSave(value)
      .then(onDone)
      .catch((e: unknown) => {
        finished.current = false
        setError(toUiError(e))
      })
  }

  // The page hidden, reloaded or closed never blurs the editor: save the text, keep editing.
  usePageLeave(() => {
    const value = text.trim()
    if (finished.current || value === '' || value === stored.current) return
    const before = stored.current
    stored.current = value
    onSave(value).catch((e: unknown) => {
      stored.current = before
      setError(toUiError(e))
    })
  })

  return (
    <div className="sticky__editor">
      <textarea
        ref={ref}
        className="sticky__textarea"
        aria-label={t('stickies.editLabel')}
        aria-describedby={hintId}
        dir="auto"
        maxLength={2_000}
        value={text}
        rows={4}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => finish(true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault()
            finish(true)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            e.stopPropagation()
            finish(false)
          }
        }}
      />
      <p id={hintId} className="sticky__hint">
        {t('stickies.editHint')}
      </p>
      {error && <ErrorMessage error={error} />}
    </div>
  )
}
