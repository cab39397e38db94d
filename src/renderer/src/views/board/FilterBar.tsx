import { useEffect, useId, useMemo, useRef } from 'react'
import { STICKY_COLOURS, type StickyColour } from '../../../../shared/domain/enums.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { useBoardUi } from './boardUi.ts'
import { isFiltering, NO_FILTER, rowsOf, type BoardFilter } from './data.ts'

/**
 * Find and filter the board: words (ignoring case and accents, "gang" finds "gång"), a colour, a
 * cluster or the unsorted notes. Ctrl/Cmd+F comes here.
 */
export function FilterBar({
  docId,
  phaseId,
  filter,
  onChange,
  shown,
  total
}: {
  docId: string
  phaseId: string
  filter: BoardFilter
  onChange: (f: BoardFilter) => void
  shown: number
  total: number
}): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const findNonce = useBoardUi((s) => s.findNonce)
  const clusterTable = useAppStore((s) => s.workshops[docId]?.entities?.cluster ?? null)
  const clusters = useMemo(
    () => (clusterTable ? rowsOf(clusterTable).filter((c) => c.phaseId === phaseId).sort((a, b) => a.position - b.position) : []),
    [clusterTable, phaseId]
  )

  useEffect(() => {
    if (findNonce === 0) return
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [findNonce])

  const filtering = isFiltering(filter)
  return (
    <div role="search" className="filter" aria-label={t('board.filter.label')}>
      <div className="filter__field filter__field--text">
        <label className="filter__label" htmlFor={`${id}-text`}>
          {t('board.filter.text')}
        </label>
        <input
          ref={inputRef}
          id={`${id}-text`}
          className="input"
          type="search"
          dir="auto"
          value={filter.text}
          placeholder={t('board.filter.textPlaceholder')}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter.text) {
              e.preventDefault()
              onChange({ ...filter, text: '' })
            }
          }}
        />
      </div>
      <div className="filter__field">
        <label className="filter__label" htmlFor={`${id}-colour`}>
          {t('board.filter.colour')}
        </label>
        <select
          id={`${id}-colour`}
          className="input"
          value={filter.colour}
          onChange={(e) => onChange({ ...filter, colour: e.target.value as StickyColour | '' })}
        >
          <option value="">{t('board.filter.allColours')}</option>
          {STICKY_COLOURS.map((c) => (
            <option key={c} value={c}>
              {t(`colours.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter__field">
        <label className="filter__label" htmlFor={`${id}-cluster`}>
          {t('board.filter.cluster')}
        </label>
        <select id={`${id}-cluster`} className="input" value={filter.cluster} onChange={(e) => onChange({ ...filter, cluster: e.target.value })}>
          <option value="">{t('board.filter.allClusters')}</option>
          <option value="unsorted">{t('board.unsorted.heading')}</option>
          {clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title || t('board.cluster.untitled')}
            </option>
          ))}
        </select>
      </div>
      <p className="filter__count" role="status">
        {filtering ? t('board.filter.showing', { shown, count: total }) : ''}
      </p>
      {filtering && (
        <button type="button" className="button button--quiet" onClick={() => onChange(NO_FILTER)}>
          {t('board.filter.clear')}
        </button>
      )}
    </div>
  )
}
