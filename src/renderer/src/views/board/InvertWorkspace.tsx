import { useMemo, useState } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { fail, setHappening } from './actions.ts'
import { Countermeasures } from './Countermeasures.tsx'
import { ItemSummary } from './ItemSummary.tsx'
import { itemKey, priorityOf, usePhaseItems } from './items.ts'

/**
 * TRIZ step 3: for each fear that is already happening, the first step that stops it, with who
 * owns it and by when. Each countermeasure stays linked to its item, so the pair travels into the
 * effect chain and the report. Items the room voted for come first.
 */
export function InvertWorkspace({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const { items, data, phase, itemsPhase } = usePhaseItems(docId, phaseId)
  const anyHappening = items.some((i) => i.happening)
  const [showAll, setShowAll] = useState(false)
  const priority = useMemo(() => (data && phase ? priorityOf(data, phase) : null), [data, phase])
  const shown = useMemo(() => {
    const list = showAll || !anyHappening ? items : items.filter((i) => i.happening)
    if (!priority) return list
    return [...list].sort((a, b) => (priority.get(itemKey(b.type, b.id)) ?? 0) - (priority.get(itemKey(a.type, a.id)) ?? 0))
  }, [items, showAll, anyHappening, priority])

  return (
    <section className="items" aria-labelledby="items-heading">
      <div className="wall__header">
        <h2 id="items-heading" className="wall__heading">
          {t('board.measures.pageHeading')}
        </h2>
        <span className="wall__count">{t('board.items.count', { count: shown.length })}</span>
      </div>
      {itemsPhase && itemsPhase.id !== phaseId && <p className="items__source">{t('board.items.from', { phase: itemsPhase.title })}</p>}
      <div className="items__filter">
        {anyHappening ? (
          <label className="board-check">
            <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
            <span>{t('board.measures.showAll', { count: items.length })}</span>
          </label>
        ) : (
          items.length > 0 && <p className="field__hint">{t('board.measures.noneHappening')}</p>
        )}
        {priority && <p className="field__hint">{t('board.measures.byVotes')}</p>}
      </div>
      {shown.length === 0 ? (
        <p className="wall__empty">{t('board.items.none')}</p>
      ) : (
        <ol className="items__list items__list--invert">
          {shown.map((item) => {
            const headingId = `measure-item-${item.type}-${item.id}`
            return (
              <li key={`${item.type}:${item.id}`} className={`item item--invert${item.happening ? ' item--happening' : ''}`} aria-labelledby={headingId} data-item-type={item.type} data-item-id={item.id}>
                <div className="item__left">
                  <ItemSummary item={item} headingId={headingId} dots={priority ? (priority.get(itemKey(item.type, item.id)) ?? 0) : undefined} />
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-pressed={item.happening}
                    onClick={() => setHappening(docId, item, !item.happening).catch(fail)}
                  >
                    {item.happening ? t('board.happening.isMarked') : t('board.happening.markButton')}
                  </button>
                </div>
                <Countermeasures docId={docId} item={item} />
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
