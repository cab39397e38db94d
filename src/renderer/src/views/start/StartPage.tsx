import { useEffect, useRef } from 'react'
import { MAIN_ID } from '../../components/SkipLink.tsx'
import { AppHeader } from '../../components/AppHeader.tsx'
import { useDocumentTitle } from '../../components/useDocumentTitle.ts'
import { useFocusRequest } from '../../components/useFocusRequest.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { DemoCard } from './DemoCard.tsx'
import { FileLists } from './FileLists.tsx'
import { ImportJson } from './ImportJson.tsx'
import { NewWorkshopForm } from './NewWorkshopForm.tsx'
import { OpenFile } from './OpenFile.tsx'

/** Where a facilitator starts: make a workshop, try the demo, or pick up an earlier one. */
export function StartPage(): React.JSX.Element {
  const { t } = useTranslation()
  const loadLibrary = useAppStore((s) => s.loadLibrary)
  const loadAppInfo = useAppStore((s) => s.loadAppInfo)
  const setActiveDoc = useAppStore((s) => s.setActiveDoc)
  const mainRef = useRef<HTMLElement>(null)
  useDocumentTitle(t('start.title'))
  useFocusRequest('main', mainRef)

  useEffect(() => {
    setActiveDoc(null)
    void loadLibrary()
    loadAppInfo().catch(() => {
      // Only the data folder's path depends on it; the lists say if the host is unreachable.
    })
  }, [loadLibrary, loadAppInfo, setActiveDoc])

  return (
    <div className="start">
      <AppHeader />
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="start__main">
        <div className="start__intro">
          <h1 className="start__title">{t('app.name')}</h1>
          <p className="start__purpose">{t('app.purpose')}</p>
          <p className="start__note">{t('app.offlineNote')}</p>
        </div>
        <div className="start__grid">
          <div className="start__column">
            <NewWorkshopForm />
            <OpenFile />
            <ImportJson />
          </div>
          <div className="start__column">
            <DemoCard />
            <FileLists />
          </div>
        </div>
      </main>
    </div>
  )
}
