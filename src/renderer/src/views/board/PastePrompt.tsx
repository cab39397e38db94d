import { useEffect, useRef } from 'react'
import { useTranslation } from '../../i18n/index.ts'

/**
 * After a list is pasted into the capture field: one note per line, or all of it as one note?
 * The question is asked in place, the focus on the likelier answer; Esc keeps it as one note.
 */
export function PastePrompt({ lines, onMany, onOne }: { lines: readonly string[]; onMany: () => void; onOne: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const primary = useRef<HTMLButtonElement>(null)
  useEffect(() => primary.current?.focus(), [])
  const preview = lines.slice(0, 3)
  return (
    <div
      className="paste-prompt"
      role="group"
      aria-labelledby="paste-prompt-question"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          e.stopPropagation()
          onOne()
        }
      }}
    >
      <p id="paste-prompt-question" className="paste-prompt__question">
        {t('board.paste.question', { count: lines.length })}
      </p>
      <ul className="paste-prompt__preview">
        {preview.map((line, i) => (
          <li key={i} dir="auto">
            {line}
          </li>
        ))}
        {lines.length > preview.length && <li className="paste-prompt__more">{t('board.paste.more', { count: lines.length - preview.length })}</li>}
      </ul>
      <div className="form__actions">
        <button ref={primary} type="button" className="button button--primary" onClick={onMany}>
          {t('board.paste.many', { count: lines.length })}
        </button>
        <button type="button" className="button button--secondary" onClick={onOne}>
          {t('board.paste.one')}
        </button>
      </div>
    </div>
  )
}
