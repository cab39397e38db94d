import { useId } from 'react'
import type { PiiHit } from '../../../../shared/text/pii.ts'
import { useTranslation } from '../../i18n/index.ts'
import { HitActions } from '../privacy/HitActions.tsx'

/**
 * Personal data the guard sees in the open note, each with a way to replace it. Names can get a
 * pseudonym ("Deltagare A", the same person the same letter everywhere); numbers and addresses
 * only a neutral placeholder, since no stand-in for them means anything.
 */
export function NoteFlags({
  hits,
  onResolve,
  busy
}: {
  hits: readonly PiiHit[]
  onResolve: (hit: PiiHit, style: 'pseudonym' | 'placeholder') => void
  busy: boolean
}): React.JSX.Element | null {
  const { t } = useTranslation()
  const headingId = useId()
  if (hits.length === 0) return null
  return (
    <section className="pii-flags" aria-labelledby={headingId}>
      <h3 id={headingId} className="pii-flags__heading">
        <span aria-hidden="true" className="pii-flags__icon">
          !
        </span>
        {t('outcomes.pii.inNote', { count: hits.length })}
      </h3>
      <p className="pii-flags__text">{t('outcomes.pii.inNoteHint')}</p>
      <ul className="pii-flags__list">
        {hits.map((hit) => (
          <li key={`${hit.start}-${hit.kind}`} className="pii-hit">
            <span className="pii-hit__what">
              <span className="pii-hit__kind">{t(`outcomes.pii.kinds.${hit.kind}`)}</span>
              <span className="pii-hit__match" dir="auto">
                {hit.match}
              </span>
            </span>
            <HitActions kind={hit.kind} match={hit.match} busy={busy} onResolve={(style) => onResolve(hit, style)} />
          </li>
        ))}
      </ul>
    </section>
  )
}
