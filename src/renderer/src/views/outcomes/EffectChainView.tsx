import { useId, useLayoutEffect, useMemo, useRef } from 'react'
import type { EffectRow } from '../../../../shared/domain/entities.ts'
import { EFFECT_COLUMNS, GOAL_AREA_LABEL } from '../../../../shared/outcomes/labels.ts'
import { groupEffectRows, responsibleLegend, type GoalAreaGroup } from '../../../../shared/outcomes/effects.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { BodiesButton } from './BodiesDialog.tsx'
import { CreateFromPopover, type EffectSource } from './CreateFromPopover.tsx'
import { EffectRowView } from './EffectRowView.tsx'
import { NewGoalAreaForm } from './NewGoalAreaForm.tsx'
import { useLang, useOrdered } from './useTables.ts'

/**
 * The effect chain (effektkedja) as the Borås tables read: one table per målområde, the seven
 * columns in the seed's order, rows of one long-term effect together. Read right to left: the
 * activity gives an output, which leads to a short-term and then the long-term effect.
 */
export function EffectChainView({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const lang = useLang()
  const rows = useOrdered(docId, 'effectRow')
  const bodies = useOrdered(docId, 'body')
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const pushToast = useAppStore((s) => s.pushToast)
  const undo = useAppStore((s) => s.undo)
  const headingId = useId()
  const goalAreasListId = useId()
  const idPrefix = useId()
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })

  const areas = useMemo(() => groupEffectRows(rows), [rows])
  const legend = useMemo(() => responsibleLegend(bodies, rows), [bodies, rows])
  const goalAreas = useMemo(() => areas.map((a) => a.goalArea).filter((g) => g !== ''), [areas])
  // Display order (grouped), which is what "row 3" and moving up and down refer to.
  const shown = useMemo(() => areas.flatMap((a) => a.groups.flatMap((g) => g.rows)), [areas])
  const numberOf = useMemo(() => new Map(shown.map((r, i) => [r.id, i + 1])), [shown])

  // After a move or an add, the focus goes to that row's field once its new place is rendered.
  const focusNext = useRef<string | null>(null)
  useLayoutEffect(() => {
    const id = focusNext.current
    if (!id) return
    const el = document.getElementById(id)
    if (el) {
      if (document.activeElement !== el) el.focus()
      focusNext.current = null
    }
  }, [rows])

  const add = async (input: { goalArea?: string; from?: EffectSource }): Promise<void> => {
    try {
      const row = await mutate(docId, 'effectRow.add', { docId, ...input })
      const empty = (['longTerm', 'shortTerm', 'output', 'activity'] as const).find((k) => row[k] === '') ?? 'longTerm'
      focusNext.current = `${idPrefix}-${row.id}-${empty}`
      announce(t('outcomes.effects.added'))
    } catch (e) {
      fail(e)
    }
  }

  const move = (row: EffectRow, step: -1 | 1, field: string | null): void => {
    const group = areas.flatMap((a) => a.groups).find((g) => g.rows.some((r) => r.id === row.id))
    if (!group) return
    const i = group.rows.findIndex((r) => r.id === row.id)
    const j = i + step
    if (j < 0 || j >= group.rows.length) {
      announce(t(step < 0 ? 'outcomes.effects.alreadyFirst' : 'outcomes.effects.alreadyLast'))
      return
    }
    const ids = group.rows.map((r) => r.id)
    ;[ids[i], ids[j]] = [ids[j], ids[i]]
    focusNext.current = field ?? `${idPrefix}-${row.id}-longTerm`
    mutate(docId, 'effectRow.reorder', { docId, ids })
      .then(() => announce(t('outcomes.effects.moved', { n: (numberOf.get(row.id) ?? 0) + step })))
      .catch(fail)
  }

  const remove = (row: EffectRow): void => {
    const next = shown[shown.indexOf(row) + 1] ?? shown[shown.indexOf(row) - 1]
    mutate(docId, 'effectRow.remove', { docId, id: row.id })
      .then(() => {
        if (next) document.getElementById(`${idPrefix}-${next.id}-longTerm`)?.focus()
        announce(t('outcomes.effects.removed'))
        pushToast({
          kind: 'info',
          message: t('outcomes.effects.removed'),
          action: { label: t('toast.undo'), run: () => void undo(docId).catch(fail) }
        })
      })
      .catch(fail)
  }

  const areaName = (area: GoalAreaGroup): string => area.goalArea || t('outcomes.effects.noGoalArea')

  return (
    <section className="effects" aria-labelledby={headingId}>
      <header className="effects__header">
        <div>
          <h2 id={headingId} className="section-heading">
            {t('outcomes.effects.heading')}
          </h2>
          <p className="card__text">{t('outcomes.effects.intro')}</p>
        </div>
        <div className="effects__tools">
          <NewGoalAreaForm onAdd={(goalArea) => add({ goalArea })} />
          <BodiesButton docId={docId} />
        </div>
      </header>

      {rows.length === 0 && (
        <div className="effects__empty">
          <p>{t('outcomes.effects.empty')}</p>
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={() => void add({})}>
              {t('outcomes.effects.newRow')}
            </button>
            <CreateFromPopover docId={docId} rows={rows} label={t('outcomes.effects.createFrom')} onCreate={(from) => add({ from })} />
          </div>
        </div>
      )}

      {areas.map((area) => (
        <section key={area.goalArea || '\u0000'} className="effects__area" aria-label={`${GOAL_AREA_LABEL[lang]}: ${areaName(area)}`}>
          <h3 className="effects__area-heading">
            <span className="effects__area-label">{GOAL_AREA_LABEL[lang]}</span>{' '}
            <span dir="auto">{areaName(area)}</span>
          </h3>
          <div className="table-scroll effects__scroll" role="region" tabIndex={0} aria-label={t('outcomes.effects.tableOf', { area: areaName(area) })}>
            <table className="effect-table">
              <thead>
                <tr>
                  {EFFECT_COLUMNS.map((c) => (
                    <th key={c.key} scope="col" className={`effect-table__col effect-table__col--${c.key}`}>
                      {c[lang]}
                      {c.optional && <span className="effect-table__optional">{t('outcomes.effects.optional')}</span>}
                    </th>
                  ))}
                  <th scope="col" className="effect-table__col effect-table__col--actions">
                    <span className="visually-hidden">{t('outcomes.common.actions')}</span>
                  </th>
                </tr>
              </thead>
              {area.groups.map((group) => (
                <tbody key={group.longTerm || '\u0000'} className="effect-group">
                  {group.rows.map((row, i) => (
                    <EffectRowView
                      key={row.id}
                      docId={docId}
                      row={row}
                      n={numberOf.get(row.id) ?? 0}
                      first={i === 0}
                      bodies={bodies}
                      goalAreasListId={goalAreasListId}
                      idPrefix={idPrefix}
                      onMove={move}
                      onRemove={remove}
                      canMoveUp={i > 0}
                      canMoveDown={i < group.rows.length - 1}
                    />
                  ))}
                </tbody>
              ))}
            </table>
          </div>
          <div className="form__actions effects__area-actions">
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('outcomes.effects.newRowIn', { area: areaName(area) })}
              onClick={() => void add({ goalArea: area.goalArea })}
            >
              <span aria-hidden="true" className="button__icon">
                +
              </span>
              {t('outcomes.effects.newRow')}
            </button>
            <CreateFromPopover
              docId={docId}
              rows={rows}
              label={t('outcomes.effects.createFromIn', { area: areaName(area) })}
              onCreate={(from) => add({ from, goalArea: area.goalArea })}
            />
          </div>
        </section>
      ))}

      {legend.length > 0 && (
        <section className="effects__legend" aria-labelledby={`${headingId}-legend`}>
          <h3 id={`${headingId}-legend`} className="effects__legend-heading">
            {t('outcomes.effects.legend')}
          </h3>
          <dl className="legend">
            {legend.map((b) => (
              <div key={b.id} className="legend__item">
                <dt dir="auto">{b.abbreviation || b.name}</dt>
                <dd dir="auto">{b.name}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <datalist id={goalAreasListId}>
        {goalAreas.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
    </section>
  )
}
