import { STICKY_COLOURS, type StickyColour } from '../../../../shared/domain/enums.ts'
import { useTranslation } from '../../i18n/index.ts'

/** Named swatches: the name is always visible, so the colour never carries meaning alone. */
export function ColourPicker({ value, onChange }: { value: StickyColour; onChange: (c: StickyColour) => void }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <fieldset className="swatches">
      <legend className="swatches__legend">{t('capture.colourLegend')}</legend>
      {STICKY_COLOURS.map((colour) => (
        <label key={colour} className={`swatch swatch--${colour}`}>
          <input
            type="radio"
            name="capture-colour"
            value={colour}
            checked={value === colour}
            onChange={() => onChange(colour)}
            className="swatch__input"
          />
          <span className="swatch__chip" aria-hidden="true" />
          <span className="swatch__name">{t(`colours.${colour}`)}</span>
        </label>
      ))}
    </fieldset>
  )
}
