import QRCode from 'qrcode'
import { useEffect, useState } from 'react'
import type { ParticipantsJoin } from '../../../../shared/projector/schema.ts'
import type { ScreenT } from './screenText.ts'

/**
 * The QR code as an image address. The host sends it ready-made; when it does not, it is drawn
 * here from the join address (an SVG string, only ever used as an image, never as markup).
 */
function useQr(join: ParticipantsJoin): string | null {
  const [drawn, setDrawn] = useState<{ url: string; src: string } | null>(null)
  useEffect(() => {
    if (join.qrDataUrl) return
    let live = true
    QRCode.toString(join.joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => live && setDrawn({ url: join.joinUrl, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }))
      .catch((e: unknown) => console.warn('medskapa: no QR code for the join address', e))
    return () => {
      live = false
    }
  }, [join.qrDataUrl, join.joinUrl])
  if (join.qrDataUrl?.startsWith('data:image/')) return join.qrDataUrl
  return drawn?.url === join.joinUrl ? drawn.src : null
}

/**
 * The address to type: without the scheme, and without the code when the address carries it (the
 * phone page asks for the code, which is shown large on its own line).
 */
export function typedAddress(join: ParticipantsJoin): string {
  let shown = join.joinUrl
  try {
    const url = new URL(join.joinUrl)
    for (const [key, value] of [...url.searchParams]) if (value === join.joinCode) url.searchParams.delete(key)
    shown = url.toString()
  } catch {
    // Not a URL the browser can read: shown as it came.
  }
  return shown.replace(/^https?:\/\//, '').replace(/\/$/, '')
}

/** How phones join: the code large, the address, and the QR code, on a light card in either theme. */
export function JoinCard({ join, large, t }: { join: ParticipantsJoin; large: boolean; t: ScreenT }): React.JSX.Element {
  const qr = useQr(join)
  const address = typedAddress(join)
  return (
    <aside className={`pj-join${large ? ' pj-join--large' : ''}`} aria-label={t('projector.join.heading')}>
      <p className="pj-join__heading">{t('projector.join.heading')}</p>
      {qr && <img className="pj-join__qr" src={qr} alt={t('projector.join.qr', { url: join.joinUrl })} />}
      <p className="pj-join__line">
        <span className="pj-join__label">{t('projector.join.address')}</span> <span className="pj-join__address">{address}</span>
      </p>
      <p className="pj-join__line">
        <span className="pj-join__label">{t('projector.join.code')}</span> <span className="pj-join__code">{join.joinCode}</span>
      </p>
    </aside>
  )
}
