import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { finishMeeting, stepPhase } from './actions.ts'
import { atLastPhase, canGoNext, canGoPrevious, type RunPlace } from './model.ts'
import { ShortcutHint } from './ShortcutHint.tsx'

/** Previous / next phase, and at the last phase, finishing the meeting. Going back loses nothing. */
export function PhaseNav({ docId, place }: { docId: string; place: RunPlace }): React.JSX.Element | null {
  const { t } = useTranslation()
  const pushToast = useAppStore((s) => s.pushToast)
  if (place.meeting?.status !== 'running') return null
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })
  const meetingId = place.meeting.id
  return (
    <nav className="phase-nav" aria-label={t('run.nav.label')}>
      <button
        type="button"
        className="button button--secondary button--large"
        disabled={!canGoPrevious(place)}
        aria-keyshortcuts="Control+ArrowLeft PageUp"
        onClick={() => void stepPhase(docId, -1).catch(fail)}
      >
        <span className="directional" aria-hidden="true">←</span>
        {t('run.nav.previous')}
        <ShortcutHint commandId="run.previous" />
      </button>
      {atLastPhase(place) ? (
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => void finishMeeting(docId, meetingId).catch(fail)}
        >
          {t('run.nav.finish')}
          <span aria-hidden="true">✓</span>
        </button>
      ) : (
        <button
          type="button"
          className="button button--primary button--large"
          disabled={!canGoNext(place)}
          aria-keyshortcuts="Control+ArrowRight PageDown"
          onClick={() => void stepPhase(docId, 1).catch(fail)}
        >
          {t('run.nav.next')}
          <span className="directional" aria-hidden="true">→</span>
          <ShortcutHint commandId="run.next" />
        </button>
      )}
      {atLastPhase(place) && <p className="phase-nav__note">{t('run.nav.lastPhase')}</p>}
    </nav>
  )
}
