import { useState } from 'react'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { navigate } from '../../router.ts'
import { useAppStore } from '../../store/index.ts'
import { JsonFileButton } from '../../components/JsonFileButton.tsx'

/** Create a workshop from interchange JSON; the core checks it all before anything is written. */
export function ImportJson(): React.JSX.Element {
  const { t } = useTranslation()
  const importWorkshop = useAppStore((s) => s.importWorkshop)
  const [busy, setBusy] = useState(false)
  const [fileName, setFileName] = useState('')
  const [error, setError] = useState<{ lead: string; error: UiError } | null>(null)

  const onFile = async (file: File): Promise<void> => {
    setError(null)
    setBusy(true)
    try {
      const text = await file.text()
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e)
        setError({ lead: t('start.importJson.notJson', { message }), error: { code: 'invalid_input', detail: '' } })
        return
      }
      const opened = await importWorkshop(json)
      navigate({ name: 'workshop', path: opened.path })
    } catch (e) {
      setError({ lead: t('start.importJson.failed'), error: toUiError(e) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card" aria-labelledby="import-heading">
      <h2 id="import-heading" className="card__heading">
        {t('start.importJson.heading')}
      </h2>
      <p className="card__text">{t('start.importJson.text')}</p>
      <JsonFileButton
        label={t('start.importJson.fileLabel')}
        busy={busy}
        status={busy ? t('start.importJson.importing') : fileName}
        onFile={(file) => {
          setFileName(file.name)
          void onFile(file)
        }}
      />
      {error && <ErrorMessage lead={error.lead} error={error.error} />}
    </section>
  )
}
