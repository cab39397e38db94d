import { useId, useMemo, useRef, useState } from 'react'
import type { Question } from '../../../../shared/domain/entities.ts'
import { carryForward, type CarryForward } from '../../../../shared/run/carry-forward.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, useShallow } from '../../store/index.ts'
import { useRunPlace } from './useRunPlace.ts'

/** Themes and open questions from the meetings before `meetingId`, kept current by events. */
function useCarried(docId: string, meetingId: string | null): { carried: CarryForward; own: Question[]; meetingTitles: Map<string, string> } {
  const [meetings, phases, clusters, questions] = useAppStore(
    useShallow((s) => {
      const e = s.workshops[docId]?.entities
      return e ? [e.meeting, e.phase, e.cluster, e.question] : []
    })
  )
  return useMemo(() => {
    const data = {
      meetings: Object.values(meetings ?? {}),
      phases: Object.values(phases ?? {}),
      clusters: Object.values(clusters ?? {}),
      questions: Object.values(questions ?? {})
    }
    return {
      carried: meetingId ? carryForward(data, meetingId) : { themes: [], questions: [] },
      own: data.questions.filter((q) => q.meetingId === meetingId).sort((a, b) => a.position - b.position),
      meetingTitles: new Map(data.meetings.map((m) => [m.id, m.title]))
    }
  }, [meetings, phases, clusters, questions, meetingId])
}

function QuestionItem({ docId, question, from }: { docId: string; question: Question; from?: string }): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })
  return (
    <li className={`carry__question${question.resolved ? ' carry__question--resolved' : ''}`}>
      <span className="carry__question-text" dir="auto">
        {question.text}
        {from && <span className="carry__from"> · {from}</span>}
      </span>
      {!question.resolved && (
        <button
          type="button"
          className="button button--quiet button--small"
          aria-label={t('run.carry.resolveNamed', { text: question.text })}
          onClick={() =>
            void mutate(docId, 'question.update', { docId, id: question.id, patch: { resolved: true } })
              .then(() => announce(t('run.carry.resolved')))
              .catch(fail)
          }
        >
          <span aria-hidden="true">✓</span>
          {t('run.carry.resolve')}
        </button>
      )}
    </li>
  )
}

/** What a circle's next meeting starts from: earlier themes and unresolved questions. */
export function CarryForwardSummary({ docId, meetingId, headingLevel = 2 }: { docId: string; meetingId: string; headingLevel?: 2 | 3 }): React.JSX.Element {
  const { t } = useTranslation()
  const { carried, meetingTitles } = useCarried(docId, meetingId)
  const H = headingLevel === 2 ? 'h2' : 'h3'
  const Sub = headingLevel === 2 ? 'h3' : 'h4'
  const id = useId()
  return (
    <section className="carry" aria-labelledby={id}>
      <H id={id} className="carry__heading">
        {t('run.carry.heading')}
      </H>
      <div className="carry__columns">
        <div>
          <Sub className="carry__subheading">{t('run.carry.themes')}</Sub>
          {carried.themes.length === 0 ? (
            <p className="carry__empty">{t('run.carry.noThemes')}</p>
          ) : (
            <ul className="carry__themes">
              {carried.themes.map((theme) => (
                <li key={theme.clusterId} className="carry__theme">
                  <span dir="auto">{theme.title}</span>
                  <span className="carry__from" dir="auto">
                    {t('run.carry.themeFrom', { meeting: meetingTitles.get(theme.meetingId) ?? '' })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <Sub className="carry__subheading">{t('run.carry.questions')}</Sub>
          {carried.questions.length === 0 ? (
            <p className="carry__empty">{t('run.carry.noQuestions')}</p>
          ) : (
            <ul className="carry__questions">
              {carried.questions.map((q) => (
                <QuestionItem key={q.id} docId={docId} question={q} from={meetingTitles.get(q.meetingId)} />
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  )
}

function AddQuestion({ docId, meetingId }: { docId: string; meetingId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const [text, setText] = useState('')
  const ref = useRef<HTMLTextAreaElement>(null)
  const id = useId()
  const submit = (e: React.SyntheticEvent): void => {
    e.preventDefault()
    const value = text.trim()
    if (!value) return
    mutate(docId, 'question.add', { docId, meetingId, text: value })
      .then(() => {
        setText('')
        announce(t('run.carry.added'))
        ref.current?.focus()
      })
      .catch((err: unknown) => pushToast({ kind: 'error', message: errorText(err) }))
  }
  return (
    <form className="form carry__add" onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('run.carry.addLabel')}
        </label>
        <textarea
          ref={ref}
          id={id}
          className="input textarea"
          rows={2}
          maxLength={2000}
          value={text}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e)
          }}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('run.carry.addHint')}
        </p>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={text.trim() === ''}>
          {t('run.carry.add')}
        </button>
      </div>
    </form>
  )
}

/** The side panel: what came before, and this meeting's own open questions to carry on. */
export function CarryForwardPanel({ docId }: { docId: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  const place = useRunPlace(docId)
  const meetingId = place?.meeting?.id ?? null
  const { own, carried } = useCarried(docId, meetingId)
  if (!place?.meeting || !meetingId) return null
  const first = place.meetingNumber === 1
  return (
    <div className="carry-panel">
      {first && carried.themes.length === 0 && carried.questions.length === 0 ? (
        <p className="carry__empty">{t('run.carry.firstMeeting')}</p>
      ) : (
        <CarryForwardSummary docId={docId} meetingId={meetingId} headingLevel={3} />
      )}
      <section className="carry" aria-labelledby="carry-own-heading">
        <h3 id="carry-own-heading" className="carry__heading">
          {t('run.carry.thisMeeting')}
        </h3>
        {own.length === 0 ? (
          <p className="carry__empty">{t('run.carry.noQuestions')}</p>
        ) : (
          <ul className="carry__questions">
            {own.map((q) => (
              <QuestionItem key={q.id} docId={docId} question={q} />
            ))}
          </ul>
        )}
        <AddQuestion docId={docId} meetingId={meetingId} />
      </section>
    </div>
  )
}
