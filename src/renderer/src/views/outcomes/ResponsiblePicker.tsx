import type { Body, EffectRow } from '../../../../shared/domain/entities.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { AddBodyForm } from './AddBodyForm.tsx'
import { BodyChecklist } from './BodyChecklist.tsx'
import { Popover } from './Popover.tsx'

/**
 * The Ansvar cell: the chosen bodies' abbreviations (their full names for screen readers, since
 * "SKA" read aloud tells nobody anything), and a picker with the workshop's list, which can be
 * added to on the spot.
 */
export function ResponsiblePicker({
  docId,
  row,
  bodies,
  rowLabel
}: {
  docId: string
  row: EffectRow
  bodies: readonly Body[]
  rowLabel: string
}): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const byId = new Map(bodies.map((b) => [b.id, b]))
  const chosen = row.responsibleIds.map((id) => byId.get(id)).filter((b): b is Body => b !== undefined)

  const setIds = (responsibleIds: string[]): void => {
    mutate(docId, 'effectRow.update', { docId, id: row.id, patch: { responsibleIds } }).catch((e: unknown) =>
      pushToast({ kind: 'error', message: errorText(e) })
    )
  }
  const toggle = (id: string, on: boolean): void => {
    const current = row.responsibleIds.filter((x) => x !== id)
    setIds(on ? [...current, id] : current)
  }

  return (
    <div className="responsible">
      {chosen.length > 0 ? (
        <ul className="responsible__list">
          {chosen.map((b) => (
            <li key={b.id} className="responsible__chip" title={b.name}>
              <span aria-hidden="true">{b.abbreviation || b.name}</span>
              <span className="visually-hidden">{b.name}</span>
            </li>
          ))}
        </ul>
      ) : (
        <span className="responsible__none">{t('outcomes.effects.noResponsible')}</span>
      )}
      <Popover
        button={t('outcomes.effects.chooseResponsible')}
        label={t('outcomes.effects.chooseResponsibleFor', { row: rowLabel })}
        buttonClassName="button button--quiet button--small"
        panelLabel={t('outcomes.effects.responsible')}
      >
        {() => (
          <>
            <BodyChecklist
              bodies={bodies}
              selected={row.responsibleIds}
              legend={t('outcomes.effects.responsibleFor', { row: rowLabel })}
              empty={t('outcomes.bodies.empty')}
              onToggle={toggle}
            />
            <AddBodyForm docId={docId} compact onAdded={(b) => setIds([...row.responsibleIds, b.id])} />
          </>
        )}
      </Popover>
    </div>
  )
}
