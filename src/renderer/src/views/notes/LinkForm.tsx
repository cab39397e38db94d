import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { isSafeUrl, normaliseUrl } from './links.ts'

/** Ask for an address; only http(s) is accepted, with the reason shown beside the field. */
export function LinkForm({ onAdd, onCancel }: { onAdd: (url: string) => void; onCancel: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const [value, setValue] = useState('https://')
  const [invalid, setInvalid] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const id = useId()
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])
  const submit = (): void => {
    const url = normaliseUrl(value)
    if (!isSafeUrl(url)) {
      setInvalid(true)
      input.current?.focus()
      return
    }
    onAdd(url)
  }
  return (
    <form
      className="note-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          e.stopPropagation()
          onCancel()
        }
      }}
    >
      <label className="field__label" htmlFor={`${id}-url`}>
        {t('outcomes.notes.linkLabel')}
      </label>
      <div className="input-row">
        <input
          ref={input}
          id={`${id}-url`}
          className="input"
          type="url"
          inputMode="url"
          value={value}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : `${id}-hint`}
          onChange={(e) => {
            setValue(e.target.value)
            setInvalid(false)
          }}
        />
        <button type="submit" className="button button--primary">
          {t('outcomes.notes.linkAdd')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('outcomes.common.cancel')}
        </button>
      </div>
      {invalid ? (
        <p className="field__error" id={`${id}-error`}>
          {t('outcomes.notes.linkInvalid')}
        </p>
      ) : (
        <p className="field__hint" id={`${id}-hint`}>
          {t('outcomes.notes.linkHint')}
        </p>
      )}
    </form>
  )
}
