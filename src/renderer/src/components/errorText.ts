import { toUiError } from '../api/index.ts'
import { i18next } from '../i18n/index.ts'

/** A failure as one line for a toast: the plain-language lead, then the API's detail. */
export function errorText(e: unknown): string {
  const error = toUiError(e)
  const lead = i18next.t(`errors.${error.code}`)
  return error.detail ? `${lead} ${i18next.t('errors.details', { message: error.detail })}` : lead
}
