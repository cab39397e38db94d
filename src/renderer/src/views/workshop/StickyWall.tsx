import { useCallback } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, useShallow, selectCurrentPhase, selectPhaseStickyIds } from '../../store/index.ts'
import { StickyCard } from './StickyCard.tsx'

/**
 * The current phase's notes as a wall of cards. The wall subscribes to the ordered ids only;
 * each card selects its own note, so an edit re-renders one card, not the wall.
 */
export function StickyWall({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const phaseId = useAppStore((s) => selectCurrentPhase(docId)(s)?.id ?? null)
  const ids = useAppStore(useShallow(selectPhaseStickyIds(docId, phaseId)))
  const requestFocus = useAppStore((s) => s.requestFocus)
  const focusCapture = useCallback(() => requestFocus('capture'), [requestFocus])

  return (
    <section className="wall" aria-labelledby="wall-heading">
      <div className="wall__header">
        <h2 id="wall-heading" className="wall__heading">
          {t('stickies.heading')}
        </h2>
        <span className="wall__count">{t('stickies.count', { count: ids.length })}</span>
      </div>
      {ids.length === 0 ? (
        <p className="wall__empty">{t('stickies.empty')}</p>
      ) : (
        <ul className="wall__grid" aria-labelledby="wall-heading">
          {ids.map((id) => (
            <StickyCard key={id} docId={docId} id={id} onEmptied={focusCapture} movable={false} />
          ))}
        </ul>
      )}
    </section>
  )
}
