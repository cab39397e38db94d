import type { RankedItem } from '../../../../shared/board/votes.ts'
import { useTranslation } from '../../i18n/index.ts'

/**
 * The ranking as a bar chart that is also a list: each bar has its number written beside it, and
 * the row reads as "1. Otrygga gångtunnlar, 12 prickar", so nothing depends on seeing the bar.
 */
export function VoteResults({ ranking }: { ranking: readonly RankedItem[] }): React.JSX.Element {
  const { t } = useTranslation()
  const max = Math.max(1, ...ranking.map((r) => r.total))
  const total = ranking.reduce((n, r) => n + r.total, 0)
  // Items without a dot are listed apart, folded: the room looks at what got dots.
  const withDots = ranking.filter((r) => r.total > 0)
  const without = ranking.filter((r) => r.total === 0)
  let place = 0
  let previous = -1
  return (
    <section className="results" aria-labelledby="results-heading">
      <div className="wall__header">
        <h3 id="results-heading" className="results__heading">
          {t('board.vote.resultsHeading')}
        </h3>
        <span className="wall__count">{t('board.vote.totalDots', { count: total })}</span>
      </div>
      <ol className="results__list">
        {withDots.map((r, i) => {
          // Equal totals share a place: 1, 2, 2, 4.
          if (r.total !== previous) place = i + 1
          previous = r.total
          const split = r.paper > 0 && r.devices > 0 ? t('board.vote.split', { paper: r.paper, devices: r.devices }) : ''
          return (
            <li key={`${r.targetType}:${r.targetId}`} className="results__row">
              <span className="results__place">{t('board.vote.place', { place })}</span>
              <span className="results__label" dir="auto">
                {r.label}
              </span>
              <span className="results__bar" aria-hidden="true">
                <span className="results__fill" style={{ inlineSize: `${(r.total / max) * 100}%` }} />
              </span>
              <span className="results__count">
                {t('board.vote.dotsCount', { count: r.total })}
                {split && <span className="results__split"> {split}</span>}
              </span>
            </li>
          )
        })}
      </ol>
      {without.length > 0 && (
        <details className="results__zero">
          <summary>{t('board.vote.noDots', { count: without.length })}</summary>
          <ul>
            {without.map((r) => (
              <li key={`${r.targetType}:${r.targetId}`} dir="auto">
                {r.label}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
