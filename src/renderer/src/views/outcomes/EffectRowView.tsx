import { useId, useState } from 'react'
import { COLLAB_LEVELS, type CollabLevel } from '../../../../shared/domain/enums.ts'
import type { Body, EffectRow } from '../../../../shared/domain/entities.ts'
import { COLLAB_DIMENSIONS, COLLAB_LEVEL_LABELS, EFFECT_COLUMNS, GOAL_AREA_LABEL } from '../../../../shared/outcomes/labels.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { excerpt } from '../notes/ReferencePicker.tsx'
import { AutoField } from './AutoField.tsx'
import { ResponsiblePicker } from './ResponsiblePicker.tsx'
import { useLang, useTable } from './useTables.ts'

type TextColumn = 'longTerm' | 'shortTerm' | 'output' | 'activity' | 'time' | 'resources'
type Patch = Partial<Pick<EffectRow, TextColumn | 'goalArea' | 'collabNow' | 'collabNeeded'>>

interface Props {
  docId: string
  row: EffectRow
  /** 1-based, across the whole chain: how rows are named to screen readers ("rad 3"). */
  n: number
  /** The first row of its long-term group; later ones show the shared effect quieter. */
  first: boolean
  bodies: readonly Body[]
  goalAreasListId: string
  /** Makes field ids unique when the chain is shown twice (workspace and the outcomes dialog). */
  idPrefix: string
  onMove: (row: EffectRow, step: -1 | 1, field: string | null) => void
  onRemove: (row: EffectRow) => void
  canMoveUp: boolean
  canMoveDown: boolean
}

/** Where the row came from, in words, if it still exists. */
function useSourceText(docId: string, row: EffectRow): string | null {
  const countermeasures = useTable(docId, 'countermeasure')
  const clusters = useTable(docId, 'cluster')
  const proposals = useTable(docId, 'proposal')
  if (!row.sourceType || !row.sourceId) return null
  if (row.sourceType === 'countermeasure') return countermeasures[row.sourceId]?.text ?? ''
  if (row.sourceType === 'cluster') return clusters[row.sourceId]?.title ?? ''
  return proposals[row.sourceId]?.text ?? ''
}

/**
 * One row of the chain, every cell editable in place and saved as it is typed. Alt+↑/↓ anywhere
 * in the row moves it within its long-term effect.
 */
export function EffectRowView(props: Props): React.JSX.Element {
  const { docId, row, n, first, bodies, goalAreasListId, idPrefix, onMove, onRemove, canMoveUp, canMoveDown } = props
  const { t } = useTranslation()
  const lang = useLang()
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const [open, setOpen] = useState(false)
  const detailsId = useId()
  const source = useSourceText(docId, row)
  const rowLabel = t('outcomes.effects.rowN', { n })

  const save = (patch: Patch): Promise<unknown> => mutate(docId, 'effectRow.update', { docId, id: row.id, patch })
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })
  const column = (key: TextColumn) => EFFECT_COLUMNS.find((c) => c.key === key)![lang]

  const text = (key: TextColumn, multiline: boolean): React.JSX.Element => (
    <td className={`effect-cell effect-cell--${key}${key === 'longTerm' && !first ? ' effect-cell--repeat' : ''}`}>
      <AutoField
        value={row[key]}
        multiline={multiline}
        // The long-term effect decides the row's group: regrouping while it is typed would move it away.
        commit={key === 'longTerm' ? 'leave' : 'typing'}
        label={t('outcomes.effects.cellLabel', { column: column(key), row: rowLabel })}
        onCommit={(value) => save({ [key]: value })}
        className={`effect-field effect-field--${key}`}
        id={`${idPrefix}-${row.id}-${key}`}
      />
    </td>
  )

  const collab = (key: 'collabNow' | 'collabNeeded'): React.JSX.Element => (
    <div className="field">
      <label className="field__label" htmlFor={`${detailsId}-${key}`}>
        {t(`outcomes.effects.${key}`)}
      </label>
      <select
        id={`${detailsId}-${key}`}
        className="input"
        value={row[key] ?? ''}
        onChange={(e) => void save({ [key]: (e.target.value || null) as CollabLevel | null }).catch(fail)}
      >
        <option value="">{t('outcomes.effects.collabNone')}</option>
        {COLLAB_LEVELS.map((level, i) => (
          <option key={level} value={level}>
            {`${i + 1}. ${COLLAB_LEVEL_LABELS[lang][level]}`}
          </option>
        ))}
      </select>
    </div>
  )

  return (
    <>
      <tr
        className="effect-row"
        data-effect-row-id={row.id}
        onKeyDown={(e) => {
          if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return
          e.preventDefault()
          const field = e.target instanceof HTMLElement ? e.target.id || null : null
          onMove(row, e.key === 'ArrowUp' ? -1 : 1, field)
        }}
      >
        {text('longTerm', true)}
        {text('shortTerm', true)}
        {text('output', true)}
        {text('activity', true)}
        <td className="effect-cell effect-cell--responsible">
          <ResponsiblePicker docId={docId} row={row} bodies={bodies} rowLabel={rowLabel} />
        </td>
        {text('time', false)}
        {text('resources', false)}
        <td className="effect-cell effect-cell--actions">
          <div className="row-actions">
            <button
              type="button"
              className="icon-button"
              disabled={!canMoveUp}
              aria-label={t('outcomes.effects.moveUp', { row: rowLabel })}
              title={t('outcomes.effects.moveUp', { row: rowLabel })}
              onClick={() => onMove(row, -1, null)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="icon-button"
              disabled={!canMoveDown}
              aria-label={t('outcomes.effects.moveDown', { row: rowLabel })}
              title={t('outcomes.effects.moveDown', { row: rowLabel })}
              onClick={() => onMove(row, 1, null)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              aria-expanded={open}
              aria-controls={detailsId}
              aria-label={t('outcomes.effects.moreFor', { row: rowLabel })}
              onClick={() => setOpen((o) => !o)}
            >
              {t('outcomes.effects.more')}
              {(row.collabNow || row.collabNeeded) && !open && <span className="effect-row__dot" aria-hidden="true" />}
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              aria-label={t('outcomes.effects.removeRow', { row: rowLabel })}
              onClick={() => onRemove(row)}
            >
              {t('outcomes.common.remove')}
            </button>
          </div>
        </td>
      </tr>
      {open && (
        <tr className="effect-row__details" id={detailsId}>
          <td colSpan={8}>
            <div className="effect-details">
              <div className="field effect-details__goal">
                <label className="field__label" htmlFor={`${detailsId}-goal`}>
                  {GOAL_AREA_LABEL[lang]}
                </label>
                <AutoField
                  id={`${detailsId}-goal`}
                  value={row.goalArea}
                  commit="leave"
                  list={goalAreasListId}
                  maxLength={500}
                  label={t('outcomes.effects.cellLabel', { column: GOAL_AREA_LABEL[lang], row: rowLabel })}
                  onCommit={(goalArea) => save({ goalArea })}
                  className="input"
                />
              </div>
              <fieldset className="effect-details__collab">
                <legend className="field__label">{t('outcomes.effects.collabHeading')}</legend>
                <div className="effect-details__collab-fields">
                  {collab('collabNow')}
                  {collab('collabNeeded')}
                </div>
                <p className="field__hint">
                  {t('outcomes.effects.collabHint', { dimensions: COLLAB_DIMENSIONS[lang].join(' → ') })}
                </p>
              </fieldset>
              {row.sourceType && (
                <p className="effect-details__source">
                  {source
                    ? t(`outcomes.effects.source.${row.sourceType}`, { text: excerpt(source, 120) })
                    : t('outcomes.effects.source.gone')}
                </p>
              )}
            </div>
          </td>
        </tr>
      )}
    </>
  )
}
