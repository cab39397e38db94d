import type { ProjectorContent, ProjectorEffectRow } from '../../../../shared/projector/schema.ts'
import type { ScreenT } from './screenText.ts'

type EffectChain = Extract<ProjectorContent, { kind: 'effect_chain' }>

type TextColumn = 'goalArea' | 'longTerm' | 'shortTerm' | 'output' | 'activity' | 'time' | 'resources'
type Column = TextColumn | 'responsible' | 'collab'

/** The chain read from the goal back to what is done, as on the facilitator's table. */
const COLUMNS: readonly Column[] = ['goalArea', 'longTerm', 'shortTerm', 'output', 'activity', 'responsible', 'time', 'resources', 'collab']

/**
 * Relative widths: sentences get room, abbreviations and dates little. The table still widens a
 * column to its longest word, so no word is split to honour a share.
 */
const WEIGHT: Record<Column, number> = {
  goalArea: 11,
  longTerm: 16,
  shortTerm: 15,
  output: 12,
  activity: 17,
  responsible: 8,
  time: 8,
  resources: 11,
  collab: 12
}

function filled(row: ProjectorEffectRow, column: Column): boolean {
  if (column === 'responsible') return row.responsible.length > 0
  if (column === 'collab') return row.collabNow !== null || row.collabNeeded !== null
  return row[column].trim() !== ''
}

function Cell({ row, column, t }: { row: ProjectorEffectRow; column: Column; t: ScreenT }): React.JSX.Element {
  if (column === 'responsible') return <td dir="auto">{row.responsible.join(', ')}</td>
  if (column === 'collab') {
    const level = (l: ProjectorEffectRow['collabNow']): string => (l ? t(`projector.effect.collabLevel.${l}`) : '–')
    return <td>{row.collabNow || row.collabNeeded ? `${level(row.collabNow)} → ${level(row.collabNeeded)}` : ''}</td>
  }
  return <td dir="auto">{row[column]}</td>
}

/**
 * The effect chain as a table the room can read: only the columns somebody has written in, so a
 * half-filled chain is not nine narrow columns of mostly nothing.
 */
export function EffectTable({ chain, t }: { chain: EffectChain; t: ScreenT }): React.JSX.Element {
  if (chain.rows.length === 0) return <p className="pj-empty">{t('projector.effect.empty')}</p>
  const written = COLUMNS.filter((c) => chain.rows.some((r) => filled(r, c)))
  const columns: readonly Column[] = written.length > 0 ? written : ['goalArea']
  const total = columns.reduce((sum, c) => sum + WEIGHT[c], 0)
  return (
    <table className="pj-table">
      <colgroup>
        {columns.map((c) => (
          <col key={c} style={{ width: `${(WEIGHT[c] / total) * 100}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {t(`projector.effect.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {chain.rows.map((row) => (
          <tr key={row.id}>
            {columns.map((c) => (
              <Cell key={c} row={row} column={c} t={t} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
