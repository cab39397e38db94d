import { useState } from 'react'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { navigate } from '../../router.ts'
import { useAppStore } from '../../store/index.ts'

export function DemoCard(): React.JSX.Element {
  const { t } = useTranslation()
  const openDemo = useAppStore((s) => s.openDemo)
  const [error, setError] = useState<UiError | null>(null)
  return (
    <section className="card card--demo" aria-labelledby="demo-heading">
      <h2 id="demo-heading" className="card__heading">
        {t('start.demo.heading')}
      </h2>
      <p className="card__text">{t('start.demo.text')}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setError(null)
          openDemo()
            .then((opened) => navigate({ name: 'workshop', path: opened.path }))
            .catch((e: unknown) => setError(toUiError(e)))
        }}
      >
        {t('start.demo.open')}
      </button>
      {error && <ErrorMessage error={error} />}
    </section>
  )
}
