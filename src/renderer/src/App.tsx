import { useEffect, useState } from 'react'
import { toUiError, type UiError } from './api/index.ts'
import { CommandPalette } from './components/CommandPalette.tsx'
import { ConnectionBanner } from './components/ConnectionBanner.tsx'
import { ErrorMessage } from './components/ErrorMessage.tsx'
import { LiveRegion } from './components/LiveRegion.tsx'
import { MAIN_ID, SkipLink } from './components/SkipLink.tsx'
import { Toasts } from './components/Toasts.tsx'
import { useCommandKeys } from './components/useCommandKeys.ts'
import { useTranslation } from './i18n/index.ts'
import { navigate, parseHash, useHash } from './router.ts'
import { useAppStore } from './store/index.ts'
import { ProjectorView } from './views/projector/ProjectorView.tsx'
import { SetupView } from './views/setup/SetupView.tsx'
import { StartPage } from './views/start/StartPage.tsx'
import { TemplatesView } from './views/templates/TemplatesView.tsx'
import { WorkshopView } from './views/workshop/WorkshopView.tsx'

/** No route at all (the first visit): open the demo, so there is something real to look at. */
function Home(): React.JSX.Element {
  const { t } = useTranslation()
  const openDemo = useAppStore((s) => s.openDemo)
  const [error, setError] = useState<UiError | null>(null)
  useEffect(() => {
    let live = true
    openDemo()
      .then((opened) => live && navigate({ name: 'workshop', path: opened.path }, { replace: true }))
      .catch((e: unknown) => live && setError(toUiError(e)))
    return () => {
      live = false
    }
  }, [openDemo])
  return (
    <main id={MAIN_ID} tabIndex={-1} className="workshop__problem" aria-busy={!error}>
      {error ? (
        <div className="card">
          <ErrorMessage error={error} />
          <a className="button button--secondary" href="#/">
            {t('workshop.backToStart')}
          </a>
        </div>
      ) : (
        <p className="card__text">{t('app.loading')}</p>
      )}
    </main>
  )
}

export function App(): React.JSX.Element {
  const route = parseHash(useHash())
  useCommandKeys()
  useEffect(() => {
    if (route.name === 'unknown') navigate({ name: 'start' }, { replace: true })
  }, [route.name])

  return (
    <>
      <SkipLink />
      <ConnectionBanner />
      {route.name === 'home' && <Home />}
      {route.name === 'start' && <StartPage />}
      {route.name === 'workshop' && <WorkshopView key={route.path} path={route.path} />}
      {route.name === 'setup' && <SetupView key={route.path} path={route.path} />}
      {route.name === 'templates' && <TemplatesView />}
      {route.name === 'projector' && <ProjectorView key={route.docId} docId={route.docId} />}
      <CommandPalette />
      <Toasts />
      <LiveRegion />
    </>
  )
}
