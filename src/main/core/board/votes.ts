import { createHash } from 'node:crypto'
import { ApiError } from '../../../shared/api/errors.ts'
import type { Vote } from '../../../shared/domain/entities.ts'
import type { VoteTarget } from '../../../shared/domain/enums.ts'
import { castProblem, isVoteOption, PAPER_VOTER, rankVotes, voteOptions, voterUsage } from '../../../shared/board/votes.ts'
import type { Tx } from '../../db/store.ts'
import type { Handlers } from '../context.ts'
import { optionData, requirePhase, requireTarget, voteData } from './common.ts'

/**
 * A vote row's id follows from what it counts (phase, item, voter). Undo restores whole rows by
 * id; were ids random, undoing a reset after a phone had voted again on the same item would
 * collide with the new row on the (phase, item, voter) uniqueness and leave undo stuck.
 */
export function voteId(phaseId: string, targetType: VoteTarget, targetId: string, voter: string): string {
  const digest = createHash('sha256').update(`${phaseId}\u0000${targetType}\u0000${targetId}\u0000${voter}`).digest('hex')
  return `v-${digest.slice(0, 40)}`
}

function findVote(tx: Tx, phaseId: string, targetType: VoteTarget, targetId: string, voter: string): Vote | undefined {
  return tx.list('vote', { phaseId, targetType, targetId, voter })[0]
}

/** Set one voter's count on one item; 0 removes the row. */
function setCount(tx: Tx, phaseId: string, targetType: VoteTarget, targetId: string, voter: string, count: number): Vote | null {
  const existing = findVote(tx, phaseId, targetType, targetId, voter)
  if (count === 0) {
    if (existing) tx.remove('vote', existing.id)
    return null
  }
  if (existing) return existing.count === count ? existing : tx.update('vote', existing.id, { count })
  return tx.insert('vote', { id: voteId(phaseId, targetType, targetId, voter), phaseId, targetType, targetId, voter, count })
}

/** Dots on one item follow it into another (cluster merge); a voter's dots on both add up. */
export function moveVotes(tx: Tx, targetType: VoteTarget, fromId: string, toId: string): void {
  for (const v of tx.list('vote', { targetType, targetId: fromId })) {
    const onTarget = findVote(tx, v.phaseId, targetType, toId, v.voter)?.count ?? 0
    tx.remove('vote', v.id)
    setCount(tx, v.phaseId, targetType, toId, v.voter, Math.min(10_000, onTarget + v.count))
  }
}

function requireOption(tx: Tx, phaseId: string, targetType: VoteTarget, targetId: string): void {
  requireTarget(tx, targetType, targetId)
  if (!isVoteOption(optionData(tx, phaseId), phaseId, targetType, targetId)) {
    throw new ApiError('invalid_input', `that ${targetType === 'sticky' ? 'note' : 'cluster'} is not something this phase votes on`)
  }
}

export const voteHandlers: Handlers<
  | 'vote.configure'
  | 'vote.options'
  | 'vote.setTally'
  | 'vote.cast'
  | 'vote.mine'
  | 'vote.results'
  | 'vote.reveal'
  | 'vote.hide'
  | 'vote.reset'
> = {
  // Undo restores only the columns an operation changed, so these phase-row switches can be
  // undone without rewinding a timer or navigation written since.
  'vote.configure': (input, ctx) =>
    ctx.mutate(input.docId, 'vote.configure', (tx) => {
      const phase = requirePhase(tx, input.phaseId)
      if (input.voteTarget !== undefined && input.voteTarget !== phase.voteTarget && tx.list('vote', { phaseId: phase.id }).length > 0) {
        throw new ApiError('conflict', 'dots are already placed on the current items; reset the vote before switching between notes and clusters')
      }
      const patch = {
        ...(input.dotsPerParticipant !== undefined ? { dotsPerParticipant: input.dotsPerParticipant } : {}),
        ...(input.maxDotsPerItem !== undefined ? { maxDotsPerItem: input.maxDotsPerItem } : {}),
        ...(input.voteTarget !== undefined ? { voteTarget: input.voteTarget } : {})
      }
      return Object.keys(patch).length === 0 ? phase : tx.update('phase', phase.id, patch)
    }),

  'vote.options': (input, ctx) => {
    const store = ctx.docs.get(input.docId).store
    if (!store.get('phase', input.phaseId)) throw new ApiError('not_found', `no phase with id "${input.phaseId}"`)
    return { options: voteOptions(optionData(store, input.phaseId), input.phaseId) }
  },

  'vote.setTally': (input, ctx) =>
    ctx.mutate(input.docId, 'vote.setTally', (tx) => {
      requirePhase(tx, input.phaseId)
      // Clearing is always allowed, also for an item that is no longer an option.
      if (input.count > 0) requireOption(tx, input.phaseId, input.targetType, input.targetId)
      return { vote: setCount(tx, input.phaseId, input.targetType, input.targetId, PAPER_VOTER, input.count) }
    }),

  // A participant's act: kept out of the facilitator's undo history.
  'vote.cast': (input, ctx) =>
    ctx.mutate(input.docId, null, (tx) => {
      const phase = requirePhase(tx, input.phaseId)
      const votes = tx.list('vote', { phaseId: phase.id })
      const problem = castProblem(phase, votes, input.voter, input.targetType, input.targetId, input.delta)
      if (problem) throw new ApiError('conflict', problem)
      if (input.delta === 1) requireOption(tx, phase.id, input.targetType, input.targetId)
      const current = findVote(tx, phase.id, input.targetType, input.targetId, input.voter)?.count ?? 0
      setCount(tx, phase.id, input.targetType, input.targetId, input.voter, current + input.delta)
      return voterUsage(phase, tx.list('vote', { phaseId: phase.id }), input.voter)
    }),

  'vote.mine': (input, ctx) => {
    const store = ctx.docs.get(input.docId).store
    const phase = store.get('phase', input.phaseId)
    if (!phase) throw new ApiError('not_found', `no phase with id "${input.phaseId}"`)
    return {
      ...voterUsage(phase, store.list('vote', { phaseId: phase.id }), input.voter),
      dotsPerParticipant: phase.dotsPerParticipant,
      maxDotsPerItem: phase.maxDotsPerItem,
      votesRevealed: phase.votesRevealed
    }
  },

  'vote.results': (input, ctx) => {
    const store = ctx.docs.get(input.docId).store
    const phase = store.get('phase', input.phaseId)
    if (!phase) throw new ApiError('not_found', `no phase with id "${input.phaseId}"`)
    return { revealed: phase.votesRevealed, ranking: phase.votesRevealed ? rankVotes(voteData(store), phase.id) : [] }
  },

  'vote.reveal': (input, ctx) =>
    ctx.mutate(input.docId, 'vote.reveal', (tx) => {
      const phase = requirePhase(tx, input.phaseId)
      return phase.votesRevealed ? phase : tx.update('phase', phase.id, { votesRevealed: true })
    }),

  'vote.hide': (input, ctx) =>
    ctx.mutate(input.docId, 'vote.hide', (tx) => {
      const phase = requirePhase(tx, input.phaseId)
      return phase.votesRevealed ? tx.update('phase', phase.id, { votesRevealed: false }) : phase
    }),

  'vote.reset': (input, ctx) =>
    ctx.mutate(input.docId, 'vote.reset', (tx) => {
      requirePhase(tx, input.phaseId)
      const votes = tx.list('vote', { phaseId: input.phaseId })
      for (const v of votes) tx.remove('vote', v.id)
      return { removed: votes.length }
    })
}
