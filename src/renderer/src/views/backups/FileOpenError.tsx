import type { RestoredWorkshop } from '../../../../shared/api/methods/backup.ts'
import type { UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { fileProblem } from './fileProblem.ts'
import { RestoreOffer } from './RestoreOffer.tsx'

/**
 * A workshop file that could not be opened: what is wrong with it in plain words, the core's own
 * text as the detail, and its newest backup to restore when there is one.
 */
export function FileOpenError({
  error,
  path,
  lead,
  onRestored
}: {
  error: UiError
  /** The file that could not be opened. */
  path: string
  /** Said when the error does not name a known problem with the file. */
  lead: string
  onRestored: (restored: RestoredWorkshop) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const problem = fileProblem(error)
  return (
    <div className="file-open-error">
      <ErrorMessage lead={problem ? t(`backups.problem.${problem}`) : lead} error={error} />
      {error.latestBackup ? (
        <RestoreOffer path={path} backup={error.latestBackup} problem={problem} onRestored={onRestored} />
      ) : (
        problem && problem !== 'newer' && <p className="file-open-error__none">{t('backups.offer.none')}</p>
      )}
    </div>
  )
}
