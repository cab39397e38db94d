import { useId, useMemo, useState } from 'react'
import type { Body, Proposal, Response } from '../../../../shared/domain/entities.ts'
import { DECISION_LABELS } from '../../../../shared/outcomes/labels.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { AnswerForm } from './AnswerForm.tsx'
import { formatIsoDate } from './dates.ts'
import { localToday, useLang, useOrdered, useTable } from './useTables.ts'

function AnswerRow({ docId, proposal, body, response }: { docId: string; proposal: Proposal; body: Body; response: Response | null }): React.JSX.Element {
  const { t } = useTranslation()
  const lang = useLang()
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const [editing, setEditing] = useState(false)
  const who = body.abbreviation || body.name
  const answered = response !== null && response.decision !== 'not_answered'
  const late = !answered && body.answerBy !== null && localToday() > body.answerBy
  const state = answered ? 'answered' : late ? 'overdue' : 'open'

  return (
    <li className={`answer-row answer-row--${state}`} data-answer-body={body.id}>
      <div className="answer-row__head">
        <span className="answer-row__who" dir="auto" title={body.name}>
          {body.abbreviation ? `${body.abbreviation} – ${body.name}` : body.name}
        </span>
        <span className={`status-badge status-badge--${state}`}>
          <span aria-hidden="true" className="status-badge__icon">
            {state === 'answered' ? '✓' : state === 'overdue' ? '!' : '○'}
          </span>
          {state === 'answered' && response
            ? t('outcomes.answers.decided', {
                decision: DECISION_LABELS[lang][response.decision],
                date: response.date ? formatIsoDate(response.date, lang) : t('outcomes.answers.noDate')
              })
            : state === 'overdue'
              ? t('outcomes.answers.lateSince', { date: formatIsoDate(body.answerBy ?? '', lang) })
              : t('outcomes.answers.waiting')}
        </span>
        {!editing && (
          <span className="answer-row__actions">
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t(response ? 'outcomes.answers.editFor' : 'outcomes.answers.recordFor', { body: body.name })}
              onClick={() => setEditing(true)}
            >
              {response ? t('outcomes.answers.edit') : t('outcomes.answers.record')}
            </button>
            {response && (
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={t('outcomes.answers.removeFor', { body: body.name })}
                onClick={() =>
                  void mutate(docId, 'response.remove', { docId, id: response.id })
                    .then(() => announce(t('outcomes.answers.removed', { body: who })))
                    .catch((e: unknown) => pushToast({ kind: 'error', message: errorText(e) }))
                }
              >
                {t('outcomes.common.remove')}
              </button>
            )}
          </span>
        )}
      </div>
      {!editing && response && (response.commitment || response.responsible || response.due) && (
        <dl className="answer-row__details">
          {response.commitment && (
            <div>
              <dt>{t('outcomes.answers.commitment')}</dt>
              <dd dir="auto">{response.commitment}</dd>
            </div>
          )}
          {response.responsible && (
            <div>
              <dt>{t('outcomes.answers.responsible')}</dt>
              <dd dir="auto">{response.responsible}</dd>
            </div>
          )}
          {response.due && (
            <div>
              <dt>{t('outcomes.answers.due')}</dt>
              <dd dir="auto">{response.due}</dd>
            </div>
          )}
        </dl>
      )}
      {editing && <AnswerForm docId={docId} proposal={proposal} body={body} response={response} onDone={() => setEditing(false)} />}
    </li>
  )
}

/** Each recommendation with a line per receiver: its answer, or a button to record it. */
export function AnswersByRecommendation({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const proposals = useOrdered(docId, 'proposal')
  const bodies = useTable(docId, 'body')
  const responses = useTable(docId, 'response')
  const headingId = useId()
  const responseOf = useMemo(() => {
    const map = new Map<string, Response>()
    for (const r of Object.values(responses)) map.set(`${r.proposalId}:${r.bodyId}`, r)
    return map
  }, [responses])

  return (
    <section className="answers-list" aria-labelledby={headingId}>
      <h3 id={headingId} className="subsection-heading">
        {t('outcomes.answers.byRecommendation')}
      </h3>
      {proposals.length === 0 ? (
        <p className="card__empty">{t('outcomes.answers.noRecommendations')}</p>
      ) : (
        <ol className="answers-list__items">
          {proposals.map((p, i) => {
            const receivers = p.receiverIds.map((id) => bodies[id]).filter((b): b is Body => b !== undefined)
            return (
              <li key={p.id} className="answer-block" data-proposal-id={p.id}>
                <p className="answer-block__text" dir="auto">
                  <span className="answer-block__n">{i + 1}.</span> {p.text}
                </p>
                {p.theme && <p className="answer-block__theme">{t('outcomes.answers.theme', { theme: p.theme })}</p>}
                {receivers.length === 0 ? (
                  <p className="proposal__warning">
                    <span aria-hidden="true">! </span>
                    {t('outcomes.proposals.noReceiverYet')}
                  </p>
                ) : (
                  <ul className="answer-block__rows">
                    {receivers.map((b) => (
                      <AnswerRow key={b.id} docId={docId} proposal={p} body={b} response={responseOf.get(`${p.id}:${b.id}`) ?? null} />
                    ))}
                  </ul>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
