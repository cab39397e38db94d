import { useId, useRef, useState } from 'react'
import { looksLikeList, splitPastedLines } from '../../../../shared/board/paste.ts'
import type { StickyColour } from '../../../../shared/domain/enums.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useFocusRequest } from '../../components/useFocusRequest.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, selectCurrentPhase, selectWorkshopRow } from '../../store/index.ts'
import { PastePrompt } from '../board/PastePrompt.tsx'
import { SilentSwitch } from '../board/SilentBar.tsx'
import { useSynced } from '../board/useSynced.ts'
import { ColourPicker } from './ColourPicker.tsx'

const MAX_LENGTH = 2_000

/** Put `insert` into the field where the caret is (what a normal paste would have done). */
function spliceAt(el: HTMLTextAreaElement | null, text: string, insert: string): { value: string; caret: number } {
  const start = el?.selectionStart ?? text.length
  const end = el?.selectionEnd ?? text.length
  return { value: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length }
}

/**
 * Always at hand: type what is said and press Enter. The field clears at once and keeps the
 * focus, so the next note can be typed while this one is saved; if saving fails, the text is
 * put back rather than lost. A pasted list can become one note per line.
 */
export function CaptureField({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const phaseId = useAppStore((s) => selectCurrentPhase(docId)(s)?.id ?? null)
  const storedShowAuthors = useAppStore((s) => selectWorkshopRow(docId)(s)?.showAuthorsOnProjector ?? false)
  const [showAuthors, setShowAuthors] = useSynced(storedShowAuthors)
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const [text, setText] = useState('')
  const [colour, setColour] = useState<StickyColour>('yellow')
  const [withAuthor, setWithAuthor] = useState(false)
  const [author, setAuthor] = useState('')
  const [pasted, setPasted] = useState<{ raw: string; lines: string[] } | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const ref = useRef<HTMLTextAreaElement>(null)
  const hintId = useId()
  const authorId = useId()
  useFocusRequest('capture', ref)

  const authorLabel = withAuthor && author.trim() !== '' ? author.trim() : null

  const submit = (): void => {
    const value = text.trim()
    if (!value || !phaseId) return
    setText('')
    setError(null)
    mutate(docId, 'sticky.add', { docId, phaseId, text: value, colour, authorLabel })
      .then(() => announce(t('capture.added')))
      .catch((e: unknown) => {
        setError(toUiError(e))
        setText((current) => (current === '' ? value : current))
      })
  }

  const pasteAsOne = (): void => {
    if (!pasted) return
    const { value, caret } = spliceAt(ref.current, text, pasted.raw)
    setText(value)
    setPasted(null)
    requestAnimationFrame(() => {
      ref.current?.focus()
      ref.current?.setSelectionRange(caret, caret)
    })
  }

  const pasteAsMany = (): void => {
    if (!pasted || !phaseId) return
    const lines = pasted.lines
    setPasted(null)
    setError(null)
    ref.current?.focus()
    mutate(docId, 'sticky.addMany', { docId, phaseId, texts: lines, colour, authorLabel })
      .then((r) => announce(t('board.paste.added', { count: r.stickies.length })))
      .catch((e: unknown) => {
        setError(toUiError(e))
        setText((current) => (current === '' ? pasted.raw : current))
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
            onPaste={(e) => {
              const raw = e.clipboardData.getData('text/plain')
              if (!looksLikeList(raw)) return
              e.preventDefault()
              setPasted({ raw, lines: splitPastedLines(raw) })
            }}
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
      {pasted && <PastePrompt lines={pasted.lines} onMany={pasteAsMany} onOne={pasteAsOne} />}
      <div className="capture__options">
        <ColourPicker value={colour} onChange={setColour} />
        <div className="capture__toggles">
          <button type="button" className="button button--quiet button--small" aria-pressed={withAuthor} onClick={() => setWithAuthor((v) => !v)}>
            {t('board.author.toggle')}
          </button>
          {phaseId && <SilentSwitch docId={docId} phaseId={phaseId} />}
        </div>
      </div>
      {withAuthor && (
        <div className="capture__author">
          <div className="field">
            <label className="field__label" htmlFor={authorId}>
              {t('board.author.label')}
            </label>
            <input
              id={authorId}
              className="input"
              dir="auto"
              maxLength={200}
              value={author}
              onChange={(e) => setAuthor(e.target.value)}
              aria-describedby={`${authorId}-hint`}
            />
            <p id={`${authorId}-hint`} className="field__hint">
              {t('board.author.hint')}
            </p>
          </div>
          <label className="board-check">
            <input
              type="checkbox"
              checked={showAuthors}
              onChange={(e) => {
                const on = e.target.checked
                setShowAuthors(on)
                mutate(docId, 'workshop.update', { docId, patch: { showAuthorsOnProjector: on } }).catch((err: unknown) => {
                  setShowAuthors(storedShowAuthors)
                  setError(toUiError(err))
                })
              }}
            />
            <span>{t('board.author.onProjector')}</span>
          </label>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
    </form>
  )
}
