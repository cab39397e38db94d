import { BrandMark } from '../../components/BrandMark.tsx'
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx'
import { PaletteButton } from '../../components/PaletteButton.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, selectCache, selectWorkshopRow } from '../../store/index.ts'
import { HistoryButtons } from './HistoryButtons.tsx'
import { TOOLBAR_ACTIONS } from './panels.tsx'
import { SavedIndicator } from './SavedIndicator.tsx'

/**
 * Title and file, whether it is saved, undo/redo, and the way back. `fallback` names the workshop
 * while its title cannot be read (a file that failed to open).
 */
export function TopBar({ docId, path, fallback }: { docId: string | null; path: string; fallback?: string }): React.JSX.Element {
  const { t } = useTranslation()
  const title = useAppStore((s) => selectWorkshopRow(docId)(s)?.title ?? null)
  const filePath = useAppStore((s) => selectCache(docId)(s)?.path ?? path)
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
        <h1 className="topbar__heading" dir="auto">
          {title ?? fallback ?? t('workshop.loading')}
        </h1>
        <p className="topbar__path" title={filePath}>
          {t('workshop.filePath', { path: filePath })}
        </p>
      </div>
      <div className="topbar__actions">
        {docId && <SavedIndicator docId={docId} />}
        {docId && <HistoryButtons docId={docId} />}
        <LanguageSwitch />
        <PaletteButton />
      </div>
      {docId && (
        // The workshop's tools get their own row, so the title never shrinks to nothing.
        <div className="topbar__tools" role="toolbar" aria-label={t('workshop.tools')}>
          {TOOLBAR_ACTIONS.map(({ id, component: Action }) => (
            <Action key={id} docId={docId} />
          ))}
        </div>
      )}
    </header>
  )
}
