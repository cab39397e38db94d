import type { ProjectorCluster, ProjectorContent, ProjectorCountermeasure, ProjectorNote } from '../../../../shared/projector/schema.ts'
import type { ScreenT } from './screenText.ts'

type Board = Extract<ProjectorContent, { kind: 'board' }>
type Steps = ReadonlyMap<string, readonly ProjectorCountermeasure[]>

const key = (type: string, id: string): string => `${type}:${id}`

/** The first steps of each note and cluster, so each is shown under what it answers. */
export function stepsByTarget(board: Board): Steps {
  const map = new Map<string, ProjectorCountermeasure[]>()
  for (const c of board.countermeasures) {
    const k = key(c.targetType, c.targetId)
    let list = map.get(k)
    if (!list) map.set(k, (list = []))
    list.push(c)
  }
  return map
}

export function HappeningMark({ t }: { t: ScreenT }): React.JSX.Element {
  return (
    <p className="pj-happening">
      <span aria-hidden="true">✓ </span>
      {t('projector.board.happening')}
    </p>
  )
}

export function StepList({ steps, t }: { steps: readonly ProjectorCountermeasure[] | undefined; t: ScreenT }): React.JSX.Element | null {
  if (!steps || steps.length === 0) return null
  return (
    <ul className="pj-steps">
      {steps.map((s) => (
        <li key={s.id} className="pj-step">
          <span className="pj-step__label">
            <span className="directional" aria-hidden="true">→ </span>
            {t('projector.board.firstStep')}
          </span>{' '}
          <span dir="auto">{s.text}</span>
          {(s.owner || s.due) && (
            <span className="pj-step__meta">
              {s.owner && <span dir="auto">{t('projector.board.owner', { owner: s.owner })}</span>}
              {s.due && <span dir="auto">{t('projector.board.due', { due: s.due })}</span>}
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}

/** One note as paper on the wall; a withheld one as a plain gap with the guard's words. */
export function NoteCard({ note, steps, t }: { note: ProjectorNote; steps?: Steps; t: ScreenT }): React.JSX.Element {
  const classes = `pj-note pj-note--${note.colour}${note.withheld ? ' pj-note--withheld' : ''}${note.happening ? ' pj-note--happening' : ''}`
  return (
    <li className={classes} data-note-id={note.id} data-fit-item="">
      <p className="pj-note__text" dir="auto">
        {note.text}
      </p>
      {note.author && (
        <p className="pj-note__author" dir="auto">
          — {note.author}
        </p>
      )}
      {note.happening && <HappeningMark t={t} />}
      <StepList steps={steps?.get(key('sticky', note.id))} t={t} />
    </li>
  )
}

function ClusterGroup({ cluster, steps, t }: { cluster: ProjectorCluster; steps: Steps; t: ScreenT }): React.JSX.Element {
  return (
    <section className={`pj-cluster${cluster.happening ? ' pj-cluster--happening' : ''}`} data-cluster-id={cluster.id}>
      <h2 className={`pj-cluster__title${cluster.withheld ? ' pj-cluster__title--withheld' : ''}`}>
        <span dir="auto">{cluster.title}</span> <span className="pj-count">{t('projector.board.notes', { count: cluster.notes.length })}</span>
      </h2>
      {cluster.happening && <HappeningMark t={t} />}
      <StepList steps={steps.get(key('cluster', cluster.id))} t={t} />
      <ul className="pj-notes">
        {cluster.notes.map((n) => (
          <NoteCard key={n.id} note={n} steps={steps} t={t} />
        ))}
      </ul>
    </section>
  )
}

/** The wall: clusters side by side with their notes, then the notes in no cluster. */
export function BoardWall({ board, t }: { board: Board; t: ScreenT }): React.JSX.Element {
  const steps = stepsByTarget(board)
  if (board.clusters.length === 0 && board.notes.length === 0) {
    return <p className="pj-empty">{t('projector.board.empty')}</p>
  }
  if (board.clusters.length === 0) {
    return (
      <ul className="pj-notes pj-notes--wall">
        {board.notes.map((n) => (
          <NoteCard key={n.id} note={n} steps={steps} t={t} />
        ))}
      </ul>
    )
  }
  return (
    <div className="pj-clusters">
      {board.clusters.map((c) => (
        <ClusterGroup key={c.id} cluster={c} steps={steps} t={t} />
      ))}
      {board.notes.length > 0 && (
        <section className="pj-cluster pj-cluster--unsorted">
          <h2 className="pj-cluster__title">
            {t('projector.board.unsorted')} <span className="pj-count">{t('projector.board.notes', { count: board.notes.length })}</span>
          </h2>
          <ul className="pj-notes">
            {board.notes.map((n) => (
              <NoteCard key={n.id} note={n} steps={steps} t={t} />
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
