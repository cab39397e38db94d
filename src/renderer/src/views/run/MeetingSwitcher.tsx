import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { formatIsoDate } from './dates.ts'
import type { RunPlace } from './model.ts'

/** A circle's meetings with dates and status; choosing one shows its phases in the rail. */
export function MeetingSwitcher({
  place,
  shownId,
  onShow
}: {
  place: RunPlace
  shownId: string | null
  onShow: (meetingId: string) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  return (
    <div className="meeting-switcher">
      <h2 id="meeting-switcher-heading" className="phase-rail__heading">
        {t('run.rail.meetings')}
      </h2>
      <ul className="meeting-switcher__list" aria-labelledby="meeting-switcher-heading">
        {place.meetings.map((m, i) => (
          <li key={m.id}>
            <button
              type="button"
              className={`meeting-switcher__item meeting-switcher__item--${m.status}`}
              aria-pressed={m.id === shownId}
              aria-current={m.id === place.meeting?.id ? 'true' : undefined}
              onClick={() => onShow(m.id)}
            >
              <span className="meeting-switcher__title" dir="auto" title={m.title}>
                {t('run.rail.meetingLabel', { n: i + 1, title: m.title })}
              </span>
              <span className="meeting-switcher__meta">
                {m.date ? formatIsoDate(m.date, language) : t('run.rail.meetingNoDate')} · {t(`run.meetingStatus.${m.status}`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
