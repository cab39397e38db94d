import { useTranslation } from '../../i18n/index.ts'
import type { Item } from './items.ts'

const NOTES_SHOWN = 5

/** What a dystopia item says: a cluster's name and some of its notes, or a note's text. */
export function ItemSummary({ item, headingId, dots }: { item: Item; headingId: string; dots?: number | null }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="item__summary">
      <p className="item__kind">
        {item.type === 'cluster' ? t('board.items.cluster', { count: item.notes.length }) : t('board.items.note')}
        {dots !== undefined && dots !== null && <span className="item__dots">{t('board.items.dots', { count: dots })}</span>}
      </p>
      <h3 id={headingId} className="item__title" dir="auto">
        {item.title}
      </h3>
      {item.notes.length > 0 && (
        <ul className="item__notes">
          {item.notes.slice(0, NOTES_SHOWN).map((text, i) => (
            <li key={i} dir="auto">
              {text}
            </li>
          ))}
          {item.notes.length > NOTES_SHOWN && <li className="item__more">{t('board.items.more', { count: item.notes.length - NOTES_SHOWN })}</li>}
        </ul>
      )}
      <div className="item__badges">
        {item.happening && (
          <span className="badge badge--happening">
            <span aria-hidden="true">⚠ </span>
            {t('board.happening.mark')}
          </span>
        )}
        {item.hidden && <span className="badge">{t('stickies.hidden')}</span>}
      </div>
    </div>
  )
}
