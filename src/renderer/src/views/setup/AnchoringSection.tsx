import { forwardRef, useMemo, useState } from 'react'
import type { Body } from '../../../../shared/domain/entities.ts'
import type { MethodTemplate } from '../../../../shared/methods/schema.ts'
import { ANCHORING_WHY, anchoringStatus } from '../../../../shared/run/anchoring.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { formatIsoDate } from '../run/dates.ts'
import { findMethod, type RunPlace } from '../run/model.ts'
import { ReceiverForm, type ReceiverDraft } from './ReceiverForm.tsx'
import { Section } from './Section.tsx'

function ReceiverItem({ docId, body }: { docId: string; body: Body }): React.JSX.Element {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const [editing, setEditing] = useState(false)
  const name = body.abbreviation ? `${body.name} (${body.abbreviation})` : body.name
  if (editing) {
    return (
      <li className="receiver receiver--editing">
        <ReceiverForm
          initial={body}
          heading={t('run.setup.anchoring.editHeading')}
          submitLabel={t('run.setup.anchoring.save')}
          onSubmit={(patch) => mutate(docId, 'body.update', { docId, id: body.id, patch }).then(() => setEditing(false))}
          onCancel={() => setEditing(false)}
        />
      </li>
    )
  }
  return (
    <li className="receiver">
      <div className="receiver__text">
        <p className="receiver__name" dir="auto">
          {name}
        </p>
        <p className="receiver__meta">
          {t(`run.setup.anchoring.kinds.${body.kind}`)}
          {body.contact && (
            <>
              {' · '}
              <span dir="auto">{t('run.setup.anchoring.contact', { contact: body.contact })}</span>
            </>
          )}
        </p>
        <p className={`receiver__answer${body.answerBy ? '' : ' receiver__answer--missing'}`}>
          {body.answerBy
            ? t('run.setup.anchoring.answerBy', { date: formatIsoDate(body.answerBy, language) })
            : t('run.setup.anchoring.noAnswerBy')}
        </p>
      </div>
      <div className="receiver__actions">
        <button
          type="button"
          className="button button--quiet button--small"
          aria-label={t('run.setup.anchoring.editNamed', { name: body.name })}
          onClick={() => setEditing(true)}
        >
          {t('run.setup.anchoring.edit')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          aria-label={t('run.setup.anchoring.removeNamed', { name: body.name })}
          onClick={() =>
            void mutate(docId, 'body.remove', { docId, id: body.id })
              .then(() => announce(t('run.setup.anchoring.removed')))
              .catch((e: unknown) => pushToast({ kind: 'error', message: errorText(e) }))
          }
        >
          {t('run.setup.anchoring.remove')}
        </button>
      </div>
    </li>
  )
}

interface Props {
  docId: string
  place: RunPlace
  own: readonly MethodTemplate[]
}

/**
 * Who receives the results and by when they answer. Research circles and democracy labs must
 * name them before the first meeting: the ECAR lesson, explained here in full.
 */
export const AnchoringSection = forwardRef<HTMLElement, Props>(function AnchoringSection({ docId, place, own }, ref) {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const bodyTable = useAppStore((s) => s.workshops[docId]?.entities?.body)
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const bodies = useMemo(() => Object.values(bodyTable ?? {}).sort((a, b) => a.position - b.position), [bodyTable])
  const receivers = bodies.filter((b) => b.isReceiver)
  const others = bodies.filter((b) => !b.isReceiver)
  const method = findMethod(place.workshop.methodId, own)
  const status = anchoringStatus({ workshop: place.workshop, bodies, meetings: place.meetings }, method)

  const add = (draft: ReceiverDraft): Promise<unknown> =>
    mutate(docId, 'body.add', {
      docId,
      name: draft.name,
      abbreviation: draft.abbreviation,
      kind: draft.kind,
      contact: draft.contact,
      answerBy: draft.answerBy,
      isReceiver: true
    }).then(() => announce(t('run.setup.anchoring.added', { name: draft.name })))

  return (
    <Section
      ref={ref}
      id="setup-anchoring"
      heading={t('run.setup.anchoring.heading')}
      aside={
        status.required && !status.satisfied && !status.overridden ? (
          <span className="setup-badge setup-badge--missing">{t('run.setup.required')}</span>
        ) : undefined
      }
    >
      {status.required ? (
        <div className="anchoring-why">
          <p className="anchoring-why__lead">{t('run.setup.anchoring.requiredLead')}</p>
          <p>{ANCHORING_WHY[language]}</p>
        </div>
      ) : (
        <p className="field__hint">{t('run.setup.anchoring.optionalLead')}</p>
      )}
      <div className={`anchoring-status anchoring-status--${status.satisfied ? 'ok' : status.overridden ? 'overridden' : 'missing'}`} data-testid="anchoring-status">
        {status.satisfied ? (
          <p>
            <span aria-hidden="true">✓ </span>
            {t('run.setup.anchoring.satisfied')}
          </p>
        ) : (
          <>
            <p>{t('run.setup.anchoring.missingLead')}</p>
            <ul>
              {status.missing.map((m) => (
                <li key={m}>{t(`run.setup.anchoring.missing.${m}`)}</li>
              ))}
            </ul>
          </>
        )}
        {status.overridden && place.workshop.anchoringOverride && (
          <p dir="auto">{t('run.setup.anchoring.overridden', { reason: place.workshop.anchoringOverride })}</p>
        )}
      </div>
      <h3 className="setup-subheading">{t('run.setup.anchoring.receivers')}</h3>
      {receivers.length === 0 ? (
        <p className="card__empty">{t('run.setup.anchoring.noReceivers')}</p>
      ) : (
        <ul className="receivers">
          {receivers.map((b) => (
            <ReceiverItem key={b.id} docId={docId} body={b} />
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <>
          <h3 className="setup-subheading">{t('run.setup.anchoring.otherBodies')}</h3>
          <ul className="receivers">
            {others.map((b) => (
              <li key={b.id} className="receiver">
                <p className="receiver__name" dir="auto">
                  {b.name}
                </p>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() =>
                    void mutate(docId, 'body.update', { docId, id: b.id, patch: { isReceiver: true } }).catch((e: unknown) =>
                      pushToast({ kind: 'error', message: errorText(e) })
                    )
                  }
                >
                  {t('run.setup.anchoring.makeReceiver')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ReceiverForm heading={t('run.setup.anchoring.addHeading')} submitLabel={t('run.setup.anchoring.add')} onSubmit={add} />
    </Section>
  )
})
