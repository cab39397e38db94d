import { useId, useRef, useState } from 'react'
import type { Body } from '../../../../shared/domain/entities.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'

export type ReceiverDraft = Pick<Body, 'name' | 'abbreviation' | 'kind' | 'contact' | 'answerBy'>

const KINDS: readonly Body['kind'][] = ['namnd', 'forvaltning', 'bolag', 'other']

const EMPTY: ReceiverDraft = { name: '', abbreviation: '', kind: 'namnd', contact: '', answerBy: null }

/** Add or edit one receiver: a nämnd or förvaltning, who to contact, and when it answers. */
export function ReceiverForm({
  initial,
  heading,
  submitLabel,
  onSubmit,
  onCancel
}: {
  initial?: ReceiverDraft
  heading: string
  submitLabel: string
  onSubmit: (draft: ReceiverDraft) => Promise<unknown>
  onCancel?: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<ReceiverDraft>(() =>
    initial
      ? { name: initial.name, abbreviation: initial.abbreviation, kind: initial.kind, contact: initial.contact, answerBy: initial.answerBy }
      : EMPTY
  )
  const [nameMissing, setNameMissing] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const nameRef = useRef<HTMLInputElement>(null)
  const id = useId()
  const set = (patch: Partial<ReceiverDraft>): void => setDraft((d) => ({ ...d, ...patch }))

  const submit = (e: React.FormEvent): void => {
    e.preventDefault()
    if (draft.name.trim() === '') {
      setNameMissing(true)
      nameRef.current?.focus()
      return
    }
    setBusy(true)
    setError(null)
    onSubmit({ ...draft, name: draft.name.trim() })
      .then(() => {
        if (!initial) {
          setDraft(EMPTY)
          nameRef.current?.focus()
        }
      })
      .catch((err: unknown) => setError(errorText(err)))
      .finally(() => setBusy(false))
  }

  return (
    <form className="receiver-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="setup-subheading">
        {heading}
      </h3>
      <div className="setup-fields">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('run.setup.anchoring.name')}
          </label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            data-receiver-name={initial ? undefined : ''}
            className="input"
            type="text"
            dir="auto"
            autoComplete="off"
            maxLength={200}
            value={draft.name}
            aria-invalid={nameMissing || undefined}
            aria-describedby={`${id}-name-hint${nameMissing ? ` ${id}-name-error` : ''}`}
            onChange={(e) => {
              set({ name: e.target.value })
              if (e.target.value.trim()) setNameMissing(false)
            }}
          />
          <p id={`${id}-name-hint`} className="field__hint">
            {t('run.setup.anchoring.nameHint')}
          </p>
          {nameMissing && (
            <p id={`${id}-name-error`} className="field__error">
              {t('run.setup.anchoring.nameRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-abbr`}>
            {t('run.setup.anchoring.abbreviation')}
          </label>
          <input
            id={`${id}-abbr`}
            className="input"
            type="text"
            autoComplete="off"
            maxLength={32}
            value={draft.abbreviation}
            onChange={(e) => set({ abbreviation: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t('run.setup.anchoring.kind')}
          </label>
          <select
            id={`${id}-kind`}
            className="input select"
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as Body['kind'] })}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`run.setup.anchoring.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-contact`}>
            {t('run.setup.anchoring.contactLabel')}
          </label>
          <input
            id={`${id}-contact`}
            className="input"
            type="text"
            autoComplete="off"
            maxLength={500}
            value={draft.contact}
            onChange={(e) => set({ contact: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-answer`}>
            {t('run.setup.anchoring.answerByLabel')}
          </label>
          <input
            id={`${id}-answer`}
            className="input"
            type="date"
            value={draft.answerBy ?? ''}
            aria-describedby={`${id}-answer-hint`}
            onChange={(e) => set({ answerBy: e.target.value === '' ? null : e.target.value })}
          />
          <p id={`${id}-answer-hint`} className="field__hint">
            {t('run.setup.anchoring.answerByHint')}
          </p>
        </div>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('run.setup.anchoring.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
