import { useState } from 'react'
import type { MethodTemplate } from '../../../../shared/methods/schema.ts'
import { phasesOf } from '../../../../shared/run/navigation.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { findMethod, type RunPlace } from '../run/model.ts'
import { AutosaveField } from './AutosaveField.tsx'
import { Section } from './Section.tsx'

const GENERAL = 'general'

/** The meetings with date and place; a circle adds meetings as it goes. */
export function MeetingsSection({ docId, place, own }: { docId: string; place: RunPlace; own: readonly MethodTemplate[] }): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const method = findMethod(place.workshop.methodId, own)
  const [from, setFrom] = useState(GENERAL)
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })
  const update = (id: string, patch: { title?: string; date?: string | null; place?: string }): Promise<unknown> =>
    mutate(docId, 'meeting.update', { docId, id, patch })

  const add = (): void => {
    const templateMeetingIndex = from === GENERAL ? undefined : Number(from)
    mutate(docId, 'meeting.add', { docId, templateMeetingIndex })
      .then(() => announce(t('run.setup.meetings.added')))
      .catch(fail)
  }

  return (
    <Section id="setup-meetings" heading={t('run.setup.meetings.heading')}>
      <p className="field__hint">
        {place.meetings.length > 1 || (method && method.meetings.length > 1)
          ? t('run.setup.meetings.introCircle')
          : t('run.setup.meetings.intro')}
      </p>
      <ol className="meetings">
        {place.meetings.map((m, i) => {
          const n = i + 1
          const count = phasesOf(place.allPhases, m.id).length
          return (
            <li key={m.id} className="meetings__item">
              <div className="meetings__head">
                <h3 className="setup-subheading">{t('run.setup.meetings.number', { n })}</h3>
                <span className={`status-tag status-tag--${m.status}`}>{t(`run.meetingStatus.${m.status}`)}</span>
                <span className="meetings__count">{t('run.setup.meetings.phases', { count })}</span>
                {m.status === 'planned' && place.meetings.length > 1 && (
                  <button
                    type="button"
                    className="button button--quiet button--small meetings__remove"
                    onClick={() =>
                      void mutate(docId, 'meeting.remove', { docId, id: m.id })
                        .then(() => announce(t('run.setup.meetings.removed')))
                        .catch(fail)
                    }
                  >
                    {t('run.setup.meetings.remove', { n })}
                  </button>
                )}
              </div>
              <div className="meetings__fields">
                <AutosaveField
                  id={`meeting-${m.id}-title`}
                  label={t('run.setup.meetings.titleLabel', { n })}
                  value={m.title}
                  maxLength={200}
                  errorText={errorText}
                  onSave={(title) => update(m.id, { title })}
                />
                <AutosaveField
                  id={`meeting-${m.id}-date`}
                  type="date"
                  label={t('run.setup.meetings.dateLabel', { n })}
                  value={m.date ?? ''}
                  errorText={errorText}
                  onSave={(date) => update(m.id, { date: date === '' ? null : date })}
                />
                <AutosaveField
                  id={`meeting-${m.id}-place`}
                  label={t('run.setup.meetings.placeLabel', { n })}
                  value={m.place}
                  errorText={errorText}
                  onSave={(value) => update(m.id, { place: value })}
                />
              </div>
            </li>
          )
        })}
      </ol>
      <div className="field meetings__add">
        <label className="field__label" htmlFor="setup-meeting-from">
          {t('run.setup.meetings.addFrom')}
        </label>
        <div className="input-row">
          <select id="setup-meeting-from" className="input select" value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value={GENERAL}>{t('run.setup.meetings.general')}</option>
            {method?.meetings.map((m, i) => (
              <option key={i} value={String(i)}>
                {m[place.workshop.language].title}
              </option>
            ))}
          </select>
          <button type="button" className="button button--secondary" onClick={add}>
            <span aria-hidden="true">+</span>
            {t('run.setup.meetings.add')}
          </button>
        </div>
      </div>
    </Section>
  )
}
