import { useEffect, useState } from 'react'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { ProjectorScreen } from '../projector/ProjectorScreen.tsx'
import { useScreenTheme } from '../projector/theme.ts'
import { endSpotlight, step, toggleBlank, toggleFreeze } from './actions.ts'
import { presenterStateText } from './presenterText.ts'
import { usePresenter } from './presenterStore.ts'
import { useOpenProjector } from './useOpenProjector.ts'

/** How often the panel asks how many projector screens are open (nothing announces it). */
const SCREENS_POLL_MS = 4_000

function useScreens(docId: string): number | null {
  const api = useAppStore((s) => s.api)
  const [screens, setScreens] = useState<number | null>(null)
  useEffect(() => {
    if (!api) return
    let live = true
    const ask = (): void => {
      api.call('projector.status', { docId }).then(
        (s) => live && setScreens(s.screens),
        () => live && setScreens(null)
      )
    }
    ask()
    const id = window.setInterval(ask, SCREENS_POLL_MS)
    return () => {
      live = false
      window.clearInterval(id)
    }
  }, [api, docId])
  return screens
}

function Key({ k }: { k: string }): React.JSX.Element {
  return (
    <kbd className="presenter__key" aria-hidden="true">
      {k}
    </kbd>
  )
}

/**
 * The "Projektorn" side panel: the presenter controls and a live miniature of what the room sees,
 * drawn by the same component as the projector itself from the same view.
 */
export function PresenterPanel({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const pushToast = useAppStore((s) => s.pushToast)
  const kind = useAppStore((s) => s.api?.kind ?? 'browser')
  const { view, skewMs } = usePresenter(docId)
  const screens = useScreens(docId)
  const theme = useScreenTheme()
  const { open, blockedUrl, clearBlocked } = useOpenProjector(docId)
  const presenter = view?.presenter
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })
  const run = (action: () => Promise<unknown>) => (): void => {
    action().catch(fail)
  }

  return (
    <div className="presenter">
      <h2 className="presenter__heading">{t('projector.presenter.heading')}</h2>
      <p className="presenter__state" data-testid="presenter-state">
        {presenter ? t('projector.presenter.status', { state: presenterStateText(presenter, t) }) : '…'}
      </p>

      <div className="presenter__row" role="group" aria-label={t('projector.presenter.heading')}>
        <button type="button" className="button button--quiet presenter__toggle" aria-pressed={presenter?.blank ?? false} onClick={run(() => toggleBlank(docId))}>
          {t('projector.presenter.blank')} <Key k="B" />
        </button>
        <button type="button" className="button button--quiet presenter__toggle" aria-pressed={presenter?.frozen ?? false} onClick={run(() => toggleFreeze(docId))}>
          {t('projector.presenter.freeze')} <Key k="F" />
        </button>
      </div>
      {presenter?.frozen && <p className="presenter__hint">{t('projector.presenter.frozenHint')}</p>}

      <div className="presenter__row" role="group" aria-label={t('projector.presenter.spotlight')}>
        <button type="button" className="button button--quiet" onClick={run(() => step(docId, -1))}>
          <span className="directional" aria-hidden="true">← </span>
          {t('projector.presenter.previous')}
        </button>
        <button type="button" className="button button--quiet" onClick={run(() => step(docId, 1))}>
          {t('projector.presenter.next')}
          <span className="directional" aria-hidden="true"> →</span>
        </button>
        <button type="button" className="button button--quiet" disabled={!presenter?.spotlight} onClick={run(() => endSpotlight(docId))}>
          {t('projector.presenter.endSpotlight')} <Key k="Esc" />
        </button>
      </div>
      <p className="presenter__hint">{t('projector.presenter.keysHint')}</p>

      <h3 className="presenter__subheading">{t('projector.presenter.previewHeading')}</h3>
      <section className="presenter__preview" aria-label={t('projector.presenter.previewLabel')}>
        {view ? <ProjectorScreen view={view} skewMs={skewMs} preview theme={theme} /> : <div className="presenter__preview-empty" />}
      </section>

      <div className="presenter__open">
        <button type="button" className="button button--secondary" onClick={open}>
          {t('projector.presenter.buttonLabel')}
        </button>
        {blockedUrl && (
          <a href={blockedUrl} target="_blank" rel="noopener noreferrer" onClick={clearBlocked}>
            {t('projector.presenter.popupLink')}
          </a>
        )}
        <p className="presenter__hint">{kind === 'electron' ? t('projector.presenter.openAppHint') : t('projector.presenter.openBrowserHint')}</p>
        {screens !== null && <p className="presenter__hint">{t('projector.presenter.screens', { count: screens })}</p>}
      </div>
    </div>
  )
}
