import { useId, useMemo } from 'react'
import { answersOverview, type AnswerStatus, type ReceiverAnswers } from '../../../../shared/outcomes/answers.ts'
import { ANSWER_STATUS_LABELS, DECISION_LABELS } from '../../../../shared/outcomes/labels.ts'
import { useTranslation } from '../../i18n/index.ts'
import { excerpt } from '../notes/ReferencePicker.tsx'
import { formatIsoDate } from './dates.ts'
import { localToday, useLang, useTable } from './useTables.ts'

// Status is told by a word and a symbol as well as a colour, so it survives a grey projector.
const ICON: Record<AnswerStatus, string> = { answered: '✓', open: '○', overdue: '!' }

function ReceiverCard({ receiver }: { receiver: ReceiverAnswers }): React.JSX.Element {
  const { t } = useTranslation()
  const lang = useLang()
  const headingId = useId()
  const { body, counts, items } = receiver
  return (
    <li className={`receiver-card${receiver.overdue ? ' receiver-card--overdue' : ''}`} data-receiver-id={body.id}>
      <div className="receiver-card__head">
        <h4 id={headingId} className="receiver-card__name" dir="auto">
          {body.abbreviation ? (
            <>
              <span className="receiver-card__abbr">{body.abbreviation}</span> {body.name}
            </>
          ) : (
            body.name
          )}
        </h4>
        <p className="receiver-card__due">
          {body.answerBy ? t('outcomes.answers.answerBy', { date: formatIsoDate(body.answerBy, lang) }) : t('outcomes.answers.noAnswerBy')}
        </p>
      </div>
      {receiver.overdue ? (
        <p className="status-badge status-badge--overdue">
          <span aria-hidden="true" className="status-badge__icon">
            {ICON.overdue}
          </span>
          {t('outcomes.answers.overdueCount', { count: counts.overdue })}
        </p>
      ) : counts.total > 0 && counts.answered === counts.total ? (
        <p className="status-badge status-badge--answered">
          <span aria-hidden="true" className="status-badge__icon">
            {ICON.answered}
          </span>
          {t('outcomes.answers.allAnswered')}
        </p>
      ) : (
        <p className="status-badge status-badge--open">
          <span aria-hidden="true" className="status-badge__icon">
            {ICON.open}
          </span>
          {t('outcomes.answers.openCount', { count: counts.open })}
        </p>
      )}
      <p className="receiver-card__counts">{t('outcomes.answers.answeredOf', { answered: counts.answered, total: counts.total })}</p>
      {items.length > 0 && (
        <ul className="receiver-card__items">
          {items.map((item) => (
            <li key={item.proposal.id} className={`answer-item answer-item--${item.status}`}>
              <span className="answer-item__status">
                <span aria-hidden="true">{ICON[item.status]}</span> {ANSWER_STATUS_LABELS[lang][item.status]}
                {item.response && item.status === 'answered' && `: ${DECISION_LABELS[lang][item.response.decision]}`}
              </span>
              <span className="answer-item__text" dir="auto">
                {excerpt(item.proposal.text, 100)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

/**
 * Who has answered, and who has not by the agreed date: each receiver's recommendations with
 * their state. Overdue receivers come first; the state is computed here from the open file and
 * today's local date, so it is right the moment an answer is recorded.
 */
export function AnswersOverview({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const bodies = useTable(docId, 'body')
  const proposals = useTable(docId, 'proposal')
  const responses = useTable(docId, 'response')
  const headingId = useId()
  const today = localToday()
  const overview = useMemo(
    () => answersOverview({ bodies: Object.values(bodies), proposals: Object.values(proposals), responses: Object.values(responses) }, today),
    [bodies, proposals, responses, today]
  )
  const receivers = [...overview.receivers].sort((a, b) => Number(b.overdue) - Number(a.overdue))
  return (
    <section className="answers-overview" aria-labelledby={headingId}>
      <h3 id={headingId} className="subsection-heading">
        {t('outcomes.answers.overviewHeading')}
      </h3>
      {receivers.length === 0 ? (
        <p className="card__empty">{t('outcomes.answers.noReceivers')}</p>
      ) : (
        <ul className="receiver-cards">
          {receivers.map((r) => (
            <ReceiverCard key={r.body.id} receiver={r} />
          ))}
        </ul>
      )}
      {overview.unaddressed.length > 0 && (
        <p className="proposal__warning">
          <span aria-hidden="true">! </span>
          {t('outcomes.answers.unaddressed', { count: overview.unaddressed.length })}
        </p>
      )}
    </section>
  )
}
