import { useId, useMemo, useState } from 'react'
import type { Feedback } from '../../../../shared/domain/entities.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { AutoField } from './AutoField.tsx'
import { localToday, useTable } from './useTables.ts'

function FeedbackItem({ docId, item }: { docId: string; item: Feedback }): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })
  const update = (patch: Partial<Pick<Feedback, 'date' | 'channel' | 'text'>>): Promise<unknown> =>
    mutate(docId, 'feedback.update', { docId, id: item.id, patch })
  const name = item.date ?? t('outcomes.feedback.undated')
  return (
    <li className="feedback-item">
      <input
        type="date"
        className="input feedback-item__date"
        value={item.date ?? ''}
        aria-label={t('outcomes.feedback.dateOf', { name })}
        onChange={(e) => void update({ date: e.target.value || null }).catch(fail)}
      />
      <AutoField
        value={item.channel}
        maxLength={500}
        label={t('outcomes.feedback.channelOf', { name })}
        placeholder={t('outcomes.feedback.channelPlaceholder')}
        onCommit={(channel) => update({ channel })}
        className="input feedback-item__channel"
      />
      <AutoField
        value={item.text}
        multiline
        label={t('outcomes.feedback.textOf', { name })}
        onCommit={(text) => update({ text })}
        className="feedback-item__text"
      />
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label={t('outcomes.feedback.removeOf', { name })}
        onClick={() => void mutate(docId, 'feedback.remove', { docId, id: item.id }).catch(fail)}
      >
        {t('outcomes.common.remove')}
      </button>
    </li>
  )
}

/**
 * "Återkoppling till cirkeln": how and when participants were told what the nämnder answered —
 * the step that closes the loop, and that the report must be able to show was taken.
 */
export function FeedbackList({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const table = useTable(docId, 'feedback')
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const items = useMemo(() => Object.values(table).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.createdAt - b.createdAt), [table])
  const [date, setDate] = useState(localToday())
  const [channel, setChannel] = useState('')
  const [text, setText] = useState('')
  const [error, setError] = useState<UiError | null>(null)
  const id = useId()

  return (
    <section className="feedback" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="subsection-heading">
        {t('outcomes.feedback.heading')}
      </h3>
      <p className="card__text">{t('outcomes.feedback.intro')}</p>
      {items.length === 0 ? (
        <p className="card__empty">{t('outcomes.feedback.empty')}</p>
      ) : (
        <ul className="feedback__list">
          {items.map((item) => (
            <FeedbackItem key={item.id} docId={docId} item={item} />
          ))}
        </ul>
      )}
      <form
        className="feedback__form"
        onSubmit={(e) => {
          e.preventDefault()
          setError(null)
          mutate(docId, 'feedback.add', { docId, date: date || null, channel, text })
            .then(() => {
              setChannel('')
              setText('')
              announce(t('outcomes.feedback.added'))
            })
            .catch((err: unknown) => setError(toUiError(err)))
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-date`}>
            {t('outcomes.feedback.date')}
          </label>
          <input id={`${id}-date`} type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-channel`}>
            {t('outcomes.feedback.channel')}
          </label>
          <input
            id={`${id}-channel`}
            className="input"
            dir="auto"
            maxLength={500}
            placeholder={t('outcomes.feedback.channelPlaceholder')}
            value={channel}
            onChange={(e) => setChannel(e.target.value)}
          />
        </div>
        <div className="field feedback__form-text">
          <label className="field__label" htmlFor={`${id}-text`}>
            {t('outcomes.feedback.text')}
          </label>
          <textarea id={`${id}-text`} className="input" rows={2} dir="auto" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--secondary">
            {t('outcomes.feedback.add')}
          </button>
        </div>
        {error && <ErrorMessage error={error} />}
      </form>
    </section>
  )
}
