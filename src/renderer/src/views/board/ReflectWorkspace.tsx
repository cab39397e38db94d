import { memo } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { fail, setHappening } from './actions.ts'
import { lastFocused } from './boardUi.ts'
import { ItemSummary } from './ItemSummary.tsx'
import { usePhaseItems, type Item } from './items.ts'

/** Items focus as a whole: arrows go to the next, H toggles the mark (as does the button). */
export function onItemKeys(e: React.KeyboardEvent<HTMLElement>): void {
  if (e.target !== e.currentTarget) return
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
  const next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling
  if (next instanceof HTMLElement) {
    e.preventDefault()
    next.focus()
  }
}

const ReflectItem = memo(function ReflectItem({ docId, item }: { docId: string; item: Item }): React.JSX.Element {
  const { t } = useTranslation()
  const headingId = `item-${item.type}-${item.id}`
  return (
    <li
      className={`item${item.happening ? ' item--happening' : ''}`}
      tabIndex={0}
      aria-labelledby={headingId}
      data-item-type={item.type}
      data-item-id={item.id}
      onKeyDown={onItemKeys}
      onFocus={() => {
        lastFocused.item = { type: item.type, id: item.id }
      }}
    >
      <ItemSummary item={item} headingId={headingId} />
      <button
        type="button"
        className={`button ${item.happening ? 'button--primary' : 'button--secondary'} item__toggle`}
        aria-pressed={item.happening}
        onClick={() => setHappening(docId, item, !item.happening).catch(fail)}
      >
        {item.happening ? t('board.happening.isMarked') : t('board.happening.markButton')}
      </button>
    </li>
  )
})

/**
 * Reflection: go through the dystopia item by item and mark what is already happening. The mark
 * is a word ("Händer redan") and a symbol, not a colour only, and it travels to countermeasures,
 * effect chains and the report.
 */
export function ReflectWorkspace({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const { items, itemsPhase } = usePhaseItems(docId, phaseId)
  const marked = items.filter((i) => i.happening).length
  return (
    <section className="items" aria-labelledby="items-heading">
      <div className="wall__header">
        <h2 id="items-heading" className="wall__heading">
          {t('board.happening.heading')}
        </h2>
        <span className="wall__count">{t('board.happening.count', { marked, count: items.length })}</span>
      </div>
      {itemsPhase && itemsPhase.id !== phaseId && <p className="items__source">{t('board.items.from', { phase: itemsPhase.title })}</p>}
      <p className="field__hint">{t('board.happening.hint')}</p>
      {items.length === 0 ? (
        <p className="wall__empty">{t('board.items.none')}</p>
      ) : (
        <ol className="items__list">
          {items.map((item) => (
            <ReflectItem key={`${item.type}:${item.id}`} docId={docId} item={item} />
          ))}
        </ol>
      )}
    </section>
  )
}
