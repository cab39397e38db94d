import type { MethodTemplate } from '../../../../shared/methods/schema.ts'
import { anchoringStatus } from '../../../../shared/run/anchoring.ts'
import { useTranslation } from '../../i18n/index.ts'
import { hrefFor, navigate } from '../../router.ts'
import { useAppStore } from '../../store/index.ts'
import { findMethod, meetingToStart, type RunPlace } from '../run/model.ts'
import { StartMeeting } from '../run/StartMeeting.tsx'

type ItemState = 'done' | 'missing' | 'optional'

function Item({ label, state }: { label: string; state: ItemState }): React.JSX.Element {
  const { t } = useTranslation()
  const word = state === 'done' ? t('run.setup.start.itemDone') : state === 'missing' ? t('run.setup.start.itemMissing') : t('run.setup.start.itemOptional')
  return (
    <li className={`start-checklist__item start-checklist__item--${state}`}>
      <span className="start-checklist__mark" aria-hidden="true">
        {state === 'done' ? '✓' : state === 'missing' ? '!' : '–'}
      </span>
      <span className="start-checklist__label">{label}</span>
      <span className="start-checklist__state">{word}</span>
    </li>
  )
}

/** Beside the form: what is still missing, and the big button that starts the next meeting. */
export function StartPanel({
  docId,
  path,
  place,
  own,
  onAddReceiver
}: {
  docId: string
  path: string
  place: RunPlace
  own: readonly MethodTemplate[]
  onAddReceiver: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const bodyTable = useAppStore((s) => s.workshops[docId]?.entities?.body)
  const method = findMethod(place.workshop.methodId, own)
  const status = anchoringStatus({ workshop: place.workshop, bodies: Object.values(bodyTable ?? {}), meetings: place.meetings }, method)
  const running = place.meeting?.status === 'running' ? place.meeting : null
  const target = meetingToStart(place)
  const anchoringState: ItemState = status.satisfied || status.overridden ? 'done' : status.required ? 'missing' : 'optional'

  return (
    <aside className="setup__aside" aria-labelledby="setup-start-heading">
      <div className="card setup-start">
        <h2 id="setup-start-heading" className="card__heading">
          {t('run.setup.start.heading')}
        </h2>
        <h3 className="setup-subheading">{t('run.setup.start.checklist')}</h3>
        <ul className="start-checklist">
          <Item label={t('run.setup.start.itemTitle')} state={place.workshop.title.trim() ? 'done' : 'missing'} />
          <Item label={t('run.setup.start.itemLevel')} state={place.workshop.participationLevel ? 'done' : 'missing'} />
          <Item label={t('run.setup.start.itemAnchoring')} state={anchoringState} />
        </ul>
        {!place.workshop.participationLevel && <p className="field__hint">{t('run.setup.start.levelNote')}</p>}
        {running ? (
          <a className="button button--primary button--large" href={hrefFor({ name: 'workshop', path })}>
            {t('run.setup.start.continue', { n: place.meetingNumber })}
            <span className="directional" aria-hidden="true">→</span>
          </a>
        ) : target ? (
          <StartMeeting
            docId={docId}
            place={place}
            method={method}
            onAddReceiver={onAddReceiver}
            onStarted={() => navigate({ name: 'workshop', path })}
          />
        ) : (
          <>
            <p className="card__text">{t('run.setup.start.allDone')}</p>
            <a className="button button--secondary" href={hrefFor({ name: 'workshop', path })}>
              {t('run.setup.start.openWorkshop')}
            </a>
          </>
        )}
      </div>
    </aside>
  )
}
