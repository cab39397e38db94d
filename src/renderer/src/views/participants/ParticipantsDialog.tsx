import { useEffect, useId, useRef } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { selectEntities, selectParticipants, selectWorkshopRow, useAppStore } from '../../store/index.ts'
import { RunningPanel } from './RunningPanel.tsx'
import { SetupForm } from './SetupForm.tsx'
import { useModalDialog } from '../../components/useModalDialog.ts'
import { DialogHead } from '../../components/DialogHead.tsx'

interface Props {
  docId: string
  onClose: () => void
}

/** Whether the meeting on screen is running: phones can only write during a running meeting. */
function useMeetingRunning(docId: string): boolean {
  return useAppStore((s) => {
    const meetingId = selectWorkshopRow(docId)(s)?.currentMeetingId
    return meetingId ? selectEntities(docId)(s)?.meeting[meetingId]?.status === 'running' : false
  })
}

/**
 * "Låt deltagare vara med": off, it explains what residents' phones can do and asks for the
 * network and where notes go; on, it shows the code, the QR code and the address large enough to
 * read out, the phones connected, and the ways to change the code or the mode or to stop. A native
 * modal dialog: the focus stays inside, Esc closes it (phones stay joined), and the focus returns.
 */
export function ParticipantsDialog({ docId, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const titleId = useId()
  const status = useAppStore(selectParticipants(docId))
  const meetingRunning = useMeetingRunning(docId)
  const running = status?.running ?? false
  // The first state shown is not a change; after that, switching on or off moves the focus to the new content.
  const shownBefore = useRef<boolean | null>(null)
  const switched = shownBefore.current !== null && shownBefore.current !== running
  useEffect(() => {
    shownBefore.current = running
  }, [running])

  useModalDialog(ref, titleRef)

  return (
    <dialog ref={ref} className="dialog pt-dialog" aria-labelledby={titleId} onClose={onClose}>
      <DialogHead titleId={titleId} titleRef={titleRef} title={t('participants.dialog.title')} closeLabel={t('participants.dialog.close')} onClose={onClose} />
      <div className="dialog__body pt-dialog__body">
        {!meetingRunning && <p className="pt-note">{t('participants.dialog.noMeeting')}</p>}
        {status === null ? (
          <p className="pt-muted" aria-busy="true">
            {t('participants.network.loading')}
          </p>
        ) : running ? (
          <RunningPanel docId={docId} status={status} focusOnMount={switched} />
        ) : (
          <SetupForm docId={docId} initialMode={status.mode} focusOnMount={switched} />
        )}
      </div>
    </dialog>
  )
}
