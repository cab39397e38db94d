import { useId, useState } from 'react'
import type { Body, Proposal, Response } from '../../../../shared/domain/entities.ts'
import type { Decision } from '../../../../shared/domain/enums.ts'
import { DECISION_LABELS } from '../../../../shared/outcomes/labels.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { localToday, useLang } from './useTables.ts'

const DECISIONS: readonly Decision[] = ['agreed', 'partly', 'not_agreed', 'not_answered']

/**
 * Record one receiver's answer to one recommendation: when, what they decided, what they commit to,
 * who is responsible and by when. Recording again replaces the earlier answer.
 */
export function AnswerForm({
  docId,
  proposal,
  body,
  response,
  onDone
}: {
  docId: string
  proposal: Proposal
  body: Body
  response: Response | null
  onDone: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const lang = useLang()
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const [date, setDate] = useState(response?.date ?? localToday())
  const [decision, setDecision] = useState<Decision>(response?.decision ?? 'agreed')
  const [commitment, setCommitment] = useState(response?.commitment ?? '')
  const [responsible, setResponsible] = useState(response?.responsible ?? '')
  const [due, setDue] = useState(response?.due ?? '')
  const [error, setError] = useState<UiError | null>(null)
  const [saving, setSaving] = useState(false)
  const id = useId()
  const who = body.abbreviation || body.name

  const submit = (): void => {
    setSaving(true)
    setError(null)
    mutate(docId, 'response.record', {
      docId,
      proposalId: proposal.id,
      bodyId: body.id,
      date: date || null,
      decision,
      commitment,
      responsible,
      due
    })
      .then(() => {
        announce(t('outcomes.answers.recorded', { body: who }))
        onDone()
      })
      .catch((e: unknown) => setError(toUiError(e)))
      .finally(() => setSaving(false))
  }

  return (
    <form
      className="answer-form"
      aria-label={t('outcomes.answers.formLabel', { body: body.name })}
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          e.stopPropagation()
          onDone()
        }
      }}
    >
      <div className="answer-form__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-date`}>
            {t('outcomes.answers.date')}
          </label>
          <input id={`${id}-date`} type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <fieldset className="answer-form__decision">
          <legend className="field__label">{t('outcomes.answers.decision')}</legend>
          <div className="answer-form__choices">
            {DECISIONS.map((d) => (
              <label key={d} className="choice">
                <input type="radio" name={`${id}-decision`} checked={decision === d} onChange={() => setDecision(d)} />
                <span>{DECISION_LABELS[lang][d]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-commitment`}>
          {t('outcomes.answers.commitment')}
        </label>
        <textarea
          id={`${id}-commitment`}
          className="input"
          rows={3}
          dir="auto"
          maxLength={20_000}
          value={commitment}
          onChange={(e) => setCommitment(e.target.value)}
        />
      </div>
      <div className="answer-form__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-responsible`}>
            {t('outcomes.answers.responsible')}
          </label>
          <input id={`${id}-responsible`} className="input" dir="auto" maxLength={500} value={responsible} onChange={(e) => setResponsible(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-due`}>
            {t('outcomes.answers.due')}
          </label>
          <input id={`${id}-due`} className="input" dir="auto" maxLength={500} value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
      </div>
      {error && <ErrorMessage error={error} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('outcomes.answers.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('outcomes.common.cancel')}
        </button>
      </div>
    </form>
  )
}
