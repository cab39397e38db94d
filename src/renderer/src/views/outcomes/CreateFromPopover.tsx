import { useId, useMemo, useState } from 'react'
import type { EffectRow } from '../../../../shared/domain/entities.ts'
import { useTranslation } from '../../i18n/index.ts'
import { excerpt } from '../notes/ReferencePicker.tsx'
import { Popover } from './Popover.tsx'
import { useTable } from './useTables.ts'

export type EffectSource = { type: 'countermeasure' | 'cluster' | 'proposal'; id: string; into?: 'shortTerm' | 'longTerm' }

/**
 * "Skapa från …": start a row from what the group already made. A countermeasure or a
 * recommendation becomes the Aktivitet; a group's name becomes an effect. The row keeps the link,
 * and what already has a row is marked so it is not added twice by mistake.
 */
export function CreateFromPopover({
  docId,
  rows,
  onCreate,
  label
}: {
  docId: string
  rows: readonly EffectRow[]
  onCreate: (from: EffectSource) => Promise<void>
  label: string
}): React.JSX.Element {
  const { t } = useTranslation()
  const countermeasures = useTable(docId, 'countermeasure')
  const clusters = useTable(docId, 'cluster')
  const proposals = useTable(docId, 'proposal')
  const [into, setInto] = useState<'shortTerm' | 'longTerm'>('shortTerm')
  const id = useId()

  const used = useMemo(() => new Set(rows.map((r) => `${r.sourceType}:${r.sourceId}`)), [rows])
  const sections = useMemo(() => {
    const byPos = <T extends { position: number }>(a: T, b: T): number => a.position - b.position
    return [
      {
        type: 'countermeasure' as const,
        heading: t('outcomes.effects.fromCountermeasures'),
        items: Object.values(countermeasures).sort(byPos).map((c) => ({ id: c.id, text: c.text }))
      },
      {
        type: 'cluster' as const,
        heading: t('outcomes.effects.fromClusters'),
        items: Object.values(clusters)
          .filter((c) => c.title.trim() !== '')
          .sort(byPos)
          .map((c) => ({ id: c.id, text: c.title }))
      },
      {
        type: 'proposal' as const,
        heading: t('outcomes.effects.fromProposals'),
        items: Object.values(proposals).sort(byPos).map((p) => ({ id: p.id, text: p.text }))
      }
    ].filter((s) => s.items.length > 0)
  }, [countermeasures, clusters, proposals, t])

  return (
    <Popover button={t('outcomes.effects.createFrom')} label={label} panelLabel={t('outcomes.effects.createFromPanel')}>
      {(close) =>
        sections.length === 0 ? (
          <p className="card__empty">{t('outcomes.effects.nothingToCreateFrom')}</p>
        ) : (
          <div className="create-from">
            {sections.map((section) => (
              <section key={section.type} className="create-from__section" aria-labelledby={`${id}-${section.type}`}>
                <h3 id={`${id}-${section.type}`} className="create-from__heading">
                  {section.heading}
                </h3>
                {section.type === 'cluster' && (
                  <fieldset className="create-from__into">
                    <legend>{t('outcomes.effects.clusterInto')}</legend>
                    {(['shortTerm', 'longTerm'] as const).map((k) => (
                      <label key={k} className="check">
                        <input type="radio" name={`${id}-into`} checked={into === k} onChange={() => setInto(k)} />
                        <span>{t(`outcomes.effects.into.${k}`)}</span>
                      </label>
                    ))}
                  </fieldset>
                )}
                <ul className="create-from__list">
                  {section.items.map((item) => {
                    const already = used.has(`${section.type}:${item.id}`)
                    return (
                      <li key={item.id}>
                        <button
                          type="button"
                          className="create-from__item"
                          onClick={() => {
                            close()
                            void onCreate({ type: section.type, id: item.id, into: section.type === 'cluster' ? into : undefined })
                          }}
                        >
                          <span dir="auto">{excerpt(item.text, 90)}</span>
                          {already && <span className="create-from__used">{t('outcomes.effects.used')}</span>}
                        </button>
                      </li>
                    )
                  })}
                </ul>
              </section>
            ))}
          </div>
        )
      }
    </Popover>
  )
}
