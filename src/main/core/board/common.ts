import { ApiError } from '../../../shared/api/errors.ts'
import type { Cluster, Phase, Sticky } from '../../../shared/domain/entities.ts'
import type { VoteTarget } from '../../../shared/domain/enums.ts'
import type { VoteData } from '../../../shared/board/votes.ts'
import type { Tx } from '../../db/store.ts'

export function requirePhase(tx: Tx, id: string): Phase {
  const phase = tx.get('phase', id)
  if (!phase) throw new ApiError('not_found', `no phase with id "${id}"`)
  return phase
}

export function requireSticky(tx: Tx, id: string): Sticky {
  const sticky = tx.get('sticky', id)
  if (!sticky) throw new ApiError('not_found', `no sticky with id "${id}"`)
  return sticky
}

/** A note that is on the board (not waiting in the moderation inbox, not removed). */
export function requireBoardSticky(tx: Tx, id: string): Sticky {
  const sticky = requireSticky(tx, id)
  if (sticky.status !== 'board') throw new ApiError('conflict', `the note "${id}" is not on the board (it is ${sticky.status})`)
  return sticky
}

export function requireCluster(tx: Tx, id: string): Cluster {
  const cluster = tx.get('cluster', id)
  if (!cluster) throw new ApiError('not_found', `no cluster with id "${id}"`)
  return cluster
}

export function requireTarget(tx: Tx, targetType: VoteTarget, id: string): Sticky | Cluster {
  return targetType === 'sticky' ? requireSticky(tx, id) : requireCluster(tx, id)
}

/** Notes of the phase's board, each named once, all in `phaseId`. */
export function requireStickiesInPhase(tx: Tx, ids: readonly string[], phaseId: string): Sticky[] {
  if (new Set(ids).size !== ids.length) throw new ApiError('invalid_input', 'stickyIds: a note is named twice')
  return ids.map((id) => {
    const s = requireBoardSticky(tx, id)
    if (s.phaseId !== phaseId) throw new ApiError('invalid_input', `the note "${id}" belongs to another phase`)
    return s
  })
}

export function uniqueIds(ids: readonly string[], what: string): void {
  if (new Set(ids).size !== ids.length) throw new ApiError('invalid_input', `${what}: an id is named twice`)
}

/**
 * What the vote rules need to know a phase's options: a vote phase only ever looks at phases of its
 * own meeting, so only their notes are read (a phone's dot must not load a 2,000-note workshop).
 */
export function optionData(reader: Pick<Tx, 'list'>, phaseId: string): Omit<VoteData, 'votes'> {
  const phases = reader.list('phase')
  const meetingId = phases.find((p) => p.id === phaseId)?.meetingId
  const inMeeting = phases.filter((p) => p.meetingId === meetingId)
  return {
    meetings: reader.list('meeting'),
    phases,
    stickies: inMeeting.flatMap((p) => reader.list('sticky', { phaseId: p.id })),
    clusters: inMeeting.flatMap((p) => reader.list('cluster', { phaseId: p.id }))
  }
}

/** What the shared board rules read, loaded in a transaction or straight from the store. */
export function voteData(reader: Pick<Tx, 'list'>): VoteData {
  return {
    meetings: reader.list('meeting'),
    phases: reader.list('phase'),
    stickies: reader.list('sticky'),
    clusters: reader.list('cluster'),
    votes: reader.list('vote')
  }
}
