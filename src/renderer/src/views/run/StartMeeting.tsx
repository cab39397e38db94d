import { useEffect, useId, useRef, useState } from 'react'
import { ApiError } from '../../../../shared/api/errors.ts'
import type { MethodTemplate } from '../../../../shared/methods/schema.ts'
import { ANCHORING_WHY, anchoringStatus, type AnchoringMissing } from '../../../../shared/run/anchoring.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { startMeeting } from './actions.ts'
import { meetingToStart, type RunPlace } from './model.ts'

interface Props {
  docId: string
  place: RunPlace
  method: MethodTemplate | undefined
  /** Where the missing receivers are added: a link to the set-up page, or a focus on this page. */
  onAddReceiver: () => void
  onStarted?: () => void
  className?: string
}

const MISSING_PATHS: Record<string, AnchoringMissing> = { bodies: 'receiver', 'bodies.answerBy': 'answerBy' }

/**
 * "Starta träff N". For research circles and democracy labs the first meeting waits for a
 * receiver with an answer-by date; the refusal explains why (the ECAR lesson) and offers a way
 * to start anyway, with a reason that is kept for the report.
 */
export function StartMeeting({ docId, place, method, onAddReceiver, onStarted, className }: Props): React.JSX.Element | null {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const bodies = useAppStore((s) => s.workshops[docId]?.entities?.body)
  const [blocked, setBlocked] = useState<readonly AnchoringMissing[] | null>(null)
  const [overriding, setOverriding] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonMissing, setReasonMissing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const ids = useId()
  const target = meetingToStart(place)
  const status = anchoringStatus({ workshop: place.workshop, bodies: Object.values(bodies ?? {}), meetings: place.meetings }, method)

  // Once the missing receiver is named, the explanation has done its job.
  const settled = status.satisfied || status.overridden
  useEffect(() => {
    if (blocked && settled) {
      setBlocked(null)
      setOverriding(false)
    }
  }, [blocked, settled])
  useEffect(() => {
    if (blocked) panelRef.current?.focus()
  }, [blocked])
  useEffect(() => {
    if (overriding) reasonRef.current?.focus()
  }, [overriding])

  if (!target) return null

  const run = async (why?: string): Promise<void> => {
    setError(null)
    setBusy(true)
    try {
      await startMeeting(docId, target.meeting.id, target.number, why)
      setBlocked(null)
      setOverriding(false)
      onStarted?.()
    } catch (e) {
      if (e instanceof ApiError && e.code === 'conflict' && e.issues?.some((i) => i.path in MISSING_PATHS)) {
        setBlocked(e.issues.map((i) => MISSING_PATHS[i.path]).filter(Boolean))
      } else setError(toUiError(e))
    } finally {
      setBusy(false)
    }
  }

  const onStart = (): void => {
    if (status.blocksStart) setBlocked(status.missing)
    else void run()
  }

  const onOverride = (e: React.FormEvent): void => {
    e.preventDefault()
    if (reason.trim() === '') {
      setReasonMissing(true)
      reasonRef.current?.focus()
      return
    }
    void run(reason.trim())
  }

  return (
    <div className={`start-meeting ${className ?? ''}`}>
      <button
        type="button"
        className="button button--primary button--large start-meeting__button"
        disabled={busy}
        aria-describedby={blocked ? `${ids}-blocked` : undefined}
        onClick={onStart}
      >
        {busy ? t('run.start.starting') : t('run.setup.start.startMeeting', { n: target.number })}
        <span aria-hidden="true">▶</span>
      </button>
      {error && <ErrorMessage error={error} />}
      {blocked && (
        <div
          ref={panelRef}
          tabIndex={-1}
          className="anchoring-block"
          id={`${ids}-blocked`}
          role="group"
          aria-labelledby={`${ids}-lead`}
        >
          <p id={`${ids}-lead`} className="anchoring-block__lead">
            {t('run.start.blockedLead')}
          </p>
          <p className="anchoring-block__why">{ANCHORING_WHY[language]}</p>
          <p className="anchoring-block__missing-lead">{t('run.start.missingLead')}</p>
          <ul className="anchoring-block__missing">
            {blocked.map((m) => (
              <li key={m}>{t(`run.setup.anchoring.missing.${m}`)}</li>
            ))}
          </ul>
          {!overriding && (
            <div className="form__actions">
              <button type="button" className="button button--primary" onClick={onAddReceiver}>
                {t('run.start.toSetup')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setOverriding(true)}>
                {t('run.start.overrideOpen')}
              </button>
            </div>
          )}
          {overriding && (
            <form className="form anchoring-block__override" onSubmit={onOverride} noValidate>
              <div className="field">
                <label className="field__label" htmlFor={`${ids}-reason`}>
                  {t('run.start.overrideLabel')}
                </label>
                <textarea
                  ref={reasonRef}
                  id={`${ids}-reason`}
                  className="input textarea"
                  rows={2}
                  maxLength={500}
                  value={reason}
                  aria-invalid={reasonMissing || undefined}
                  aria-describedby={`${ids}-reason-hint${reasonMissing ? ` ${ids}-reason-error` : ''}`}
                  onChange={(e) => {
                    setReason(e.target.value)
                    if (e.target.value.trim()) setReasonMissing(false)
                  }}
                />
                <p id={`${ids}-reason-hint`} className="field__hint">
                  {t('run.start.overrideHint')}
                </p>
                {reasonMissing && (
                  <p id={`${ids}-reason-error`} className="field__error">
                    {t('run.start.overrideRequired')}
                  </p>
                )}
              </div>
              <div className="form__actions">
                <button type="submit" className="button button--primary" disabled={busy}>
                  {t('run.start.overrideConfirm')}
                </button>
                <button type="button" className="button button--quiet" onClick={() => setOverriding(false)}>
                  {t('run.start.cancel')}
                </button>
              </div>
            </form>
          )}
        </div>
      )}
    </div>
  )
}
