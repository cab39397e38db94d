import { useCallback, useEffect, useRef, useState } from 'react'
import type { NetworkInterface, ParticipantMode } from '../../../../shared/participants/schemas.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { startParticipants } from './actions.ts'
import { ModeChoice } from './ModeChoice.tsx'
import { NetworkPicker } from './NetworkPicker.tsx'

/** The room's network when there is one; the loopback address only when nothing else exists. */
function likeliest(interfaces: readonly NetworkInterface[]): string | null {
  return (interfaces.find((i) => i.reach === 'network') ?? interfaces[0])?.address ?? null
}

/** Phones are off: what they can do, in plain words, then the network, the mode and Start. */
export function SetupForm({
  docId,
  initialMode,
  focusOnMount
}: {
  docId: string
  initialMode: ParticipantMode
  focusOnMount: boolean
}): React.JSX.Element {
  const { t } = useTranslation()
  const api = useAppStore((s) => s.api)
  const introRef = useRef<HTMLParagraphElement>(null)
  const [interfaces, setInterfaces] = useState<readonly NetworkInterface[] | null>(null)
  const [loadError, setLoadError] = useState<UiError | null>(null)
  const [address, setAddress] = useState<string | null>(null)
  const [mode, setMode] = useState<ParticipantMode>(initialMode)
  const [busy, setBusy] = useState(false)
  const [startError, setStartError] = useState<UiError | null>(null)
  const live = useRef(true)

  useEffect(() => {
    live.current = true
    if (focusOnMount) introRef.current?.focus()
    return () => {
      live.current = false
    }
    // Only on mount: the focus follows the switch from "on" to "off", not later re-renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const load = useCallback(() => {
    if (!api) return
    setLoadError(null)
    api
      .call('participants.interfaces', {})
      .then(({ interfaces: found }) => {
        if (!live.current) return
        setInterfaces(found)
        // Keep the facilitator's choice while it still exists; else propose the likeliest.
        setAddress((chosen) => (chosen && found.some((i) => i.address === chosen) ? chosen : likeliest(found)))
      })
      .catch((e: unknown) => live.current && setLoadError(toUiError(e)))
  }, [api])

  useEffect(load, [load])

  const start = async (): Promise<void> => {
    if (busy || !address) return
    setBusy(true)
    setStartError(null)
    try {
      await startParticipants(docId, address, mode)
    } catch (e) {
      if (live.current) {
        setStartError(toUiError(e))
        // The network may have changed under us (Wi-Fi dropped): show what is there now.
        load()
      }
    } finally {
      if (live.current) setBusy(false)
    }
  }

  return (
    <div className="pt-setup">
      <div className="pt-explain">
        <p className="pt-explain__lead" ref={introRef} tabIndex={-1}>
          {t('participants.dialog.intro')}
        </p>
        <ul className="pt-explain__list">
          <li>{t('participants.dialog.anonymous')}</li>
          <li>{t('participants.dialog.noApp')}</li>
          <li>{t('participants.dialog.sameNetwork')}</li>
        </ul>
      </div>
      <div className="pt-setup__columns">
        <NetworkPicker interfaces={interfaces} error={loadError} address={address} onChange={setAddress} onRefresh={load} />
        <ModeChoice mode={mode} onChange={setMode} />
      </div>
      <div className="pt-setup__actions">
        <button
          type="button"
          className="button button--primary button--large"
          aria-disabled={!address || busy}
          aria-busy={busy}
          onClick={() => void start()}
        >
          {busy ? t('participants.dialog.starting') : t('participants.dialog.start')}
        </button>
        {startError && <ErrorMessage lead={t('participants.dialog.startFailed')} error={startError} />}
      </div>
    </div>
  )
}
