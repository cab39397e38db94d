import type { ProjectorView } from '../../../../shared/projector/schema.ts'
import { HappeningMark, StepList, stepsByTarget } from './BoardWall.tsx'
import type { ScreenT } from './screenText.ts'
import { itemKey, ranks } from './VoteBoard.tsx'

/** A note of a few words fills the screen; a long one is set smaller so it still fits whole. */
function textSize(text: string): 's' | 'm' | 'l' {
  if (text.length > 220) return 's'
  if (text.length > 90) return 'm'
  return 'l'
}

/** The words the facilitator hears announced for what is in the spotlight, or null. */
export function spotlightName(view: ProjectorView): string | null {
  const s = view.presenter.spotlight
  if (!s) return null
  const c = view.content
  if (c.kind === 'board') {
    if (s.type === 'cluster') return c.clusters.find((x) => x.id === s.id)?.title ?? null
    return [...c.clusters.flatMap((x) => x.notes), ...c.notes].find((n) => n.id === s.id)?.text ?? null
  }
  if (c.kind === 'vote') return c.items.find((i) => i.targetType === s.type && i.targetId === s.id)?.label ?? null
  return null
}

/**
 * One note, cluster or vote item large in the middle of the screen. The wall stays behind it,
 * covered by a veil, so the room keeps its bearings.
 */
export function SpotlightCard({ view, t }: { view: ProjectorView; t: ScreenT }): React.JSX.Element | null {
  const s = view.presenter.spotlight
  const c = view.content
  if (!s) return null
  let body: React.JSX.Element | null = null
  if (c.kind === 'board') {
    const steps = stepsByTarget(c)
    if (s.type === 'cluster') {
      const cluster = c.clusters.find((x) => x.id === s.id)
      if (cluster) {
        body = (
          <div className="pj-spot__cluster">
            <p className="pj-spot__title" dir="auto">
              {cluster.title}
            </p>
            {cluster.happening && <HappeningMark t={t} />}
            <StepList steps={steps.get(`cluster:${cluster.id}`)} t={t} />
            <ul className="pj-spot__notes">
              {cluster.notes.map((n) => (
                <li key={n.id} className={`pj-note pj-note--${n.colour}${n.withheld ? ' pj-note--withheld' : ''}`}>
                  <p className="pj-note__text" dir="auto">
                    {n.text}
                  </p>
                </li>
              ))}
            </ul>
          </div>
        )
      }
    } else {
      const note = [...c.clusters.flatMap((x) => x.notes), ...c.notes].find((n) => n.id === s.id)
      if (note) {
        body = (
          <div className={`pj-spot__note pj-spot__note--${textSize(note.text)} pj-note pj-note--${note.colour}${note.withheld ? ' pj-note--withheld' : ''}`}>
            <p className="pj-spot__text" dir="auto">
              {note.text}
            </p>
            {note.author && (
              <p className="pj-note__author" dir="auto">
                — {note.author}
              </p>
            )}
            {note.happening && <HappeningMark t={t} />}
            <StepList steps={steps.get(`sticky:${note.id}`)} t={t} />
          </div>
        )
      }
    }
  } else if (c.kind === 'vote') {
    const at = c.items.findIndex((i) => i.targetType === s.type && i.targetId === s.id)
    const item = c.items[at]
    if (item) {
      body = (
        <div className="pj-spot__vote" data-item={itemKey(item)}>
          {c.revealed && <p className="pj-spot__rank">{t('projector.vote.rank', { rank: ranks(c.items)[at] })}</p>}
          <p className="pj-spot__title" dir="auto">
            {item.label}
          </p>
          {c.revealed && <p className="pj-spot__total">{t('projector.vote.total', { count: item.total ?? 0 })}</p>}
        </div>
      )
    }
  }
  if (!body) return null
  return (
    <div className="pj-spot" data-spotlight={`${s.type}:${s.id}`}>
      <div className="pj-spot__veil" aria-hidden="true" />
      <div className="pj-spot__card">{body}</div>
    </div>
  )
}
