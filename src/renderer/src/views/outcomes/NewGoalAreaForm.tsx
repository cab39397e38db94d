import { useId, useState } from 'react'
import { useTranslation } from '../../i18n/index.ts'

/** Start a new målområde: its first row is created with the name, and a table appears for it. */
export function NewGoalAreaForm({ onAdd }: { onAdd: (name: string) => Promise<void> }): React.JSX.Element {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const id = useId()
  if (!open) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
        {t('outcomes.effects.newGoalArea')}
      </button>
    )
  }
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault()
        const value = name.trim()
        if (!value) return
        void onAdd(value).then(() => {
          setName('')
          setOpen(false)
        })
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          e.stopPropagation()
          setOpen(false)
        }
      }}
    >
      <label htmlFor={`${id}-name`} className="field__label">
        {t('outcomes.effects.newGoalAreaLabel')}
      </label>
      <div className="input-row">
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          maxLength={500}
          dir="auto"
          autoFocus
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button--secondary">
          {t('outcomes.common.add')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          {t('outcomes.common.cancel')}
        </button>
      </div>
    </form>
  )
}
