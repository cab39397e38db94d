import { useEffect, useId, useRef, useState } from 'react'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'

/**
 * "Deletion that really deletes": a deleted note's text lives on in the undo history and the
 * backups until they are erased. Asked once, in words, because it cannot be taken back.
 */
export function EraseForGood({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const start = useRef<HTMLButtonElement>(null)
  const confirm = useRef<HTMLButtonElement>(null)
  const id = useId()

  useEffect(() => {
    if (asking) confirm.current?.focus()
  }, [asking])

  const close = (): void => {
    setAsking(false)
    // The question's buttons are gone: the focus goes back to where the question came from.
    requestAnimationFrame(() => start.current?.focus())
  }

  const erase = (): void => {
    setBusy(true)
    setError(null)
    mutate(docId, 'privacy.eraseHistory', { docId })
      .then((r) => setDone(t('outcomes.privacy.eraseDone', { count: r.undoSteps, backups: r.backupsRemoved })))
      .catch((e: unknown) => setError(toUiError(e)))
      .finally(() => {
        setBusy(false)
        close()
      })
  }

  return (
    <section className="privacy-card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="privacy-card__heading">
        {t('outcomes.privacy.eraseHeading')}
      </h3>
      <p className="privacy-card__text">{t('outcomes.privacy.eraseWhy')}</p>
      {asking ? (
        <div
          role="group"
          aria-labelledby={`${id}-question`}
         
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return
            e.preventDefault()
            e.stopPropagation()
            close()
          }}
        >
          <p id={`${id}-question`} className="privacy-card__text">
            {t('outcomes.privacy.eraseQuestion')}
          </p>
          <div className="form__actions">
            <button ref={confirm} type="button" className="button pt-danger" aria-disabled={busy} onClick={() => !busy && erase()}>
              {t('outcomes.privacy.eraseConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('outcomes.privacy.eraseCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={start} type="button" className="button button--secondary" onClick={() => setAsking(true)}>
          {t('outcomes.privacy.eraseStart')}
        </button>
      )}
      <p role="status" className="privacy-card__text">
        {done}
      </p>
      {error && <ErrorMessage error={error} />}
    </section>
  )
}
