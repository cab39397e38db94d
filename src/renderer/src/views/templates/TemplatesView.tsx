import { useEffect, useState } from 'react'
import type { TemplateEntry } from '../../../../shared/api/methods/templates.ts'
import { ApiError, type ErrorIssue } from '../../../../shared/api/errors.ts'
import type { MethodTemplate } from '../../../../shared/methods/schema.ts'
import { AppHeader } from '../../components/AppHeader.tsx'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { MAIN_ID } from '../../components/SkipLink.tsx'
import { errorText } from '../../components/errorText.ts'
import { useDocumentTitle } from '../../components/useDocumentTitle.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { ImportTemplate } from './ImportTemplate.tsx'
import { downloadTemplate } from './templateFile.ts'
import { TemplateEditor } from './TemplateEditor.tsx'
import { BuiltInTemplates, OwnTemplates } from './TemplateList.tsx'
import { useTemplates } from './useTemplates.ts'

const same = (a: MethodTemplate, b: MethodTemplate): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * The facilitator's own templates beside the built-in ones: copy, edit, save, export, import,
 * delete. Unsaved edits are kept per template, so switching between them loses nothing.
 */
export function TemplatesView(): React.JSX.Element {
  const { t } = useTranslation()
  const api = useAppStore((s) => s.api)
  const language = useAppStore((s) => s.language)
  const setActiveDoc = useAppStore((s) => s.setActiveDoc)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const library = useTemplates()
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [drafts, setDrafts] = useState<Record<string, MethodTemplate>>({})
  const [serverIssues, setServerIssues] = useState<ErrorIssue[]>([])
  useDocumentTitle(t('run.templates.title'))
  useEffect(() => setActiveDoc(null), [setActiveDoc])

  const own = library.templates.filter((e) => !e.builtIn)
  const builtIn = library.templates.filter((e) => e.builtIn)
  const savedOf = (id: string): MethodTemplate | undefined => own.find((e) => e.template.id === id)?.template
  const selected = selectedId ? (drafts[selectedId] ?? savedOf(selectedId)) : undefined
  const dirtyIds = new Set(Object.keys(drafts).filter((id) => {
    const saved = savedOf(id)
    return !saved || !same(saved, drafts[id])
  }))
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })

  const select = (id: string | null): void => {
    setSelectedId(id)
    setServerIssues([])
  }

  const copy = (entry: TemplateEntry): void => {
    if (!api) return
    const newName = t('run.templates.copyName', { name: entry.template[language].name })
    api
      .call('templates.copy', { fromId: entry.template.id, newName })
      .then((copied) => {
        library.reload()
        select(copied.template.id)
        announce(t('run.templates.copied', { name: copied.template[language].name }))
      })
      .catch(fail)
  }

  const save = async (): Promise<void> => {
    if (!api || !selected) return
    try {
      const saved = await api.call('templates.save', { template: selected })
      setDrafts(({ [saved.template.id]: _, ...rest }) => rest)
      setServerIssues([])
      library.reload()
      announce(t('run.templates.editor.saved'))
    } catch (e) {
      if (e instanceof ApiError && e.issues) setServerIssues(e.issues)
      fail(e)
    }
  }

  const exportOne = (id: string): void => {
    api
      ?.call('templates.export', { id })
      .then((template) => announce(t('run.templates.exported', { file: downloadTemplate(template) })))
      .catch(fail)
  }

  const remove = async (entry: TemplateEntry): Promise<void> => {
    if (!api) return
    try {
      await api.call('templates.delete', { id: entry.template.id })
      setDrafts(({ [entry.template.id]: _, ...rest }) => rest)
      if (selectedId === entry.template.id) select(null)
      library.reload()
      announce(t('run.templates.deleted', { name: entry.template[language].name }))
    } catch (e) {
      fail(e)
    }
  }

  return (
    <div className="start templates">
      <AppHeader />
      <main id={MAIN_ID} tabIndex={-1} className="templates__main">
        <div className="start__intro">
          <h1 className="start__title">{t('run.templates.heading')}</h1>
          <p className="card__text">{t('run.templates.intro')}</p>
        </div>
        {library.error && <ErrorMessage error={library.error} />}
        <div className={`templates__grid${selected ? ' templates__grid--editing' : ''}`}>
          <div className="templates__lists">
            <OwnTemplates
              entries={own}
              selectedId={selectedId}
              dirtyIds={dirtyIds}
              onEdit={(id) => select(id)}
              onExport={exportOne}
              onDelete={remove}
            />
            {library.problems.length > 0 && (
              <section className="card" aria-labelledby="template-problems-heading">
                <h2 id="template-problems-heading" className="card__heading">
                  {t('run.templates.problems')}
                </h2>
                <ul className="template-problems">
                  {library.problems.map((p) => (
                    <li key={p.file}>{t('run.templates.problem', { file: p.file, message: p.message })}</li>
                  ))}
                </ul>
              </section>
            )}
            <ImportTemplate
              onImported={(id) => {
                library.reload()
                select(id)
              }}
            />
            <BuiltInTemplates entries={builtIn} onCopy={copy} />
          </div>
          {selected && selectedId && (
            <TemplateEditor
              key={selectedId}
              draft={selected}
              dirty={dirtyIds.has(selectedId)}
              serverIssues={serverIssues}
              onChange={(next) => {
                setDrafts((d) => ({ ...d, [selectedId]: next }))
                setServerIssues([])
              }}
              onSave={save}
              onClose={() => {
                select(null)
                // Back to the template's own "Ändra", where the editor was opened from.
                requestAnimationFrame(() =>
                  document.querySelector<HTMLElement>(`[data-template-id="${CSS.escape(selectedId)}"] .template-item__actions button`)?.focus()
                )
              }}
            />
          )}
        </div>
      </main>
    </div>
  )
}
