import { useEffect, useId, useState } from 'react'
import type { Phase } from '../../../../shared/domain/entities.ts'
import type { VoteTarget } from '../../../../shared/domain/enums.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { useSynced } from './useSynced.ts'

/** A small whole number 1–99, saved when the field is left or Enter is pressed. */
function DotsField({ label, hint, value, onSave }: { label: string; hint: string; value: number; onSave: (n: number) => void }): React.JSX.Element {
  const id = useId()
  const [text, setText] = useState(String(value))
  useEffect(() => setText(String(value)), [value])
  const commit = (): void => {
    const n = Number.parseInt(text, 10)
    if (Number.isInteger(n) && n >= 1 && n <= 99 && n !== value) onSave(n)
    else setText(String(value))
  }
  return (
    <div className="field vote-settings__field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input vote-settings__number"
        type="number"
        min={1}
        max={99}
        inputMode="numeric"
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            commit()
          }
        }}
      />
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
    </div>
  )
}

/** Dots per person, most dots on one item, and what the dots go on. */
export function VoteSettings({ docId, phase }: { docId: string; phase: Phase }): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const [error, setError] = useState<UiError | null>(null)
  // The radio follows the click at once; the stored value catches up (or is put back on refusal).
  const [target, setTarget] = useSynced<VoteTarget>(phase.voteTarget)
  const configure = (patch: { dotsPerParticipant?: number; maxDotsPerItem?: number; voteTarget?: VoteTarget }): void => {
    setError(null)
    if (patch.voteTarget) setTarget(patch.voteTarget)
    mutate(docId, 'vote.configure', { docId, phaseId: phase.id, ...patch })
      .then(() => announce(t('board.vote.saved')))
      .catch((e: unknown) => {
        setTarget(phase.voteTarget)
        setError(toUiError(e))
      })
  }
  return (
    <fieldset className="vote-settings">
      <legend className="vote__legend">{t('board.vote.settings')}</legend>
      <div className="vote-settings__row">
        <DotsField
          label={t('board.vote.dots')}
          hint={t('board.vote.dotsHint')}
          value={phase.dotsPerParticipant}
          onSave={(n) => configure({ dotsPerParticipant: n })}
        />
        <DotsField label={t('board.vote.max')} hint={t('board.vote.maxHint')} value={phase.maxDotsPerItem} onSave={(n) => configure({ maxDotsPerItem: n })} />
        <fieldset className="vote-settings__target">
          <legend className="field__label">{t('board.vote.target')}</legend>
          {(['cluster', 'sticky'] as const).map((value) => (
            <label key={value} className="board-check">
              <input
                type="radio"
                name={`vote-target-${phase.id}`}
                checked={target === value}
                onChange={() => configure({ voteTarget: value })}
              />
              <span>{t(`board.vote.targets.${value}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {error && <ErrorMessage error={error} lead={t('board.vote.configureFailed')} />}
    </fieldset>
  )
}
