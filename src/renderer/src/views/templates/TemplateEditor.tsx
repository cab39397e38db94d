import { useEffect, useMemo, useRef, useState } from 'react'
import type { ErrorIssue } from '../../../../shared/api/errors.ts'
import {
  insertMeeting,
  insertPhase,
  meetingMinutes,
  movePhase,
  newMeetingTemplate,
  newPhaseTemplate,
  removeMeeting,
  removePhase,
  renameMeeting,
  updatePhase
} from '../../../../shared/methods/edit.ts'
import type { MethodTemplate } from '../../../../shared/methods/schema.ts'
import { checkTemplate } from '../../../../shared/methods/validate.ts'
import { useTranslation } from '../../i18n/index.ts'
import { Field } from './Field.tsx'
import { fieldId, hasIssueUnder, issuesByPath, locate } from './issues.ts'
import { PhaseForm } from './PhaseForm.tsx'
import { PhaseList } from './PhaseList.tsx'

interface Props {
  draft: MethodTemplate
  dirty: boolean
  /** Problems the core answered the last save with (paths as the core names them). */
  serverIssues: readonly ErrorIssue[]
  onChange: (next: MethodTemplate) => void
  onSave: () => Promise<void>
  onClose: () => void
}

/** Edit an own template: about, meetings, and each meeting's phases; saved with one button. */
export function TemplateEditor({ draft, dirty, serverIssues, onChange, onSave, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [mi, setMi] = useState(0)
  const [pi, setPi] = useState(0)
  const [attempted, setAttempted] = useState(false)
  const [saving, setSaving] = useState(false)
  const [focusPath, setFocusPath] = useState<string | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const meetingIndex = Math.min(mi, draft.meetings.length - 1)
  const meeting = draft.meetings[meetingIndex]
  const phaseIndex = Math.min(pi, meeting.phases.length - 1)
  const phase = meeting.phases[phaseIndex]

  const humane = (message: string): string =>
    message === 'must not be empty' ? t('run.templates.editor.problemEmpty') : /expected number/.test(message) ? t('run.templates.editor.problemNumber') : message
  const issues = useMemo(() => {
    const check = checkTemplate(draft)
    const local = check.ok ? [] : check.issues
    const all = issuesByPath([...local, ...serverIssues])
    return new Map([...all].map(([path, message]) => [path, humane(message)]))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, serverIssues, t])
  const shown = attempted || serverIssues.length > 0 ? issues : new Map<string, string>()

  // The editor opens beside the lists when a template is copied, imported or chosen: the focus
  // comes along, instead of staying on a button a long Tab away from the fields.
  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  useEffect(() => {
    if (!focusPath) return
    document.getElementById(fieldId(focusPath))?.focus()
    setFocusPath(null)
  }, [focusPath])

  const goTo = (path: string): void => {
    const at = locate(path)
    if (at.meeting !== null) setMi(at.meeting)
    if (at.phase !== null) setPi(at.phase)
    setFocusPath(path)
  }

  const save = (): void => {
    setAttempted(true)
    if (issues.size > 0) {
      const first = issues.keys().next().value
      if (first) goTo(first)
      return
    }
    if (saving) return
    setSaving(true)
    void onSave().finally(() => setSaving(false))
  }

  const about = (key: 'name' | 'description', lang: 'sv' | 'en', label: string): React.JSX.Element => (
    <Field
      path={`${lang}.${key}`}
      label={label}
      value={draft[lang][key]}
      lang={lang}
      multiline={key === 'description'}
      maxLength={key === 'name' ? 200 : 2_000}
      issues={shown}
      onChange={(value) => onChange({ ...draft, [lang]: { ...draft[lang], [key]: value } })}
    />
  )

  return (
    <section className="card template-editor" aria-labelledby="template-editor-heading">
      <div className="template-editor__bar">
        <div>
          <h2 ref={headingRef} id="template-editor-heading" tabIndex={-1} className="card__heading card__heading--large" dir="auto">
            {draft.sv.name || t('run.templates.editor.heading')}
          </h2>
          <p className="card__meta">{t('run.templates.editor.id', { id: draft.id })}</p>
        </div>
        <p className={`template-editor__state${dirty ? ' template-editor__state--dirty' : ''}`} role="status">
          {dirty ? t('run.templates.editor.unsaved') : t('run.templates.editor.allSaved')}
        </p>
        <div className="form__actions">
          {/* Not disabled while saving: a disabled button drops the keyboard focus to the page's top. */}
          <button type="button" className="button button--primary" aria-disabled={saving || undefined} onClick={save}>
            {t('run.templates.editor.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('run.templates.editor.close')}
          </button>
        </div>
      </div>

      {shown.size > 0 && (
        <div className="error-message template-editor__problems" role="alert">
          <p className="error-message__lead">{t('run.templates.editor.invalid')}</p>
          <ul>
            {[...shown].map(([path, message]) => (
              <li key={path}>
                <button type="button" className="link-button" onClick={() => goTo(path)}>
                  {path}
                </button>
                : {message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset className="template-editor__about">
        <legend className="setup-subheading">{t('run.templates.editor.about')}</legend>
        <div className="setup-fields">
          {about('name', 'sv', t('run.templates.editor.nameSv'))}
          {about('name', 'en', t('run.templates.editor.nameEn'))}
          {about('description', 'sv', t('run.templates.editor.descriptionSv'))}
          {about('description', 'en', t('run.templates.editor.descriptionEn'))}
        </div>
        <label className="run-choice run-choice--block">
          <input
            type="checkbox"
            checked={draft.requiresAnchoring}
            aria-describedby="tpl-anchoring-hint"
            onChange={(e) => onChange({ ...draft, requiresAnchoring: e.target.checked })}
          />
          {t('run.templates.editor.requiresAnchoring')}
        </label>
        <p id="tpl-anchoring-hint" className="field__hint">
          {t('run.templates.editor.requiresAnchoringHint')}
        </p>
      </fieldset>

      <div className="template-editor__meetings">
        <h3 className="setup-subheading">{t('run.templates.editor.meetings')}</h3>
        <ul className="meeting-tabs">
          {draft.meetings.map((m, i) => (
            <li key={i}>
              <button
                type="button"
                className={`meeting-tabs__tab${hasIssueUnder(shown, `meetings[${i}]`) ? ' meeting-tabs__tab--broken' : ''}`}
                aria-pressed={i === meetingIndex}
                onClick={() => {
                  setMi(i)
                  setPi(0)
                }}
              >
                <span dir="auto">{t('run.templates.editor.meeting', { n: i + 1 })}: {m.sv.title}</span>
                <span className="meeting-tabs__meta">{t('run.templates.editor.minutesTotal', { count: meetingMinutes(m) })}</span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                onChange(insertMeeting(draft, newMeetingTemplate(draft.meetings.length + 1)))
                setMi(draft.meetings.length)
                setPi(0)
              }}
            >
              <span aria-hidden="true">+</span>
              {t('run.templates.editor.addMeeting')}
            </button>
          </li>
        </ul>
        <div className="template-editor__meeting">
          <div className="setup-fields">
            {(['sv', 'en'] as const).map((lang) => (
              <Field
                key={lang}
                path={`meetings[${meetingIndex}].${lang}.title`}
                label={t(lang === 'sv' ? 'run.templates.editor.meetingTitleSv' : 'run.templates.editor.meetingTitleEn')}
                value={meeting[lang].title}
                lang={lang}
                maxLength={200}
                issues={shown}
                onChange={(title) => onChange(renameMeeting(draft, meetingIndex, lang, title))}
              />
            ))}
          </div>
          {draft.meetings.length > 1 && (
            <button type="button" className="button button--quiet button--small" onClick={() => onChange(removeMeeting(draft, meetingIndex))}>
              {t('run.templates.editor.removeMeeting', { n: meetingIndex + 1 })}
            </button>
          )}
          <div className="template-editor__phases">
            <PhaseList
              meeting={meeting}
              meetingIndex={meetingIndex}
              selected={phaseIndex}
              issues={shown}
              onSelect={setPi}
              onMove={(from, to) => {
                onChange(movePhase(draft, meetingIndex, from, to))
                setPi(to)
              }}
              onRemove={(i) => {
                onChange(removePhase(draft, meetingIndex, i))
                setPi(Math.max(0, i - 1))
              }}
              onAdd={(kind) => {
                onChange(insertPhase(draft, meetingIndex, newPhaseTemplate(kind), phaseIndex + 1))
                setPi(phaseIndex + 1)
              }}
            />
            {phase && (
              <PhaseForm
                phase={phase}
                path={`meetings[${meetingIndex}].phases[${phaseIndex}]`}
                number={phaseIndex + 1}
                issues={shown}
                onChange={(patch) => onChange(updatePhase(draft, meetingIndex, phaseIndex, patch))}
              />
            )}
          </div>
        </div>
      </div>
    </section>
  )
}
