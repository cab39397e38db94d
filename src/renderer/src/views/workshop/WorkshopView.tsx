import { useEffect, useRef, useState } from 'react'
import type { RestoredWorkshop } from '../../../../shared/api/methods/backup.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { MAIN_ID } from '../../components/SkipLink.tsx'
import { useDocumentTitle } from '../../components/useDocumentTitle.ts'
import { useTranslation } from '../../i18n/index.ts'
import { navigate } from '../../router.ts'
import { useAppStore, selectCache, selectCurrentPhase, selectWorkshopRow } from '../../store/index.ts'
import { FileOpenError } from '../backups/FileOpenError.tsx'
import { fileName } from '../report/paths.ts'
import { PhasePrompt } from './PhasePrompt.tsx'
import { PhaseRail } from './PhaseRail.tsx'
import { SidePanels } from './SidePanels.tsx'
import { TopBar } from './TopBar.tsx'
import { workspaceFor } from './workspaces.tsx'

function Problem({
  error,
  lead,
  path,
  onRetry,
  onRestored
}: {
  error: UiError | null
  lead: string
  path: string
  onRetry?: () => void
  onRestored: (restored: RestoredWorkshop) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <main id={MAIN_ID} tabIndex={-1} className="workshop__problem">
      <div className="card">
        {error ? <FileOpenError error={error} path={path} lead={lead} onRestored={onRestored} /> : <p className="card__text">{lead}</p>}
        <div className="form__actions">
          {onRetry && (
            <button type="button" className={`button ${error?.latestBackup ? 'button--secondary' : 'button--primary'}`} onClick={onRetry}>
              {t('workshop.reopen')}
            </button>
          )}
          <a className="button button--secondary" href="#/">
            {t('workshop.backToStart')}
          </a>
        </div>
      </div>
    </main>
  )
}

/** The tools of the current phase's kind. */
function PhaseWorkspace({ docId }: { docId: string }): React.JSX.Element | null {
  const phase = useAppStore(selectCurrentPhase(docId))
  const phaseId = phase?.id ?? null
  const shown = useRef<string | null>(null)
  // Moving to another phase (Ctrl+→, PageDown) replaces the workspace, and whatever had the focus
  // in it with it. The focus would fall back to the page's very top; it goes to the main area
  // instead, so the next Tab reaches the new phase's tools.
  useEffect(() => {
    const before = shown.current
    shown.current = phaseId
    if (before === null || before === phaseId) return
    const active = document.activeElement
    if (active === null || active === document.body) document.getElementById(MAIN_ID)?.focus({ preventScroll: true })
  }, [phaseId])
  if (!phase) return null
  const Workspace = workspaceFor(phase.kind)
  return <Workspace key={phase.id} docId={docId} phaseId={phase.id} />
}

/**
 * One workshop, addressed by its file path so a reload or restart opens it again. The view is
 * a frame; later views (board, run mode, notes) fill the main area per phase kind.
 */
export function WorkshopView({ path }: { path: string }): React.JSX.Element {
  const { t } = useTranslation()
  const docId = useAppStore((s) => s.docIdByPath[path] ?? null)
  const status = useAppStore((s) => selectCache(docId)(s)?.status ?? 'loading')
  const loadError = useAppStore((s) => selectCache(docId)(s)?.error ?? null)
  const title = useAppStore((s) => selectWorkshopRow(docId)(s)?.title ?? null)
  const openWorkshop = useAppStore((s) => s.openWorkshop)
  const setActiveDoc = useAppStore((s) => s.setActiveDoc)
  const [openError, setOpenError] = useState<UiError | null>(null)
  const [attempt, setAttempt] = useState(0)
  useDocumentTitle(title ?? (openError ? fileName(path) : t('workshop.loading')))

  useEffect(() => {
    let live = true
    setOpenError(null)
    openWorkshop(path)
      .then((id) => live && setActiveDoc(id))
      .catch((e: unknown) => live && setOpenError(toUiError(e)))
    return () => {
      live = false
    }
  }, [path, attempt, openWorkshop, setActiveDoc])

  const retry = (): void => setAttempt((n) => n + 1)
  // A backup restored in place of this file opens here; one restored beside it opens at its own path.
  const restored = (r: RestoredWorkshop): void => (r.path === path ? retry() : navigate({ name: 'workshop', path: r.path }))

  const failed = openError !== null || status === 'error'
  let body: React.JSX.Element
  if (openError) body = <Problem error={openError} lead={t('workshop.openFailed')} path={path} onRetry={retry} onRestored={restored} />
  else if (!docId || status === 'loading')
    body = (
      <main id={MAIN_ID} tabIndex={-1} className="workshop__problem" aria-busy="true">
        <p className="card__text">{t('workshop.loading')}</p>
      </main>
    )
  else if (status === 'error') body = <Problem error={loadError} lead={t('workshop.openFailed')} path={path} onRetry={retry} onRestored={restored} />
  else if (status === 'closed') body = <Problem error={null} lead={t('workshop.closed')} path={path} onRetry={retry} onRestored={restored} />
  else
    body = (
      <div className="workshop__body">
        <PhaseRail docId={docId} />
        <main id={MAIN_ID} tabIndex={-1} className="workshop__main">
          <PhasePrompt docId={docId} />
          <PhaseWorkspace docId={docId} />
        </main>
        <SidePanels docId={docId} />
      </div>
    )

  return (
    <div className="workshop">
      <TopBar docId={status === 'ready' ? docId : null} path={path} fallback={failed ? fileName(path) : undefined} />
      {body}
    </div>
  )
}
