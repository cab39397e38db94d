import { useMemo, useState } from 'react'
import { rankVotes, voteOptions, PAPER_VOTER } from '../../../../shared/board/votes.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { fail, setRevealed } from './actions.ts'
import { itemKey, usePhaseItems } from './items.ts'
import type { Counts } from './TallyTable.tsx'
import { TallyTable } from './TallyTable.tsx'
import { VoteResults } from './VoteResults.tsx'
import { VoteSettings } from './VoteSettings.tsx'

function ResetVotes({ docId, phaseId, dots }: { docId: string; phaseId: string; dots: number }): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const [confirming, setConfirming] = useState(false)
  if (!confirming) {
    return (
      <button type="button" className="button button--quiet" disabled={dots === 0} onClick={() => setConfirming(true)}>
        {t('board.vote.reset')}
      </button>
    )
  }
  return (
    <div className="confirm" role="group" aria-label={t('board.vote.reset')}>
      <p className="confirm__question">{t('board.vote.resetQuestion', { count: dots })}</p>
      <button
        type="button"
        className="button board-danger"
        autoFocus
        onClick={() => {
          setConfirming(false)
          mutate(docId, 'vote.reset', { docId, phaseId })
            .then((r) => announce(t('board.vote.resetDone', { count: r.removed })))
            .catch(fail)
        }}
      >
        {t('board.vote.resetConfirm', { count: dots })}
      </button>
      <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
        {t('board.cancel')}
      </button>
    </div>
  )
}

/**
 * Dot voting: settings, the paper tallies typed in (phones count themselves), then the result,
 * hidden until the facilitator reveals it so nobody follows the others' dots.
 */
export function VoteWorkspace({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  const { data, phase, itemsPhase } = usePhaseItems(docId, phaseId)
  const options = useMemo(() => (data ? voteOptions(data, phaseId) : []), [data, phaseId])
  const counts = useMemo(() => {
    const map = new Map<string, Counts>()
    for (const v of data?.votes ?? []) {
      if (v.phaseId !== phaseId || v.count === 0) continue
      const key = itemKey(v.targetType, v.targetId)
      const c = map.get(key) ?? { paper: 0, devices: 0 }
      if (v.voter === PAPER_VOTER) c.paper += v.count
      else c.devices += v.count
      map.set(key, c)
    }
    return map
  }, [data, phaseId])
  const ranking = useMemo(() => (data && phase?.votesRevealed ? rankVotes(data, phaseId) : []), [data, phase?.votesRevealed, phaseId])
  if (!phase) return null
  const dots = [...counts.values()].reduce((n, c) => n + c.paper + c.devices, 0)
  const people = Math.floor(dots / phase.dotsPerParticipant)

  return (
    <div className="vote">
      <VoteSettings docId={docId} phase={phase} />
      {itemsPhase && itemsPhase.id !== phaseId && <p className="items__source">{t('board.items.from', { phase: itemsPhase.title })}</p>}
      {options.length === 0 ? (
        <p className="wall__empty">{t('board.vote.noOptions')}</p>
      ) : (
        <div className={`vote__columns${phase.votesRevealed ? ' vote__columns--revealed' : ''}`}>
          <TallyTable docId={docId} phaseId={phaseId} options={options} counts={counts} />
          <section className="vote__result" aria-labelledby="vote-result-heading">
            <h2 id="vote-result-heading" className="wall__heading">
              {t('board.vote.resultTitle')}
            </h2>
            <p className="vote__tally-sum" role="status">
              {t('board.vote.counted', { count: dots })} {dots > 0 && t('board.vote.people', { count: people, dots: phase.dotsPerParticipant })}
            </p>
            <div className="form__actions">
              <button
                type="button"
                className={`button ${phase.votesRevealed ? 'button--secondary' : 'button--primary'} button--large`}
                aria-pressed={phase.votesRevealed}
                onClick={() => setRevealed(docId, phaseId, !phase.votesRevealed).catch(fail)}
              >
                {phase.votesRevealed ? t('board.vote.hide') : t('board.vote.reveal')}
              </button>
              <ResetVotes docId={docId} phaseId={phaseId} dots={dots} />
            </div>
            {phase.votesRevealed ? <VoteResults ranking={ranking} /> : <p className="vote__hidden">{t('board.vote.hiddenNote')}</p>}
          </section>
        </div>
      )}
    </div>
  )
}
