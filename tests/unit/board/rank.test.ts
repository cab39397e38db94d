import { describe, expect, it } from 'vitest'
import { itemsPhaseFor } from '../../../src/shared/board/phases.ts'
import { castProblem, rankVotes, voteOptions, type VoteData } from '../../../src/shared/board/votes.ts'
import type { Cluster, Phase, Sticky, Vote } from '../../../src/shared/domain/entities.ts'
import type { PhaseKind } from '../../../src/shared/domain/enums.ts'

const phase = (id: string, position: number, kind: PhaseKind, extra: Partial<Phase> = {}): Phase => ({
  id,
  meetingId: 'm1',
  position,
  kind,
  title: id,
  prompt: '',
  guidance: '',
  durationSec: 0,
  state: 'pending',
  timerStartedAt: null,
  timerElapsedMs: 0,
  timerDurationMs: 0,
  silent: false,
  dotsPerParticipant: 3,
  maxDotsPerItem: 2,
  voteTarget: 'sticky',
  votesRevealed: false,
  ...extra
})
const sticky = (id: string, phaseId: string, position: number, extra: Partial<Sticky> = {}): Sticky => ({
  id,
  phaseId,
  text: `lapp ${id}`,
  colour: 'yellow',
  authorLabel: null,
  hidden: false,
  source: 'facilitator',
  status: 'board',
  clusterId: null,
  position,
  happening: false,
  createdAt: 0,
  updatedAt: 0,
  ...extra
})
const cluster = (id: string, phaseId: string, position: number, title = ''): Cluster => ({
  id,
  phaseId,
  title,
  titleCustom: title !== '',
  position,
  collapsed: false,
  happening: false,
  createdAt: 0
})
const vote = (targetId: string, voter: string, count: number, targetType: Vote['targetType'] = 'sticky'): Vote => ({
  id: `${targetId}-${voter}`,
  phaseId: 'vote',
  targetType,
  targetId,
  voter,
  count
})

function data(extra: Partial<VoteData> = {}): VoteData {
  return {
    meetings: [{ id: 'm1', position: 1, title: '', date: null, place: '', status: 'running', participantCount: null }],
    phases: [phase('capture', 1, 'capture'), phase('cluster', 2, 'cluster'), phase('vote', 3, 'vote')],
    stickies: [
      sticky('a', 'capture', 1),
      sticky('b', 'capture', 2),
      sticky('c', 'capture', 3, { hidden: true }),
      sticky('d', 'capture', 4, { status: 'inbox' })
    ],
    clusters: [],
    votes: [],
    ...extra
  }
}

describe('what a vote phase votes on, and its ranking', () => {
  it('votes on notes the room has seen, of the nearest earlier phase with items', () => {
    const d = data()
    expect(itemsPhaseFor(d, 'vote')).toBe('capture')
    expect(voteOptions(d, 'vote').map((o) => o.targetId)).toEqual(['a', 'b'])
  })

  it('with clusters: clusters first (titled automatically when unnamed), then the notes no cluster took', () => {
    const d = data({
      phases: [phase('capture', 1, 'capture'), phase('vote', 3, 'vote', { voteTarget: 'cluster' })],
      stickies: [sticky('a', 'capture', 1, { clusterId: 'k2', text: 'Ingen belysning' }), sticky('b', 'capture', 2, { clusterId: 'k2', text: 'Dålig belysning' }), sticky('e', 'capture', 3)],
      clusters: [cluster('k2', 'capture', 2), cluster('k1', 'capture', 1, 'Namngiven')]
    })
    expect(voteOptions(d, 'vote').map((o) => [o.targetId, o.label])).toEqual([
      ['k1', 'Namngiven'],
      ['k2', 'Belysning'],
      ['e', 'lapp e']
    ])
  })

  it('ranks by total with ties in board order, lists zero-dot options, and keeps dots on items no longer offered', () => {
    const d = data({
      stickies: [...data().stickies, sticky('x', 'cluster', 1)],
      votes: [vote('b', 'paper', 2), vote('a', 'p1', 1), vote('a', 'paper', 1), vote('c', 'p2', 1), vote('gone', 'p2', 1)]
    })
    // The cluster phase now has a note, so it is the nearest phase with items; a and b (capture) are no longer options.
    expect(voteOptions(d, 'vote').map((o) => o.targetId)).toEqual(['x'])
    // Dots on a, b and c still count (c is hidden, but someone voted on it); "gone" no longer exists.
    expect(rankVotes(d, 'vote').map((r) => [r.targetId, r.total, r.paper, r.devices])).toEqual([
      ['b', 2, 2, 0],
      ['a', 2, 1, 1],
      ['c', 1, 0, 1],
      ['x', 0, 0, 0]
    ])
  })

  it('explains why a dot may not be cast', () => {
    const p = phase('vote', 3, 'vote')
    const votes = [vote('a', 'p1', 2), vote('b', 'p1', 1)]
    expect(castProblem(p, votes, 'p1', 'sticky', 'c', 1)).toMatch(/all your dots are used/)
    expect(castProblem(p, votes, 'p2', 'sticky', 'a', 1)).toBeNull()
    expect(castProblem({ ...p, dotsPerParticipant: 5 }, votes, 'p1', 'sticky', 'a', 1)).toMatch(/at most 2/)
    expect(castProblem(p, votes, 'p1', 'sticky', 'a', -1)).toBeNull()
    expect(castProblem(p, votes, 'p1', 'sticky', 'c', -1)).toMatch(/no dot of yours/)
    expect(castProblem({ ...p, votesRevealed: true }, votes, 'p2', 'sticky', 'a', 1)).toMatch(/closed/)
  })
})
