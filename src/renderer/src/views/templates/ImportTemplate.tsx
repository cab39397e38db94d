import { useState } from 'react'
import { ApiError, type ErrorIssue } from '../../../../shared/api/errors.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { JsonFileButton } from '../../components/JsonFileButton.tsx'

/** Read a template file and hand it to the core, which checks it all and names each broken field. */
export function ImportTemplate({ onImported }: { onImported: (id: string) => void }): React.JSX.Element {
  const { t } = useTranslation()
  const api = useAppStore((s) => s.api)
  const language = useAppStore((s) => s.language)
  const announce = useAppStore((s) => s.announce)
  const [busy, setBusy] = useState(false)
  const [fileName, setFileName] = useState('')
  const [error, setError] = useState<{ lead: string; error: UiError; issues: ErrorIssue[] } | null>(null)

  const onFile = async (file: File): Promise<void> => {
    if (!api) return
    setError(null)
    setBusy(true)
    try {
      const text = await file.text()
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e)
        setError({ lead: t('run.templates.import.notJson', { message }), error: { code: 'invalid_input', detail: '' }, issues: [] })
        return
      }
      const { entry, renamedFrom } = await api.call('templates.import', { json, onClash: 'rename' })
      const name = entry.template[language].name
      announce(
        renamedFrom
          ? t('run.templates.import.renamed', { name, from: renamedFrom, id: entry.template.id })
          : t('run.templates.import.done', { name })
      )
      onImported(entry.template.id)
    } catch (e) {
      setError({ lead: t('run.templates.import.failed'), error: toUiError(e), issues: e instanceof ApiError ? (e.issues ?? []) : [] })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card" aria-labelledby="import-template-heading">
      <h2 id="import-template-heading" className="card__heading">
        {t('run.templates.import.heading')}
      </h2>
      <p className="card__text">{t('run.templates.import.text')}</p>
      <JsonFileButton
        label={t('run.templates.import.file')}
        busy={busy}
        status={fileName}
        onFile={(file) => {
          setFileName(file.name)
          void onFile(file)
        }}
      />
      {error && (
        <div className="template-import__error">
          <ErrorMessage lead={error.lead} error={error.error} />
          {error.issues.length > 0 && (
            <ul className="template-import__issues">
              {error.issues.map((i) => (
                <li key={i.path}>
                  <strong>{t('run.templates.import.field', { path: i.path })}</strong> – {i.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
