import type { FileEntry } from '../../../../shared/api/methods/library.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { errorText } from '../../components/errorText.ts'
import { formatDateTime } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/index.ts'
import { hrefFor } from '../../router.ts'
import { fileName } from '../report/paths.ts'
import { useAppStore } from '../../store/index.ts'

function FileItem({ entry, onForget }: { entry: FileEntry; onForget?: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const when = t('start.files.modified', { date: formatDateTime(entry.modifiedAt, language) })
  return (
    <li className={`file-item${entry.problem ? ' file-item--problem' : ''}`}>
      <div className="file-item__main">
        {/* A file with a problem opens too: the workshop view names the problem and offers its backup. */}
        <a className="file-item__title file-item__link" href={hrefFor({ name: 'workshop', path: entry.path })} dir="auto">
          {entry.title || fileName(entry.path)}
        </a>
        <span className="file-item__meta">
          <span className="file-item__file" title={entry.path}>
            {fileName(entry.path)}
          </span>
          {entry.modifiedAt > 0 && <span className="file-item__date">{when}</span>}
        </span>
        {entry.problem && <span className="file-item__problem">{t('start.files.problem', { problem: entry.problem })}</span>}
      </div>
      {onForget && (
        <button
          type="button"
          className="icon-button"
          aria-label={t('start.recent.forget', { title: entry.title || fileName(entry.path) })}
          title={t('start.recent.forget', { title: entry.title || fileName(entry.path) })}
          onClick={onForget}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </li>
  )
}

/** Recently opened workshops, then every workshop file in the data folder. */
export function FileLists(): React.JSX.Element {
  const { t } = useTranslation()
  const library = useAppStore((s) => s.library)
  const dataDir = useAppStore((s) => s.appInfo?.dataDir ?? null)
  const forgetRecent = useAppStore((s) => s.forgetRecent)
  const pushToast = useAppStore((s) => s.pushToast)
  const recentPaths = new Set(library.recent.map((e) => e.path))
  // A file already in the recent list is not repeated below it.
  const others = library.files.filter((f) => !recentPaths.has(f.path))

  return (
    <>
      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="card__heading">
          {t('start.recent.heading')}
        </h2>
        {library.error && <ErrorMessage error={library.error} />}
        {library.status === 'ready' && library.recent.length === 0 && <p className="card__empty">{t('start.recent.empty')}</p>}
        {library.recent.length > 0 && (
          <ul className="file-list" aria-labelledby="recent-heading">
            {library.recent.map((entry) => (
              <FileItem
                key={entry.path}
                entry={entry}
                onForget={() => {
                  forgetRecent(entry.path).catch((e: unknown) => pushToast({ kind: 'error', message: errorText(e) }))
                }}
              />
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="files-heading">
        <h2 id="files-heading" className="card__heading">
          {t('start.files.heading')}
        </h2>
        {dataDir && <p className="card__meta">{t('start.files.folder', { path: dataDir })}</p>}
        {library.status === 'ready' && others.length === 0 && (
          <p className="card__empty">{library.files.length === 0 ? t('start.files.empty') : t('start.files.allRecent')}</p>
        )}
        {others.length > 0 && (
          <ul className="file-list" aria-labelledby="files-heading">
            {others.map((entry) => (
              <FileItem key={entry.path} entry={entry} />
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
