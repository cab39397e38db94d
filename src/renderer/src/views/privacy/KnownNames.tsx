import { useId, useMemo, useState } from 'react'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { useTable } from '../outcomes/useTables.ts'

/**
 * The optional list of participants' names, so the guard can find them in notes. Kept only if the
 * facilitator wants it, and only in this workshop file; never shown on the projector or printed.
 */
export function KnownNames({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const table = useTable(docId, 'knownName')
  const names = useMemo(() => Object.values(table).sort((a, b) => a.name.localeCompare(b.name, 'sv')), [table])
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const [name, setName] = useState('')
  const [error, setError] = useState<UiError | null>(null)
  const id = useId()

  return (
    <section className="privacy-card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="privacy-card__heading">
        {t('outcomes.privacy.namesHeading')}
      </h3>
      <p className="privacy-card__text">{t('outcomes.privacy.namesWhy')}</p>
      {names.length > 0 && (
        <ul className="known-names">
          {names.map((k) => (
            <li key={k.id} className="known-names__item">
              <span dir="auto">{k.name}</span>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={t('outcomes.privacy.removeName', { name: k.name })}
                onClick={() =>
                  void mutate(docId, 'knownName.remove', { docId, id: k.id }).catch((e: unknown) => pushToast({ kind: 'error', message: errorText(e) }))
                }
              >
                {t('outcomes.common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          const value = name.trim()
          if (!value) return
          setError(null)
          mutate(docId, 'knownName.add', { docId, name: value })
            .then(() => setName(''))
            .catch((err: unknown) => setError(toUiError(err)))
        }}
      >
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('outcomes.privacy.nameLabel')}
        </label>
        <div className="input-row">
          <input
            id={`${id}-name`}
            className="input"
            dir="auto"
            autoComplete="off"
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button button--secondary">
            {t('outcomes.common.add')}
          </button>
        </div>
        {error && <ErrorMessage error={error} />}
      </form>
    </section>
  )
}
