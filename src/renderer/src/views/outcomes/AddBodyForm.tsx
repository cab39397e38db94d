import { useId, useState } from 'react'
import type { Body } from '../../../../shared/domain/entities.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'

/**
 * Add a nämnd, förvaltning or company: full name and abbreviation. The abbreviation is what the
 * Ansvar column prints; the name goes in the legend under the table.
 */
export function AddBodyForm({
  docId,
  receiver = false,
  onAdded,
  compact
}: {
  docId: string
  /** Add it as a receiver of recommendations (the proposals view) rather than only as responsible. */
  receiver?: boolean
  onAdded?: (body: Body) => void
  compact?: boolean
}): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const [name, setName] = useState('')
  const [abbreviation, setAbbreviation] = useState('')
  const [missing, setMissing] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const id = useId()

  const submit = (): void => {
    if (name.trim() === '') {
      setMissing(true)
      document.getElementById(`${id}-name`)?.focus()
      return
    }
    setError(null)
    mutate(docId, 'body.add', { docId, name: name.trim(), abbreviation: abbreviation.trim(), isReceiver: receiver })
      .then((body) => {
        setName('')
        setAbbreviation('')
        announce(t('outcomes.bodies.added', { name: body.name }))
        onAdded?.(body)
        document.getElementById(`${id}-abbr`)?.focus()
      })
      .catch((e: unknown) => setError(toUiError(e)))
  }

  return (
    <form
      className={`add-body${compact ? ' add-body--compact' : ''}`}
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault()
        e.stopPropagation()
        submit()
      }}
    >
      <p id={`${id}-heading`} className="add-body__heading">
        {receiver ? t('outcomes.bodies.addReceiverHeading') : t('outcomes.bodies.addHeading')}
      </p>
      <div className="add-body__fields">
        <div className="field add-body__abbr">
          <label className="field__label" htmlFor={`${id}-abbr`}>
            {t('outcomes.bodies.abbreviation')}
          </label>
          <input
            id={`${id}-abbr`}
            className="input"
            value={abbreviation}
            maxLength={32}
            dir="auto"
            onChange={(e) => setAbbreviation(e.target.value)}
          />
        </div>
        <div className="field add-body__name">
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('outcomes.bodies.name')}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            maxLength={200}
            dir="auto"
            aria-invalid={missing}
            aria-describedby={missing ? `${id}-missing` : undefined}
            onChange={(e) => {
              setName(e.target.value)
              setMissing(false)
            }}
          />
        </div>
        <button type="submit" className="button button--secondary add-body__submit">
          {t('outcomes.bodies.add')}
        </button>
      </div>
      {missing && (
        <p className="field__error" id={`${id}-missing`}>
          {t('outcomes.bodies.nameRequired')}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </form>
  )
}
