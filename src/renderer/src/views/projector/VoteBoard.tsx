import type { ProjectorContent, ProjectorVoteItem } from '../../../../shared/projector/schema.ts'
import type { ScreenT } from './screenText.ts'

type Vote = Extract<ProjectorContent, { kind: 'vote' }>

/** Places with ties shared (1, 2, 2, 4): the room should not read an order into equal counts. */
export function ranks(items: readonly ProjectorVoteItem[]): number[] {
  const out: number[] = []
  items.forEach((item, i) => {
    out.push(i > 0 && item.total === items[i - 1].total ? out[i - 1] : i + 1)
  })
  return out
}

export const itemKey = (i: Pick<ProjectorVoteItem, 'targetType' | 'targetId'>): string => `${i.targetType}:${i.targetId}`

/**
 * While the dots are being placed: what there is to vote on, no counts. Once revealed: the ranking
 * as bars with the number written beside each, so no one has to judge lengths from the back row.
 */
export function VoteBoard({ vote, t }: { vote: Vote; t: ScreenT }): React.JSX.Element {
  if (vote.items.length === 0) return <p className="pj-empty">{t('projector.vote.empty')}</p>
  if (!vote.revealed) {
    return (
      <ul className="pj-vote-items">
        {vote.items.map((item) => (
          <li key={itemKey(item)} className={`pj-vote-item${item.withheld ? ' pj-vote-item--withheld' : ''}`} data-item={itemKey(item)} dir="auto">
            {item.label}
          </li>
        ))}
      </ul>
    )
  }
  const max = Math.max(1, ...vote.items.map((i) => i.total ?? 0))
  const places = ranks(vote.items)
  return (
    <ol className="pj-bars">
      {vote.items.map((item, i) => {
        const total = item.total ?? 0
        return (
          <li key={itemKey(item)} className="pj-bar" data-item={itemKey(item)}>
            <span className="pj-bar__rank" aria-label={t('projector.vote.rank', { rank: places[i] })}>
              {places[i]}
            </span>
            <span className={`pj-bar__label${item.withheld ? ' pj-bar__label--withheld' : ''}`} dir="auto">
              {item.label}
            </span>
            <span className="pj-bar__track" aria-hidden="true">
              <span className="pj-bar__fill" style={{ width: `${(total / max) * 100}%` }} />
            </span>
            <span className="pj-bar__total">{t('projector.vote.total', { count: total })}</span>
          </li>
        )
      })}
    </ol>
  )
}
