import { useEffect, useRef, useState } from 'react'
import { PHASE_KINDS, type PhaseKind } from '../../../../shared/domain/enums.ts'
import type { MeetingTemplate } from '../../../../shared/methods/schema.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { PhaseKindIcon } from '../workshop/PhaseKindIcon.tsx'
import { hasIssueUnder } from './issues.ts'

interface Props {
  meeting: MeetingTemplate
  meetingIndex: number
  selected: number
  issues: ReadonlyMap<string, string>
  onSelect: (i: number) => void
  onMove: (from: number, to: number) => void
  onRemove: (i: number) => void
  onAdd: (kind: PhaseKind) => void
}

/**
 * A meeting's phases in order. Each can be chosen for editing; the chosen one can be moved with
 * its buttons, any of them with Alt+↑ / Alt+↓ (the focus moves with it), and removed; a meeting
 * keeps at least one phase.
 */
export function PhaseList({ meeting, meetingIndex, selected, issues, onSelect, onMove, onRemove, onAdd }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const language = useAppStore((s) => s.language)
  const announce = useAppStore((s) => s.announce)
  const [kind, setKind] = useState<PhaseKind>('capture')
  const [focusAt, setFocusAt] = useState<number | null>(null)
  const items = useRef<(HTMLButtonElement | null)[]>([])
  const count = meeting.phases.length

  useEffect(() => {
    if (focusAt === null) return
    items.current[focusAt]?.focus()
    setFocusAt(null)
  }, [focusAt, meeting])

  const move = (from: number, to: number): void => {
    if (to < 0 || to >= count) return
    onMove(from, to)
    setFocusAt(to)
    announce(t('run.templates.editor.moved', { title: meeting.phases[from][language].title, n: to + 1 }))
  }

  return (
    <div className="phase-list">
      <h3 id={`tpl-phases-${meetingIndex}`} className="setup-subheading">
        {t('run.templates.editor.phases', { n: meetingIndex + 1 })}
      </h3>
      <p id={`tpl-phases-hint-${meetingIndex}`} className="field__hint">
        {t('run.templates.editor.phasesHint')}
      </p>
      <ol className="phase-list__items" aria-labelledby={`tpl-phases-${meetingIndex}`}>
        {meeting.phases.map((p, i) => {
          const title = p[language].title || p.sv.title
          const broken = hasIssueUnder(issues, `meetings[${meetingIndex}].phases[${i}]`)
          return (
            <li key={i} className={`phase-list__item${i === selected ? ' phase-list__item--selected' : ''}${broken ? ' phase-list__item--broken' : ''}`}>
              <button
                ref={(el) => {
                  items.current[i] = el
                }}
                type="button"
                className="phase-list__select"
                aria-pressed={i === selected}
                aria-describedby={`tpl-phases-hint-${meetingIndex}`}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                onClick={() => onSelect(i)}
                onKeyDown={(e) => {
                  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return
                  e.preventDefault()
                  move(i, e.key === 'ArrowUp' ? i - 1 : i + 1)
                }}
              >
                <span className="phase-list__number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="phase-list__text">
                  <span className="phase-list__title" dir="auto">
                    <span className="visually-hidden">{i + 1}. </span>
                    {title}
                  </span>
                  <span className="phase-list__meta">
                    <PhaseKindIcon kind={p.kind} />
                    {t(`phases.kind.${p.kind}`)} · {t('phases.minutes', { count: p.durationMin })}
                    {broken && <span className="phase-list__broken"> · {t('run.templates.editor.phaseBroken')}</span>}
                  </span>
                </span>
              </button>
              {i === selected && (
                <span className="phase-list__actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('run.templates.editor.moveUpNamed', { title })}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('run.templates.editor.moveDownNamed', { title })}
                    disabled={i === count - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('run.templates.editor.removePhaseNamed', { title })}
                    disabled={count <= 1}
                    onClick={() => {
                      onRemove(i)
                      setFocusAt(Math.max(0, i - 1))
                    }}
                  >
                    ×
                  </button>
                </span>
              )}
            </li>
          )
        })}
      </ol>
      <div className="field phase-list__add">
        <label className="field__label" htmlFor={`tpl-add-kind-${meetingIndex}`}>
          {t('run.templates.editor.addKind')}
        </label>
        <div className="input-row">
          <select
            id={`tpl-add-kind-${meetingIndex}`}
            className="input select"
            value={kind}
            onChange={(e) => setKind(e.target.value as PhaseKind)}
          >
            {PHASE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`phases.kind.${k}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button button--secondary" onClick={() => onAdd(kind)}>
            <span aria-hidden="true">+</span>
            {t('run.templates.editor.addPhase')}
          </button>
        </div>
      </div>
    </div>
  )
}
