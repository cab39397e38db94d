import { useState } from 'react'
import type { TemplateEntry } from '../../../../shared/api/methods/templates.ts'
import type { MethodTemplate } from '../../../../shared/methods/schema.ts'
import { findBuiltInMethod } from '../../../../shared/methods/index.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'

function useSummary(): (t: MethodTemplate) => string {
  const { t } = useTranslation()
  return (template) =>
    t('run.templates.summary', {
      meetings: t('start.newWorkshop.meetings', { count: template.meetings.length }),
      phases: t('start.newWorkshop.phases', { count: template.meetings.reduce((n, m) => n + m.phases.length, 0) })
    })
}

interface OwnProps {
  entry: TemplateEntry
  selected: boolean
  dirty: boolean
  onEdit: () => void
  onExport: () => void
  onDelete: () => Promise<void>
}

function OwnTemplate({ entry, selected, dirty, onEdit, onExport, onDelete }: OwnProps): React.JSX.Element {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const summary = useSummary()
  const [confirming, setConfirming] = useState(false)
  const template = entry.template
  const name = template[language].name
  const basedOn = template.basedOn ? (findBuiltInMethod(template.basedOn)?.[language].name ?? template.basedOn) : null
  return (
    <li className={`template-item${selected ? ' template-item--selected' : ''}`} data-template-id={template.id}>
      <div className="template-item__text">
        <p className="template-item__name" dir="auto">
          {name}
          {dirty && <span className="template-item__dirty"> · {t('run.templates.editor.unsaved')}</span>}
        </p>
        <p className="template-item__meta">
          {summary(template)}
          {template.requiresAnchoring && ` · ${t('run.templates.anchoringTag')}`}
        </p>
        {basedOn && <p className="template-item__meta">{t('run.templates.basedOn', { name: basedOn })}</p>}
      </div>
      {confirming ? (
        <div className="template-item__confirm" role="group" aria-label={t('run.templates.deleteNamed', { name })}>
          <p>{t('run.templates.deleteConfirm', { name })}</p>
          <div className="form__actions">
            <button type="button" className="button button--danger" onClick={() => void onDelete().finally(() => setConfirming(false))}>
              {t('run.templates.deleteYes')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              {t('run.setup.anchoring.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="template-item__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('run.templates.editNamed', { name })}
            aria-pressed={selected}
            onClick={onEdit}
          >
            {t('run.templates.edit')}
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={t('run.templates.exportNamed', { name })}
            onClick={onExport}
          >
            {t('run.templates.export')}
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={t('run.templates.deleteNamed', { name })}
            onClick={() => setConfirming(true)}
          >
            {t('run.templates.delete')}
          </button>
        </div>
      )}
    </li>
  )
}

export function OwnTemplates(props: {
  entries: TemplateEntry[]
  selectedId: string | null
  dirtyIds: ReadonlySet<string>
  onEdit: (id: string) => void
  onExport: (id: string) => void
  onDelete: (entry: TemplateEntry) => Promise<void>
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <section className="card" aria-labelledby="own-templates-heading">
      <h2 id="own-templates-heading" className="card__heading">
        {t('run.templates.own')}
      </h2>
      {props.entries.length === 0 ? (
        <p className="card__empty">{t('run.templates.noOwn')}</p>
      ) : (
        <ul className="template-list">
          {props.entries.map((e) => (
            <OwnTemplate
              key={e.template.id}
              entry={e}
              selected={props.selectedId === e.template.id}
              dirty={props.dirtyIds.has(e.template.id)}
              onEdit={() => props.onEdit(e.template.id)}
              onExport={() => props.onExport(e.template.id)}
              onDelete={() => props.onDelete(e)}
            />
          ))}
        </ul>
      )}
    </section>
  )
}

export function BuiltInTemplates({ entries, onCopy }: { entries: TemplateEntry[]; onCopy: (entry: TemplateEntry) => void }): React.JSX.Element {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const summary = useSummary()
  return (
    <section className="card" aria-labelledby="builtin-templates-heading">
      <h2 id="builtin-templates-heading" className="card__heading">
        {t('run.templates.builtIn')}
      </h2>
      <ul className="template-list">
        {entries.map((e) => (
          <li key={e.template.id} className="template-item">
            <div className="template-item__text">
              <p className="template-item__name">{e.template[language].name}</p>
              <p className="template-item__meta">
                {summary(e.template)}
                {e.template.requiresAnchoring && ` · ${t('run.templates.anchoringTag')}`}
              </p>
            </div>
            <div className="template-item__actions">
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t('run.templates.copyNamed', { name: e.template[language].name })}
                onClick={() => onCopy(e)}
              >
                {t('run.templates.copy')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
