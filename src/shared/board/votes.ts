import type { Cluster, Phase, Sticky, Vote } from '../domain/entities.ts'
import type { VoteTarget } from '../domain/enums.ts'
import type { WorkshopData } from '../domain/interchange.ts'
import { itemsPhaseFor } from './phases.ts'
import { defaultClusterTitle } from './titles.ts'
import { boardOrder, boardView } from './view.ts'

export type VoteData = Pick<WorkshopData, 'meetings' | 'phases' | 'stickies' | 'clusters' | 'votes'>

/** The voter of tallies the facilitator types in from paper dots. */
export const PAPER_VOTER = 'paper'

export interface VoteOption {
  targetType: VoteTarget
  targetId: string
  label: string
}

export interface RankedItem extends VoteOption {
  total: number
  /** Dots typed in from paper. */
  paper: number
  /** Dots cast from phones. */
  devices: number
}

/** What a cluster is called: its title, else the automatic title of its visible notes. */
export function clusterLabel(cluster: Cluster, stickies: readonly Sticky[]): string {
  if (cluster.title.trim() !== '') return cluster.title
  return defaultClusterTitle(stickies.filter((s) => s.clusterId === cluster.id && s.status === 'board' && !s.hidden).map((s) => s.text))
}

/**
 * What a phase's dots go on, in board order: the items of `itemsPhaseFor` (usually the clusters or
 * notes of the phase just before). With voteTarget 'cluster' the clusters, plus notes no cluster
 * took (a lone idea still deserves its dot); with 'sticky' every note. Notes still hidden by silent
 * writing are not options: the room has not seen them.
 */
export function voteOptions(data: Omit<VoteData, 'votes'>, phaseId: string): VoteOption[] {
  const phase = data.phases.find((p) => p.id === phaseId)
  if (!phase) return []
  const view = boardView(data, itemsPhaseFor(data, phaseId), { includeHidden: false })
  const note = (s: Sticky): VoteOption => ({ targetType: 'sticky', targetId: s.id, label: s.text })
  if (phase.voteTarget === 'sticky') return boardOrder(view).map(note)
  return [
    ...view.clusters.map(
      (c): VoteOption => ({ targetType: 'cluster', targetId: c.cluster.id, label: clusterLabel(c.cluster, c.stickies) })
    ),
    ...view.unsorted.map(note)
  ]
}

export function isVoteOption(data: Omit<VoteData, 'votes'>, phaseId: string, targetType: VoteTarget, targetId: string): boolean {
  return voteOptions(data, phaseId).some((o) => o.targetType === targetType && o.targetId === targetId)
}

const targetKey = (targetType: VoteTarget, targetId: string): string => `${targetType}:${targetId}`

/**
 * The result of a phase's vote, most dots first; equal totals keep board order. Every option is
 * listed (zero dots too, for the chart); dots on something that is no longer an option (a note
 * since moved into a cluster) are still counted under it rather than silently dropped.
 */
export function rankVotes(data: VoteData, phaseId: string): RankedItem[] {
  const items = new Map<string, RankedItem>()
  for (const o of voteOptions(data, phaseId)) items.set(targetKey(o.targetType, o.targetId), { ...o, total: 0, paper: 0, devices: 0 })
  for (const v of data.votes) {
    if (v.phaseId !== phaseId || v.count === 0) continue
    const key = targetKey(v.targetType, v.targetId)
    let item = items.get(key)
    if (!item) {
      const label =
        v.targetType === 'sticky'
          ? data.stickies.find((s) => s.id === v.targetId)?.text
          : (() => {
              const c = data.clusters.find((x) => x.id === v.targetId)
              return c ? clusterLabel(c, data.stickies) : undefined
            })()
      if (label === undefined) continue // the item itself is gone
      items.set(key, (item = { targetType: v.targetType, targetId: v.targetId, label, total: 0, paper: 0, devices: 0 }))
    }
    item.total += v.count
    if (v.voter === PAPER_VOTER) item.paper += v.count
    else item.devices += v.count
  }
  return [...items.values()].sort((a, b) => b.total - a.total)
}

export interface VoterUsage {
  used: number
  remaining: number
  items: { targetType: VoteTarget; targetId: string; count: number }[]
}

/** How many of a phone's dots are placed in a phase, and where. */
export function voterUsage(phase: Phase, votes: readonly Vote[], voter: string): VoterUsage {
  const mine = votes.filter((v) => v.phaseId === phase.id && v.voter === voter && v.count > 0)
  const used = mine.reduce((n, v) => n + v.count, 0)
  return {
    used,
    remaining: Math.max(0, phase.dotsPerParticipant - used),
    items: mine.map((v) => ({ targetType: v.targetType, targetId: v.targetId, count: v.count }))
  }
}

/** Why a phone may not add (+1) or take back (-1) a dot, or null when it may. */
export function castProblem(
  phase: Phase,
  votes: readonly Vote[],
  voter: string,
  targetType: VoteTarget,
  targetId: string,
  delta: 1 | -1
): string | null {
  const usage = voterUsage(phase, votes, voter)
  const onItem = usage.items.find((i) => i.targetType === targetType && i.targetId === targetId)?.count ?? 0
  if (phase.votesRevealed) return 'voting is closed: the results are already shown'
  if (delta === -1) return onItem === 0 ? 'there is no dot of yours on that item to take back' : null
  if (usage.used >= phase.dotsPerParticipant) {
    return `all your dots are used (${phase.dotsPerParticipant} per person); take one back to move it`
  }
  if (onItem >= phase.maxDotsPerItem) return `at most ${phase.maxDotsPerItem} of your dots may go on one item`
  return null
}
