import { useId } from 'react'
import type { ParticipantMode } from '../../../../shared/participants/schemas.ts'
import { useTranslation } from '../../i18n/index.ts'

const MODES: readonly ParticipantMode[] = ['controlled', 'open']

/** "Granska först" or "Direkt till tavlan", each with one sentence on what it means in the room. */
export function ModeChoice({
  mode,
  onChange,
  disabled = false
}: {
  mode: ParticipantMode
  onChange: (mode: ParticipantMode) => void
  disabled?: boolean
}): React.JSX.Element {
  const { t } = useTranslation()
  const name = useId()
  return (
    <fieldset className="pt-choice" disabled={disabled}>
      <legend className="pt-choice__legend">{t('participants.mode.legend')}</legend>
      {MODES.map((m) => (
        <label key={m} className="pt-option">
          <input
            type="radio"
            name={name}
            value={m}
            checked={mode === m}
            aria-describedby={`${name}-${m}-hint`}
            onChange={() => onChange(m)}
          />
          <span className="pt-option__text">
            <span className="pt-option__name">{t(m === 'open' ? 'participants.mode.open' : 'participants.mode.controlled')}</span>
            <span className="pt-option__hint" id={`${name}-${m}-hint`}>
              {t(m === 'open' ? 'participants.mode.openHint' : 'participants.mode.controlledHint')}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
