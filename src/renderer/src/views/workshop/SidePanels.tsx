import { useState } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { SIDE_PANELS } from './panels.tsx'

/** Registered side panels as tabs beside the main area; hidden when none are registered. */
export function SidePanels({ docId }: { docId: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  const [open, setOpen] = useState<string | null>(null)
  if (SIDE_PANELS.length === 0) return null
  const active = SIDE_PANELS.find((p) => p.id === open) ?? null
  return (
    <aside className={`side-panels${active ? ' side-panels--open' : ''}`} aria-label={t('workshop.sidePanels')}>
      <div className="side-panels__tabs" role="tablist" aria-orientation="vertical">
        {SIDE_PANELS.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={`side-tab-${p.id}`}
            aria-selected={p.id === open}
            aria-controls={`side-panel-${p.id}`}
            className="side-panels__tab"
            onClick={() => setOpen(p.id === open ? null : p.id)}
          >
            {p.label(t)}
            {p.badge && <p.badge docId={docId} />}
          </button>
        ))}
      </div>
      {active && (
        <section
          role="tabpanel"
          id={`side-panel-${active.id}`}
          aria-labelledby={`side-tab-${active.id}`}
          className="side-panels__body"
        >
          <active.component docId={docId} />
        </section>
      )}
    </aside>
  )
}
