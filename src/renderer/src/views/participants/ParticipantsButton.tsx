import { useEffect } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { selectParticipants, useAppStore } from '../../store/index.ts'
import { useInboxArrivals } from './inbox.ts'
import { ParticipantsDialog } from './ParticipantsDialog.tsx'
import { participantsUi } from './participantsUi.ts'

/**
 * The top bar's "Deltagare": whether phones may join now and how many are connected, at a glance
 * (on/off in words, not by colour alone), and the dialog it opens. While the workshop is open it
 * also follows the participant server and tells screen readers when a note reaches the inbox.
 */
export function ParticipantsButton({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const status = useAppStore(selectParticipants(docId))
  const watch = useAppStore((s) => s.watchParticipants)
  const open = participantsUi.useOpen()
  useEffect(() => watch(docId), [watch, docId])
  useInboxArrivals(docId)
  // Leaving the workshop closes the dialog, so it does not spring open on the next one.
  useEffect(() => () => participantsUi.close(), [])

  const running = status?.running ?? false
  const devices = status?.connectedDevices ?? 0
  return (
    <>
      <button
        type="button"
        className="button button--secondary participants-button"
        aria-haspopup="dialog"
        data-state={running ? 'on' : 'off'}
        onClick={participantsUi.open}
      >
        <span>{t('participants.button.label')}</span>
        <span className={`participants-pill participants-pill--${running ? 'on' : 'off'}`}>
          <span className="participants-pill__dot" aria-hidden="true" />
          <span>{running ? t('participants.button.on') : t('participants.button.off')}</span>
          {running && (
            <>
              <span aria-hidden="true" className="participants-pill__count">
                · {devices}
              </span>
              <span className="visually-hidden">{`, ${t('participants.button.devices', { count: devices })}`}</span>
              {status?.joinPaused && <span className="participants-pill__warn">{`, ${t('participants.button.paused')}`}</span>}
            </>
          )}
        </span>
      </button>
      {open && <ParticipantsDialog docId={docId} onClose={participantsUi.close} />}
    </>
  )
}
