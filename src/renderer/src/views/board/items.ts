import { useMemo } from 'react'
import { itemsPhaseFor } from '../../../../shared/board/phases.ts'
import { boardView, type BoardView } from '../../../../shared/board/view.ts'
import { rankVotes } from '../../../../shared/board/votes.ts'
import type { Phase } from '../../../../shared/domain/entities.ts'
import type { VoteTarget } from '../../../../shared/domain/enums.ts'
import { useAppStore } from '../../store/index.ts'
import { boardData, type BoardData } from './data.ts'

/** One thing a later phase works on: a cluster (with its notes) or a note no cluster took. */
export interface Item {
  type: VoteTarget
  id: string
  title: string
  notes: readonly string[]
  happening: boolean
  hidden: boolean
}

export const itemKey = (type: VoteTarget, id: string): string => `${type}:${id}`

export function itemsOf(view: BoardView): Item[] {
  return [
    ...view.clusters.map((c) => ({
      type: 'cluster' as const,
      id: c.cluster.id,
      title: c.cluster.title,
      notes: c.stickies.map((s) => s.text),
      happening: c.cluster.happening,
      hidden: false
    })),
    ...view.unsorted.map((s) => ({ type: 'sticky' as const, id: s.id, title: s.text, notes: [], happening: s.happening, hidden: s.hidden }))
  ]
}

/**
 * The vote nearest before `phaseId` in its meeting that has been revealed, as dots per item: the
 * countermeasures step works on what the room prioritised, most dots first.
 */
export function priorityOf(data: BoardData, phase: Phase): Map<string, number> | null {
  const vote = data.phases
    .filter((p) => p.meetingId === phase.meetingId && p.kind === 'vote' && p.position < phase.position && p.votesRevealed)
    .sort((a, b) => b.position - a.position)[0]
  if (!vote) return null
  return new Map(rankVotes(data, vote.id).map((r) => [itemKey(r.targetType, r.targetId), r.total]))
}

/** The items a reflect, vote or invert phase works on, and the phase they come from. */
export function usePhaseItems(docId: string, phaseId: string): { data: BoardData | null; phase: Phase | null; itemsPhase: Phase | null; items: Item[] } {
  const tables = useAppStore((s) => s.workshops[docId]?.entities ?? null)
  return useMemo(() => {
    if (!tables) return { data: null, phase: null, itemsPhase: null, items: [] }
    const data = boardData(tables)
    const phase = tables.phase[phaseId] ?? null
    const itemsPhaseId = itemsPhaseFor(data, phaseId)
    return { data, phase, itemsPhase: tables.phase[itemsPhaseId] ?? null, items: itemsOf(boardView(data, itemsPhaseId)) }
  }, [tables, phaseId])
}
