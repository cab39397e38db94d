import { useEffect, useId, useRef, useState } from 'react'
import type { ParticipantMode, ParticipantStatus } from '../../../../shared/participants/schemas.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { rotateJoinCode, setParticipantMode, stopParticipants } from './actions.ts'
import { useInbox } from './inbox.ts'
import { JoinDetails } from './JoinDetails.tsx'
import { ModeChoice } from './ModeChoice.tsx'

type Busy = 'mode' | 'rotate' | 'stop' | null

/**
 * Phones may join: the code, QR code and address; how many phones are here; and the facilitator's
 * controls. Stopping asks once, since every phone loses contact at that moment.
 */
export function RunningPanel({
  docId,
  status,
  focusOnMount
}: {
  docId: string
  status: ParticipantStatus
  focusOnMount: boolean
}): React.JSX.Element {
  const { t } = useTranslation()
  const statusRef = useRef<HTMLParagraphElement>(null)
  const rotateHintId = useId()
  const stopRef = useRef<HTMLButtonElement>(null)
  const waiting = useInbox(docId).length
  const [busy, setBusy] = useState<Busy>(null)
  const [error, setError] = useState<UiError | null>(null)
  const [confirmStop, setConfirmStop] = useState(false)
  // The choice shows at once; the core's answer (or the old mode, if it fails) follows.
  const [askedMode, setAskedMode] = useState<ParticipantMode | null>(null)
  const live = useRef(true)

  useEffect(() => {
    live.current = true
    if (focusOnMount) statusRef.current?.focus()
    return () => {
      live.current = false
    }
    // Only on mount: the focus follows the switch from "off" to "on", not later re-renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const run = async (what: Exclude<Busy, null>, act: () => Promise<unknown>): Promise<void> => {
    if (busy) return
    setBusy(what)
    setError(null)
    try {
      await act()
    } catch (e) {
      if (live.current) setError(toUiError(e))
    } finally {
      if (live.current) setBusy(null)
    }
  }

  const cancelStop = (): void => {
    setConfirmStop(false)
    // The button is back after this render; give it the focus the confirmation had.
    requestAnimationFrame(() => stopRef.current?.focus())
  }

  return (
    <div className="pt-running">
      <p className="pt-running__status" ref={statusRef} tabIndex={-1}>
        <span className="pt-running__check" aria-hidden="true">
          ✓
        </span>
        {t('participants.running.status')}
      </p>
      {status.joinPaused && (
        <p className="pt-warning" role="alert">
          {t('participants.running.paused')}
        </p>
      )}
      <JoinDetails status={status} />
      <div className="pt-running__facts">
        <p className="pt-devices">
          <strong>
            {status.connectedDevices === 0
              ? t('participants.running.devicesNone')
              : t('participants.running.devices', { count: status.connectedDevices })}
          </strong>{' '}
          {status.joinedDevices > 0 && t('participants.running.joined', { count: status.joinedDevices })}
        </p>
        {status.mode === 'controlled' && waiting > 0 && <p className="pt-muted">{t('participants.running.inboxWaiting', { count: waiting })}</p>}
        <p className="pt-muted">{t('participants.running.projector')}</p>
      </div>
      <div className="pt-running__controls">
        <ModeChoice
          mode={busy === 'mode' && askedMode ? askedMode : status.mode}
          onChange={(mode: ParticipantMode) => {
            // Not disabled while busy: a radio that is disabled under the keyboard drops the focus.
            if (busy) return
            setAskedMode(mode)
            void run('mode', () => setParticipantMode(docId, mode))
          }}
        />
        <div className="pt-running__actions">
          <div className="pt-action">
            <button
              type="button"
              className="button button--secondary"
              aria-describedby={rotateHintId}
              aria-busy={busy === 'rotate'}
              onClick={() => void run('rotate', () => rotateJoinCode(docId))}
            >
              {t('participants.running.rotate')}
            </button>
            <p className="pt-option__hint" id={rotateHintId}>
              {t('participants.running.rotateHint')}
            </p>
          </div>
          {confirmStop ? (
            <div
              className="confirm pt-confirm"
              role="group"
              aria-label={t('participants.running.stop')}
              onKeyDown={(e) => {
                if (e.key !== 'Escape') return
                // Esc answers "no" here instead of closing the whole dialog.
                e.preventDefault()
                e.stopPropagation()
                cancelStop()
              }}
            >
              <p className="confirm__question">{t('participants.running.stopQuestion')}</p>
              <div className="pt-confirm__buttons">
                <button
                  type="button"
                  className="button pt-danger"
                  autoFocus
                  aria-busy={busy === 'stop'}
                  onClick={() => void run('stop', () => stopParticipants(docId))}
                >
                  {t('participants.running.stopConfirm')}
                </button>
                <button type="button" className="button button--secondary" onClick={cancelStop}>
                  {t('participants.running.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <div className="pt-action">
              <button ref={stopRef} type="button" className="button pt-danger-outline" onClick={() => setConfirmStop(true)}>
                <span aria-hidden="true" className="button__icon">
                  ■
                </span>
                {t('participants.running.stop')}
              </button>
            </div>
          )}
        </div>
        {error && <ErrorMessage lead={t('participants.dialog.failed')} error={error} />}
      </div>
    </div>
  )
}
