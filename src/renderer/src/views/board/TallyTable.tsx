import { memo, useEffect, useRef, useState } from 'react'
import type { VoteOption } from '../../../../shared/board/votes.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { fail } from './actions.ts'
import { itemKey } from './items.ts'

export interface Counts {
  paper: number
  devices: number
}

const ZERO: Counts = { paper: 0, devices: 0 }

/** Move to the tally field `step` rows away (Enter and ↓ go down, ↑ goes up); false at either end. */
function focusRow(from: HTMLElement, step: 1 | -1): boolean {
  const fields = [...(from.closest('table')?.querySelectorAll<HTMLInputElement>('input.tally__input') ?? [])]
  const next = fields[fields.indexOf(from as HTMLInputElement) + step]
  if (!next) return false
  next.focus()
  next.select()
  return true
}

const TallyRow = memo(function TallyRow({
  docId,
  phaseId,
  option,
  counts,
  showDevices
}: {
  docId: string
  phaseId: string
  option: VoteOption
  counts: Counts
  showDevices: boolean
}): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const [text, setText] = useState(String(counts.paper))
  const editing = useRef(false)
  useEffect(() => {
    if (!editing.current) setText(String(counts.paper))
  }, [counts.paper])

  const commit = (): void => {
    const n = text === '' ? 0 : Number.parseInt(text, 10)
    if (!Number.isInteger(n) || n === counts.paper) {
      setText(String(counts.paper))
      return
    }
    mutate(docId, 'vote.setTally', { docId, phaseId, targetType: option.targetType, targetId: option.targetId, count: n }).catch((e: unknown) => {
      setText(String(counts.paper))
      fail(e)
    })
  }
  const id = `tally-${itemKey(option.targetType, option.targetId)}`
  return (
    <tr>
      <th scope="row" className="tally__item">
        <span className="tally__kind">{option.targetType === 'cluster' ? t('board.items.clusterShort') : t('board.items.note')}</span>
        <label htmlFor={id} dir="auto">
          {option.label}
        </label>
      </th>
      <td>
        <input
          id={id}
          className="input tally__input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={5}
          value={text}
          onFocus={(e) => {
            editing.current = true
            e.currentTarget.select()
          }}
          onChange={(e) => setText(e.target.value.replace(/\D/g, ''))}
          onBlur={() => {
            editing.current = false
            commit()
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault()
              // Leaving the field (blur) saves it. Enter on the last row saves in place: the
              // focus stays, so Tab goes on to "Visa resultatet" instead of starting over at the top.
              if (!focusRow(e.currentTarget, e.key === 'ArrowUp' ? -1 : 1) && e.key === 'Enter') {
                commit()
                e.currentTarget.select()
              }
            } else if (e.key === 'Escape') {
              setText(String(counts.paper))
            }
          }}
        />
      </td>
      {showDevices && <td className="tally__number">{counts.devices}</td>}
    </tr>
  )
})

/**
 * Paper dots, typed fast: each item has a number field; type the count, Enter (or ↓) goes to the
 * next item, ↑ back. Dots from phones are counted apart and shown beside.
 */
export function TallyTable({
  docId,
  phaseId,
  options,
  counts
}: {
  docId: string
  phaseId: string
  options: readonly VoteOption[]
  counts: ReadonlyMap<string, Counts>
}): React.JSX.Element {
  const { t } = useTranslation()
  const showDevices = [...counts.values()].some((c) => c.devices > 0)
  return (
    <table className="tally">
      <caption className="vote__legend">{t('board.vote.tallyCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('board.vote.item')}</th>
          <th scope="col">{t('board.vote.paper')}</th>
          {showDevices && <th scope="col">{t('board.vote.devices')}</th>}
        </tr>
      </thead>
      <tbody>
        {options.map((o) => {
          const key = itemKey(o.targetType, o.targetId)
          return <TallyRow key={key} docId={docId} phaseId={phaseId} option={o} counts={counts.get(key) ?? ZERO} showDevices={showDevices} />
        })}
      </tbody>
    </table>
  )
}
