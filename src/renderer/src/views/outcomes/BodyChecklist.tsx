import { useEffect, useId, useState } from 'react'
import type { Body } from '../../../../shared/domain/entities.ts'
import { useTranslation } from '../../i18n/index.ts'

/** Checkboxes for bodies, each as "SBF – Samhällsbyggnadsförvaltningen". */
export function BodyChecklist({
  bodies,
  selected,
  legend,
  onToggle,
  empty
}: {
  bodies: readonly Body[]
  selected: readonly string[]
  legend: string
  onToggle: (id: string, on: boolean) => void
  empty: string
}): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  // The box flips at once; the stored list follows a moment later and then wins again.
  const stored = selected.join('\u0000')
  const [shown, setShown] = useState(selected)
  useEffect(() => setShown(stored === '' ? [] : stored.split('\u0000')), [stored])
  const toggle = (bodyId: string, on: boolean): void => {
    setShown((ids) => (on ? [...ids.filter((x) => x !== bodyId), bodyId] : ids.filter((x) => x !== bodyId)))
    onToggle(bodyId, on)
  }
  return (
    <fieldset className="body-checklist">
      <legend className="body-checklist__legend">{legend}</legend>
      {bodies.length === 0 ? (
        <p className="card__empty">{empty}</p>
      ) : (
        <ul className="body-checklist__list">
          {bodies.map((b) => (
            <li key={b.id}>
              <label className="check" htmlFor={`${id}-${b.id}`}>
                <input id={`${id}-${b.id}`} type="checkbox" checked={shown.includes(b.id)} onChange={(e) => toggle(b.id, e.target.checked)} />
                <span dir="auto">
                  {b.abbreviation ? (
                    <>
                      <strong>{b.abbreviation}</strong> – {b.name}
                    </>
                  ) : (
                    b.name
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {bodies.length > 0 && shown.length === 0 && <p className="field__hint">{t('outcomes.common.noneChosen')}</p>}
    </fieldset>
  )
}
