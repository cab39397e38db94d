import { useEffect, useRef, useState } from 'react'
import { toUiError, type UiError } from '../../api/index.ts'
import { BrandMark } from '../../components/BrandMark.tsx'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx'
import { PaletteButton } from '../../components/PaletteButton.tsx'
import { MAIN_ID } from '../../components/SkipLink.tsx'
import { useDocumentTitle } from '../../components/useDocumentTitle.ts'
import { useTranslation } from '../../i18n/index.ts'
import { hrefFor } from '../../router.ts'
import { useAppStore, selectCache, selectWorkshopRow } from '../../store/index.ts'
import { useRunPlace } from '../run/useRunPlace.ts'
import { useTemplates } from '../templates/useTemplates.ts'
import { HistoryButtons } from '../workshop/HistoryButtons.tsx'
import { SavedIndicator } from '../workshop/SavedIndicator.tsx'
import { AboutSection } from './AboutSection.tsx'
import { AnchoringSection } from './AnchoringSection.tsx'
import { LadderSection } from './LadderSection.tsx'
import { LanguageSection } from './LanguageSection.tsx'
import { MeetingsSection } from './MeetingsSection.tsx'
import { MethodSection } from './MethodSection.tsx'
import { StartPanel } from './StartPanel.tsx'

function SetupHeader({ docId, path, title }: { docId: string | null; path: string; title: string | null }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <header className="topbar">
      <a className="topbar__back" href="#/">
        <BrandMark size={28} />
        <span>
          <span className="directional" aria-hidden="true">← </span>
          {t('workshop.backToStart')}
        </span>
      </a>
      <div className="topbar__title">
        <p className="topbar__kicker">{t('run.setup.heading')}</p>
        <h1 className="topbar__heading" dir="auto">
          {title ?? t('workshop.loading')}
        </h1>
      </div>
      <div className="topbar__actions">
        {docId && <SavedIndicator docId={docId} />}
        {docId && <HistoryButtons docId={docId} />}
        <a className="button button--secondary" href={hrefFor({ name: 'workshop', path })}>
          {t('run.setup.toWorkshop')}
          <span className="directional" aria-hidden="true">→</span>
        </a>
        <LanguageSwitch />
        <PaletteButton />
      </div>
    </header>
  )
}

function SetupBody({ docId, path }: { docId: string; path: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  const place = useRunPlace(docId)
  const library = useTemplates()
  const anchoringRef = useRef<HTMLElement>(null)
  if (!place) return null
  const own = library.templates.filter((e) => !e.builtIn).map((e) => e.template)
  const toReceivers = (): void => {
    const section = anchoringRef.current
    section?.scrollIntoView({ block: 'start' })
    section?.querySelector<HTMLInputElement>('[data-receiver-name]')?.focus()
  }
  return (
    <div className="setup__grid">
      <div className="setup__sections">
        <p className="setup__lead">{t('run.setup.intro')}</p>
        <AboutSection docId={docId} workshop={place.workshop} />
        <LadderSection docId={docId} workshop={place.workshop} />
        <LanguageSection docId={docId} place={place} />
        <MethodSection docId={docId} place={place} library={library} />
        <MeetingsSection docId={docId} place={place} own={own} />
        <AnchoringSection ref={anchoringRef} docId={docId} place={place} own={own} />
      </div>
      <StartPanel docId={docId} path={path} place={place} own={own} onAddReceiver={toReceivers} />
    </div>
  )
}

/**
 * The set-up of one workshop, a calm form in sections that saves each field as it is left, and
 * ends in the button that starts the (next) meeting.
 */
export function SetupView({ path }: { path: string }): React.JSX.Element {
  const { t } = useTranslation()
  const docId = useAppStore((s) => s.docIdByPath[path] ?? null)
  const status = useAppStore((s) => selectCache(docId)(s)?.status ?? 'loading')
  const loadError = useAppStore((s) => selectCache(docId)(s)?.error ?? null)
  const title = useAppStore((s) => selectWorkshopRow(docId)(s)?.title ?? null)
  const openWorkshop = useAppStore((s) => s.openWorkshop)
  const setActiveDoc = useAppStore((s) => s.setActiveDoc)
  const [openError, setOpenError] = useState<UiError | null>(null)
  useDocumentTitle(title ? `${t('run.setup.title')}: ${title}` : t('workshop.loading'))

  useEffect(() => {
    let live = true
    openWorkshop(path)
      .then((id) => live && setActiveDoc(id))
      .catch((e: unknown) => live && setOpenError(toUiError(e)))
    return () => {
      live = false
    }
  }, [path, openWorkshop, setActiveDoc])

  const error = openError ?? (status === 'error' ? loadError : null)
  return (
    <div className="workshop setup">
      <SetupHeader docId={status === 'ready' ? docId : null} path={path} title={title} />
      <main id={MAIN_ID} tabIndex={-1} className="setup__main" aria-busy={status === 'loading' || undefined}>
        {error ? (
          <div className="card">
            <ErrorMessage lead={t('workshop.openFailed')} error={error} />
            <a className="button button--secondary" href="#/">
              {t('workshop.backToStart')}
            </a>
          </div>
        ) : docId && status === 'ready' ? (
          <SetupBody docId={docId} path={path} />
        ) : (
          <p className="card__text">{t('workshop.loading')}</p>
        )}
      </main>
    </div>
  )
}
