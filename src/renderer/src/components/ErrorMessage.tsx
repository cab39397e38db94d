import type { UiError } from '../api/index.ts'
import { useTranslation } from '../i18n/index.ts'

/**
 * A failure in plain words: what happened (the lead, or the error's kind) and the API's detail,
 * which names the exact field or file. Never a stack trace.
 */
export function ErrorMessage({ error, lead, id }: { error: UiError; lead?: string; id?: string }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="error-message" role="alert" id={id}>
      <p className="error-message__lead">{lead ?? t(`errors.${error.code}`)}</p>
      {error.detail && <p className="error-message__detail">{t('errors.details', { message: error.detail })}</p>}
    </div>
  )
}
