import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'

interface Props {
  /** The text to copy, fetched when the button is pressed (always the recorded version's own text). */
  getText: () => Promise<string>
  className?: string
  /** Tells versions apart for screen readers: "Kopiera som text, version 2". */
  describedBy?: string
}

/**
 * "Kopiera som text", for pasting into an e-mail. The clipboard may be refused (Electron's
 * permission handler, a browser without focus): then the text is shown selected in a field, so
 * Ctrl+C copies it.
 */
export function CopyText({ getText, className, describedBy }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const announce = useAppStore((s) => s.announce)
  const [state, setState] = useState<'idle' | 'copied' | 'manual' | 'failed'>('idle')
  const [text, setText] = useState('')
  const area = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    if (state === 'manual') {
      area.current?.focus()
      area.current?.select()
    }
  }, [state, text])

  const copy = async (): Promise<void> => {
    let value: string
    try {
      value = await getText()
    } catch {
      setState('failed')
      return
    }
    setText(value)
    try {
      await navigator.clipboard.writeText(value)
      setState('copied')
      announce(t('summary.copy.copied'))
    } catch {
      setState('manual')
      announce(t('summary.copy.manual'))
    }
  }

  return (
    <div className={`summary-copy ${className ?? ''}`}>
      <button type="button" className="button button--secondary" aria-describedby={describedBy} onClick={() => void copy()}>
        <span aria-hidden="true" className="button__icon">
          ⧉
        </span>
        {t('summary.copy.button')}
      </button>
      <div role="status" className="summary-copy__status">
        {state === 'copied' && <p>{t('summary.copy.copied')}</p>}
        {state === 'manual' && <p id={`${id}-manual`}>{t('summary.copy.manual')}</p>}
        {state === 'failed' && <p className="field__error">{t('summary.copy.failed')}</p>}
      </div>
      {state === 'manual' && (
        <label className="field summary-copy__field">
          <span className="field__label">{t('summary.copy.label')}</span>
          <textarea ref={area} className="input summary-copy__text" readOnly value={text} rows={8} aria-describedby={`${id}-manual`} />
        </label>
      )}
    </div>
  )
}
