import { useTranslation } from '../../i18n/index.ts'
import { hrefFor, navigate } from '../../router.ts'
import { useAppStore } from '../../store/index.ts'
import { useTemplates } from '../templates/useTemplates.ts'
import { formatIsoDate } from './dates.ts'
import { errorText } from '../../components/errorText.ts'
import { goToPhase } from './actions.ts'
import { findMethod, meetingToStart, otherRunningMeeting, type RunPlace } from './model.ts'
import { StartMeeting } from './StartMeeting.tsx'

/**
 * Above the prompt when the room is not inside a running meeting: the meeting has not started
 * yet (start it here), or it is finished (what comes next).
 */
export function MeetingState(props: { docId: string; place: RunPlace; path: string }): React.JSX.Element | null {
  const status = props.place.meeting?.status
  // Templates are fetched only while there is something to start.
  return status === 'planned' || status === 'done' ? <MeetingStateCard {...props} /> : null
}

function MeetingStateCard({ docId, place, path }: { docId: string; place: RunPlace; path: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const pushToast = useAppStore((s) => s.pushToast)
  const { templates } = useTemplates()
  const meeting = place.meeting
  if (!meeting) return null
  const method = findMethod(
    place.workshop.methodId,
    templates.map((e) => e.template)
  )
  // Looking back at a finished meeting while a later one runs: the way back comes first.
  const running = meeting.status === 'done' ? otherRunningMeeting(place) : null
  const next = running ? null : meetingToStart(place)
  const toSetup = (): void => navigate({ name: 'setup', path })
  const nextLine =
    meeting.status === 'done' && next
      ? next.meeting.date
        ? t('run.start.nextUpDate', { title: next.meeting.title, date: formatIsoDate(next.meeting.date, language) })
        : t('run.start.nextUp', { title: next.meeting.title })
      : null

  return (
    <section className={`meeting-state meeting-state--${meeting.status}`} aria-labelledby="meeting-state-heading">
      <h2 id="meeting-state-heading" className="meeting-state__heading">
        {meeting.status === 'planned'
          ? t('run.start.notStarted', { n: place.meetingNumber })
          : t('run.start.finished', { n: place.meetingNumber })}
      </h2>
      {meeting.status === 'planned' && <p className="meeting-state__text">{t('run.start.notStartedHint')}</p>}
      {nextLine && (
        <p className="meeting-state__text" dir="auto">
          {nextLine}
        </p>
      )}
      {running?.phase && (
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => {
            if (running.phase) void goToPhase(docId, running.phase.id).catch((e: unknown) => pushToast({ kind: 'error', message: errorText(e) }))
          }}
        >
          {t('run.start.backTo', { n: running.number })}
          <span aria-hidden="true">→</span>
        </button>
      )}
      {meeting.status === 'done' && !next && !running && (
        <p className="meeting-state__text">
          {t('run.start.noneLeft')} <a href={hrefFor({ name: 'setup', path })}>{t('run.start.addMeeting')}</a>
        </p>
      )}
      {!running && <StartMeeting docId={docId} place={place} method={method} onAddReceiver={toSetup} />}
    </section>
  )
}
