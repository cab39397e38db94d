import { useTranslation } from '../i18n/index.ts'

export const MAIN_ID = 'main'

export function SkipLink(): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(e) => {
        // The app routes on the hash, so move focus by hand instead of following the link.
        e.preventDefault()
        document.getElementById(MAIN_ID)?.focus()
      }}
    >
      {t('app.skipToContent')}
    </a>
  )
}
