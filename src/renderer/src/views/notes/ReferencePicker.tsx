import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { useTable } from '../outcomes/useTables.ts'

const MAX_EXCERPT = 60

export function excerpt(text: string, max = MAX_EXCERPT): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/**
 * Choose a note (lapp) or group from this meeting to refer to. The reference goes in as plain
 * text, "[Lapp: …]", so it reads the same in the report, in a search and after any export.
 */
export function ReferencePicker({
  docId,
  meetingId,
  onInsert,
  onCancel
}: {
  docId: string
  meetingId: string
  onInsert: (token: string) => void
  onCancel: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const phases = useTable(docId, 'phase')
  const clusters = useTable(docId, 'cluster')
  const stickies = useTable(docId, 'sticky')
  const id = useId()
  const select = useRef<HTMLSelectElement>(null)
  useEffect(() => select.current?.focus(), [])

  const options = useMemo(() => {
    const inMeeting = new Set(Object.values(phases).filter((p) => p.meetingId === meetingId).map((p) => p.id))
    const groups = Object.values(clusters)
      .filter((c) => inMeeting.has(c.phaseId) && c.title.trim() !== '')
      .sort((a, b) => a.position - b.position)
      .map((c) => ({ value: `cluster:${c.id}`, label: excerpt(c.title), token: t('outcomes.notes.refCluster', { text: excerpt(c.title) }) }))
    const notes = Object.values(stickies)
      .filter((s) => inMeeting.has(s.phaseId) && s.status === 'board')
      .sort((a, b) => a.position - b.position || a.createdAt - b.createdAt)
      .map((s) => ({ value: `sticky:${s.id}`, label: excerpt(s.text), token: t('outcomes.notes.refSticky', { text: excerpt(s.text) }) }))
    return { groups, notes }
  }, [phases, clusters, stickies, meetingId, t])

  const all = [...options.groups, ...options.notes]
  const [value, setValue] = useState(all[0]?.value ?? '')

  if (all.length === 0) {
    return (
      <div className="note-form">
        <p className="card__text">{t('outcomes.notes.refNone')}</p>
        <div className="form__actions">
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('outcomes.common.close')}
          </button>
        </div>
      </div>
    )
  }
  return (
    <form
      className="note-form"
      onSubmit={(e) => {
        e.preventDefault()
        const chosen = all.find((o) => o.value === value)
        if (chosen) onInsert(chosen.token)
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          e.stopPropagation()
          onCancel()
        }
      }}
    >
      <label className="field__label" htmlFor={`${id}-ref`}>
        {t('outcomes.notes.refLabel')}
      </label>
      <div className="input-row">
        <select ref={select} id={`${id}-ref`} className="input" value={value} onChange={(e) => setValue(e.target.value)}>
          {options.groups.length > 0 && (
            <optgroup label={t('outcomes.notes.refGroups')}>
              {options.groups.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          )}
          {options.notes.length > 0 && (
            <optgroup label={t('outcomes.notes.refStickies')}>
              {options.notes.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <button type="submit" className="button button--primary">
          {t('outcomes.notes.refInsert')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('outcomes.common.cancel')}
        </button>
      </div>
    </form>
  )
}
