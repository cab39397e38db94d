import { useId, useState } from 'react'
import type { ScanHit } from '../../../../shared/api/methods/privacy.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { useWhere } from './useWhere.ts'
import { HitActions } from './HitActions.tsx'

type Style = 'pseudonym' | 'placeholder'

/**
 * "Sök efter personuppgifter": every personal identity number, phone number, e-mail address and
 * listed name in the workshop's free text, where it is, and a way to replace it — one at a time,
 * or all at once after a second click that says how many.
 */
export function ScanResults({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const api = useAppStore((s) => s.api)
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const where = useWhere(docId)
  const [hits, setHits] = useState<ScanHit[] | null>(null)
  const [truncated, setTruncated] = useState(false)
  const [busy, setBusy] = useState(false)
  const [confirmAll, setConfirmAll] = useState<Style | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const id = useId()

  const scan = async (): Promise<ScanHit[]> => {
    if (!api) return []
    const result = await api.call('privacy.scan', { docId })
    setHits(result.hits)
    setTruncated(result.truncated)
    return result.hits
  }

  const run = (work: () => Promise<void>): void => {
    setBusy(true)
    setError(null)
    work()
      .catch((e: unknown) => setError(toUiError(e)))
      .finally(() => setBusy(false))
  }

  const resolve = (hit: ScanHit, style: Style): void =>
    run(async () => {
      await mutate(docId, 'privacy.resolve', { docId, entity: hit.entity, id: hit.id, field: hit.field, start: hit.start, end: hit.end, style })
      announce(t('outcomes.pii.replaced'))
      await scan()
    })

  const resolveAll = (style: Style): void =>
    run(async () => {
      const { replaced } = await mutate(docId, 'privacy.resolveAll', { docId, style })
      setConfirmAll(null)
      announce(t('outcomes.privacy.replacedAll', { count: replaced }))
      await scan()
    })

  return (
    <section className="privacy-card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="privacy-card__heading">
        {t('outcomes.privacy.scanHeading')}
      </h3>
      <p className="privacy-card__text">{t('outcomes.privacy.scanIntro')}</p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const found = await scan()
              announce(t('outcomes.privacy.found', { count: found.length }))
            })
          }
        >
          {t('outcomes.privacy.scan')}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      {hits !== null && (
        <div className="scan-results" aria-live="off">
          <p className="scan-results__summary">
            {hits.length === 0 ? t('outcomes.privacy.noneFound') : t('outcomes.privacy.found', { count: hits.length })}
            {truncated && ` ${t('outcomes.privacy.truncated')}`}
          </p>
          {hits.length > 0 && (
            <>
              <ul className="pii-flags__list">
                {hits.map((hit) => (
                  <li key={`${hit.entity}:${hit.id}:${hit.field}:${hit.start}`} className="pii-hit">
                    <span className="pii-hit__what">
                      <span className="pii-hit__kind">{t(`outcomes.pii.kinds.${hit.kind}`)}</span>
                      <span className="pii-hit__match" dir="auto">
                        {hit.match}
                      </span>
                      <span className="pii-hit__where" dir="auto">
                        {where(hit)}
                      </span>
                    </span>
                    <HitActions kind={hit.kind} match={hit.match} busy={busy} onResolve={(style) => resolve(hit, style)} />
                  </li>
                ))}
              </ul>
              {confirmAll ? (
                <div className="confirm" role="group" aria-label={t('outcomes.privacy.replaceAll')}>
                  <p>{t(`outcomes.privacy.confirmAll.${confirmAll}`, { count: hits.length })}</p>
                  <div className="form__actions">
                    <button type="button" className="button button--primary" disabled={busy} onClick={() => resolveAll(confirmAll)}>
                      {t('outcomes.privacy.confirmYes')}
                    </button>
                    <button type="button" className="button button--quiet" onClick={() => setConfirmAll(null)}>
                      {t('outcomes.common.cancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <div className="form__actions">
                  <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirmAll('pseudonym')}>
                    {t('outcomes.privacy.replaceAllPseudonym')}
                  </button>
                  <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirmAll('placeholder')}>
                    {t('outcomes.privacy.replaceAllPlaceholder')}
                  </button>
                </div>
              )}
            </>
          )}
        </div>
      )}
    </section>
  )
}
