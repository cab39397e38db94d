import { useId, useRef, useState } from 'react'
import type { StickyColour } from '../../../../shared/domain/enums.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useFocusRequest } from '../../components/useFocusRequest.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, selectCurrentPhase } from '../../store/index.ts'
import { ColourPicker } from './ColourPicker.tsx'

const MAX_LENGTH = 2_000

/**
 * Always at hand: type what is said and press Enter. The field clears at once and keeps the
 * focus, so the next note can be typed while this one is saved; if saving fails, the text is
 * put back rather than lost.
 */
export function CaptureField({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const phaseId = useAppStore((s) => selectCurrentPhase(docId)(s)?.id ?? null)
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const [text, setText] = useState('')
  const [colour, setColour] = useState<StickyColour>('yellow')
  const [error, setError] = useState<UiError | null>(null)
  const ref = useRef<HTMLTextAreaElement>(null)
  const hintId = useId()
  useFocusRequest('capture', ref)

  const submit = (): void => {
    const value = text.trim()
    if (!value || !phaseId) return
    setText('')
    setError(null)
    mutate(docId, 'sticky.add', { docId, phaseId, text: value, colour })
      .then(() => announce(t('capture.added')))
      .catch((e: unknown) => {
        setError(toUiError(e))
        setText((current) => (current === '' ? value : current))
      })
  }

  return (
    <form
      className="capture"
      aria-label={t('capture.label')}
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <div className="capture__row">
        <div className="capture__field">
          <label className="field__label" htmlFor="capture-text">
            {t('capture.label')}
          </label>
          <textarea
            ref={ref}
            id="capture-text"
            className={`capture__input capture__input--${colour}`}
            rows={2}
            dir="auto"
            maxLength={MAX_LENGTH}
            placeholder={t('capture.placeholder')}
            aria-describedby={hintId}
            value={text}
            disabled={!phaseId}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault()
                submit()
              }
            }}
          />
          <p id={hintId} className="field__hint">
            {t('capture.hint')}
          </p>
        </div>
        <button type="submit" className="button button--primary button--large capture__add" disabled={!phaseId}>
          {t('capture.add')}
        </button>
      </div>
      <ColourPicker value={colour} onChange={setColour} />
      {error && <ErrorMessage error={error} />}
    </form>
  )
}
