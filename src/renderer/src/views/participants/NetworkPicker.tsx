import { useId } from 'react'
import type { NetworkInterface } from '../../../../shared/participants/schemas.ts'
import type { UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'

interface Props {
  interfaces: readonly NetworkInterface[] | null
  error: UiError | null
  address: string | null
  onChange: (address: string) => void
  onRefresh: () => void
}

/**
 * The networks of this computer, the room's first, each by its name and address. The loopback
 * address is offered too, plainly labelled, for trying the phone page on the laptop itself.
 */
export function NetworkPicker({ interfaces, error, address, onChange, onRefresh }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const name = useId()
  const onlyThisComputer = interfaces !== null && !interfaces.some((i) => i.reach === 'network')
  return (
    <fieldset className="pt-choice" aria-describedby={`${name}-hint`}>
      <legend className="pt-choice__legend">{t('participants.network.legend')}</legend>
      <p className="pt-choice__hint" id={`${name}-hint`}>
        {t('participants.network.hint')}
      </p>
      {error && <ErrorMessage lead={t('participants.network.loadFailed')} error={error} />}
      {interfaces === null && !error && <p className="pt-muted">{t('participants.network.loading')}</p>}
      {onlyThisComputer && <p className="pt-note">{t('participants.network.none')}</p>}
      {interfaces?.map((i) => (
        <label key={i.address} className="pt-option">
          <input type="radio" name={name} value={i.address} checked={address === i.address} onChange={() => onChange(i.address)} />
          <span className="pt-option__text">
            <span className="pt-option__name">
              <span dir="auto">{i.name}</span>{' '}
              <span className="pt-option__address" dir="ltr">
                {i.address}
              </span>
            </span>
            {i.reach === 'this_computer' && <span className="pt-option__hint">{t('participants.network.loopback')}</span>}
          </span>
        </label>
      ))}
      <div>
        <button type="button" className="button button--quiet" onClick={onRefresh}>
          {t('participants.network.refresh')}
        </button>
      </div>
    </fieldset>
  )
}
