import { useEffect } from 'react'
import { useTranslation } from '../i18n/index.ts'

/** "Startsida – Medskapa": each view names itself in the window title and for screen readers. */
export function useDocumentTitle(title: string | null): void {
  const { t } = useTranslation()
  const app = t('app.name')
  useEffect(() => {
    document.title = title ? `${title} – ${app}` : app
  }, [title, app])
}
