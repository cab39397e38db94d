import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { CORRECTION_TARGETS, isRowTarget, type CorrectionTarget } from '../../../../shared/summary/corrections.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { selectEntities, useAppStore } from '../../store/index.ts'
import { notesOf, shorten, targetsOf } from './targets.ts'

interface Props {
  docId: string
  summaryId: string
  meetingId: string
  version: number
  onDone: () => void
}

/**
 * A participant's correction to the version they read: what it is about, the new text, and a few
 * words on what changed. Who asked is never asked for: it is recorded as "a participant".
 */
export function CorrectionForm({ docId, summaryId, meetingId, version, onDone }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const tables = useAppStore(selectEntities(docId))
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const [type, setType] = useState<CorrectionTarget>('sticky')
  // The form opens on the first note of the meeting, its text ready to edit.
  const [initial] = useState(() => (tables ? targetsOf(tables, meetingId, 'sticky')[0] : undefined))
  const [targetId, setTargetId] = useState(initial?.id ?? '')
  const [before, setBefore] = useState('')
  const [after, setAfter] = useState(initial?.text ?? '')
  const [description, setDescription] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const first = useRef<HTMLSelectElement>(null)

  useEffect(() => first.current?.focus(), [])

  const targets = useMemo(() => (tables && isRowTarget(type) ? targetsOf(tables, meetingId, type) : []), [tables, meetingId, type])
  const notes = useMemo(() => (tables ? notesOf(tables, meetingId) : []), [tables, meetingId])
  const current = targets.find((x) => x.id === targetId)

  // A new kind picks its first item and offers its text to edit.
  const choose = (next: CorrectionTarget): void => {
    setType(next)
    setError(null)
    setBefore('')
    if (isRowTarget(next) && tables) {
      const first = targetsOf(tables, meetingId, next)[0]
      setTargetId(first?.id ?? '')
      setAfter(first?.text ?? '')
    } else {
      setTargetId(next === 'note' ? (notes[0]?.id ?? '') : '')
      setAfter('')
    }
  }

  const save = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      await mutate(docId, 'summary.addCorrection', {
        docId,
        summaryId,
        description,
        targetType: type,
        targetId: isRowTarget(type) || type === 'note' ? targetId : '',
        before: isRowTarget(type) ? (current?.text ?? '') : before,
        after
      })
      announce(t('summary.correction.saved'))
      onDone()
    } catch (err) {
      setError(toUiError(err))
      setBusy(false)
    }
  }

  const noteLabel = (n: (typeof notes)[number]): string =>
    n.phaseTitle !== null ? t('summary.correction.phaseNote', { phase: n.phaseTitle }) : n.exists ? t('summary.correction.meetingNote') : t('summary.correction.newNote')

  return (
    <form className="summary-correction" aria-labelledby={`${id}-legend`} onSubmit={(e) => void save(e)}>
      <h4 className="summary-correction__legend" id={`${id}-legend`}>
        {t('summary.correction.legend', { version })}
      </h4>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-type`}>
          {t('summary.correction.type')}
        </label>
        <select ref={first} id={`${id}-type`} className="input select summary-select" value={type} onChange={(e) => choose(e.target.value as CorrectionTarget)}>
          {CORRECTION_TARGETS.map((k) => (
            <option key={k} value={k}>
              {t(`summary.correction.types.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {isRowTarget(type) &&
        (targets.length === 0 ? (
          <p className="field__hint">{t('summary.correction.noTargets')}</p>
        ) : (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-target`}>
              {t('summary.correction.target')}
            </label>
            <select
              id={`${id}-target`}
              className="input select summary-select"
              value={targetId}
              onChange={(e) => {
                setTargetId(e.target.value)
                setAfter(targets.find((x) => x.id === e.target.value)?.text ?? '')
              }}
            >
              {targets.map((x) => (
                <option key={x.id} value={x.id}>
                  {shorten(x.text)}
                </option>
              ))}
            </select>
          </div>
        ))}
      {type === 'note' && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-note`}>
            {t('summary.correction.note')}
          </label>
          <select id={`${id}-note`} className="input select summary-select" value={targetId} onChange={(e) => setTargetId(e.target.value)}>
            {notes.map((n) => (
              <option key={n.id || 'new'} value={n.id}>
                {noteLabel(n)}
              </option>
            ))}
          </select>
        </div>
      )}
      {(type === 'note' || type === 'text') && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-before`}>
            {t('summary.correction.before')}
          </label>
          <textarea
            id={`${id}-before`}
            className="input summary-textarea"
            rows={2}
            dir="auto"
            value={before}
            required={type === 'text'}
            aria-describedby={`${id}-before-hint`}
            onChange={(e) => setBefore(e.target.value)}
          />
          <p className="field__hint" id={`${id}-before-hint`}>
            {t(type === 'note' ? 'summary.correction.beforeNoteHint' : 'summary.correction.beforeTextHint')}
          </p>
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-after`}>
          {t('summary.correction.after')}
        </label>
        <textarea id={`${id}-after`} className="input summary-textarea" rows={3} dir="auto" value={after} onChange={(e) => setAfter(e.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-description`}>
          {t('summary.correction.description')}
        </label>
        <input
          id={`${id}-description`}
          className="input"
          type="text"
          dir="auto"
          required
          maxLength={2000}
          value={description}
          aria-describedby={`${id}-description-hint`}
          onChange={(e) => setDescription(e.target.value)}
        />
        <p className="field__hint" id={`${id}-description-hint`}>
          {t('summary.correction.descriptionHint')}
        </p>
      </div>
      {error && <ErrorMessage lead={t('summary.correction.failed')} error={error} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-busy={busy} disabled={isRowTarget(type) && targets.length === 0}>
          {t('summary.correction.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('summary.correction.cancel')}
        </button>
      </div>
    </form>
  )
}
