import type { ParticipantStatus } from '../../../../shared/participants/schemas.ts'
import { useTranslation } from '../../i18n/index.ts'

/**
 * How a resident joins, large enough to read out across the room: the QR code, the code, and the
 * address to type. The QR code comes from the host as an image address and is only ever an image.
 */
export function JoinDetails({ status }: { status: ParticipantStatus }): React.JSX.Element {
  const { t } = useTranslation()
  const code = status.joinCode ?? ''
  const typeUrl = status.typeUrl ?? ''
  const qr = status.qrDataUrl?.startsWith('data:image/') ? status.qrDataUrl : null
  return (
    <div className="pt-join">
      {qr && (
        <img
          className="pt-join__qr"
          src={qr}
          alt={t('participants.running.qrAlt', { address: typeUrl.replace(/^https?:\/\//, ''), code })}
        />
      )}
      <div className="pt-join__text">
        <p className="pt-join__label">{t('participants.running.codeLabel')}</p>
        <p className="pt-join__code">
          <span className="pt-join__code-text" aria-hidden="true">
            {code}
          </span>
          {/* Read letter by letter, as it is typed: "K 7 M 4 Q X", not a made-up word. */}
          <span className="visually-hidden">{code.split('').join(' ')}</span>
        </p>
        <p className="pt-join__how">
          {t('participants.running.scan')} {t('participants.running.orType')}
        </p>
        <p className="pt-join__address" dir="ltr">
          {typeUrl}
        </p>
        <p className="pt-join__how">{t('participants.running.andCode')}</p>
      </div>
    </div>
  )
}
