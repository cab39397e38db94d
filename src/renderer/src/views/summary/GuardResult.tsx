import { useId } from 'react'
import { getCommand, isEnabled, runCommand } from '../../commands/index.ts'
import { useTranslation } from '../../i18n/index.ts'
import { selectEntities, useAppStore } from '../../store/index.ts'
import { maskExcerpt, maskMatch } from '../report/mask.ts'
import type { SummaryCheck } from './useSummaryCheck.ts'

type Hit = SummaryCheck['hits'][number]

/** How many finds are listed; the rest are counted (the privacy review lists them all). */
const SHOWN = 8
const PRIVACY_COMMAND = 'privacy.open'
const WHERE = ['sticky', 'cluster', 'countermeasure', 'note', 'proposal', 'question', 'meeting', 'phase', 'workshop', 'correction'] as const

interface Props {
  docId: string
  check: SummaryCheck | null
  pending: boolean
  pseudonymise: boolean
  onPseudonymise: (on: boolean) => void
  /** Close the dialog before going elsewhere to fix the finds. */
  onLeave: () => void
  checkboxRef: React.Ref<HTMLInputElement>
}

function useWhere(docId: string): (hit: Hit) => string {
  const { t } = useTranslation()
  const tables = useAppStore(selectEntities(docId))
  return (hit) => {
    const { entity, id } = hit.source
    const known = (WHERE as readonly string[]).includes(entity) ? (entity as (typeof WHERE)[number]) : 'other'
    const base = t(`summary.guard.where.${known}`)
    if (entity !== 'sticky') return base
    const phaseId = tables?.sticky[id]?.phaseId
    const phase = phaseId ? tables?.phase[phaseId]?.title : undefined
    return phase ? `${base} · ${phase}` : base
  }
}

/**
 * The personal-data guard over everything the summary would print. Nothing can be exported
 * while it finds something, unless every find is pseudonymised in the output.
 */
export function GuardResult(props: Props): React.JSX.Element {
  const { docId, check, pending, pseudonymise, onPseudonymise, onLeave, checkboxRef } = props
  const { t } = useTranslation()
  const id = useId()
  const where = useWhere(docId)
  const fix = getCommand(PRIVACY_COMMAND)
  const hits = check?.hits ?? []
  const count = check?.hitCount ?? 0

  let status: React.JSX.Element
  if (!check) status = <p className="summary-guard__status">{t('summary.guard.checking')}</p>
  else if (count === 0)
    status = (
      <p className="summary-guard__status summary-guard__status--ok">
        <span aria-hidden="true" className="summary-icon">
          ✓
        </span>
        {t('summary.guard.clean')}
      </p>
    )
  else
    status = (
      <p className="summary-guard__status summary-guard__status--found">
        <span aria-hidden="true" className="summary-icon">
          !
        </span>
        {t('summary.guard.found', { count })}
      </p>
    )

  return (
    <section className="summary-box summary-guard" aria-labelledby={`${id}-title`} aria-busy={pending}>
      <h3 className="summary-box__title" id={`${id}-title`}>
        {t('summary.guard.legend')}
      </h3>
      <div aria-live="polite">{status}</div>
      {count > 0 && (
        <>
          <p className="field__hint">{t('summary.guard.masked')}</p>
          <ul className="summary-hits" aria-label={t('summary.guard.listLabel')}>
            {hits.slice(0, SHOWN).map((h, i) => {
              const same = hits.filter((o) => o.source.entity === h.source.entity && o.source.id === h.source.id && o.source.field === h.source.field)
              return (
                <li key={i} className="summary-hit">
                  <span className="summary-hit__kind">{t(`summary.guard.kinds.${h.kind}`)}</span>
                  <span className="summary-hit__where" dir="auto">
                    {where(h)}
                  </span>
                  <span className="summary-hit__match" dir="auto">
                    {maskMatch(h.kind, h.match)}
                  </span>
                  <span className="summary-hit__excerpt" dir="auto">
                    {maskExcerpt(h.excerpt, same)}
                  </span>
                </li>
              )
            })}
          </ul>
          {count > SHOWN && <p className="field__hint">{t('summary.guard.more', { count: count - SHOWN })}</p>}
          <label className="summary-check">
            <input
              ref={checkboxRef}
              type="checkbox"
              className="summary-check__box"
              checked={pseudonymise}
              aria-describedby={`${id}-pseudo-hint`}
              onChange={(e) => onPseudonymise(e.target.checked)}
            />
            <span className="summary-check__text">
              <span className="summary-check__label">{t('summary.guard.pseudonymise')}</span>
              <span className="field__hint" id={`${id}-pseudo-hint`}>
                {t('summary.guard.pseudonymiseHint')}
              </span>
            </span>
          </label>
          {!pseudonymise && <p className="summary-guard__blocked">{t('summary.guard.blocked')}</p>}
          {fix && isEnabled(fix) && (
            <button
              type="button"
              className="button button--quiet summary-guard__fix"
              onClick={() => {
                onLeave()
                runCommand(PRIVACY_COMMAND)
              }}
            >
              {t('summary.guard.fixInPanel')}
            </button>
          )}
        </>
      )}
    </section>
  )
}
