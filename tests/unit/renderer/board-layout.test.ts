import { describe, expect, it } from 'vitest'
import type { Cluster, Sticky } from '../../../src/shared/domain/entities.ts'
import { computeLayout, NO_FILTER } from '../../../src/renderer/src/views/board/data.ts'

// The board's view model: what each list shows, in order, and — what keeps 2,000 notes fluid —
// lists that did not change keep their identity, so their memoised views do not re-render.

const P = 'phase-1'

function note(id: string, position: number, patch: Partial<Sticky> = {}): Sticky {
  return {
    id,
    phaseId: P,
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
    ...patch
  }
}

function cluster(id: string, position: number): Cluster {
  return { id, phaseId: P, title: id, titleCustom: true, position, collapsed: false, happening: false, createdAt: 0 }
}

const table = <T extends { id: string }>(rows: T[]): Record<string, T> => Object.fromEntries(rows.map((r) => [r.id, r]))

describe('the board layout', () => {
  const clusters = table([cluster('b', 2), cluster('a', 1)])
  const stickies = table([
    note('n1', 3, { clusterId: 'a' }),
    note('n2', 1, { clusterId: 'a', colour: 'pink', text: 'Gångtunneln' }),
    note('n3', 1, { clusterId: 'b' }),
    note('n4', 2),
    note('n5', 1, { hidden: true }),
    note('n6', 1, { status: 'inbox' }),
    note('n7', 1, { phaseId: 'other' })
  ])

  it('orders clusters and notes by position, leaves out the inbox and other phases, counts the hidden', () => {
    const layout = computeLayout(stickies, clusters, P, NO_FILTER, null)
    expect(layout.clusters.map((c) => [c.id, c.stickyIds])).toEqual([
      ['a', ['n2', 'n1']],
      ['b', ['n3']]
    ])
    expect(layout.unsorted).toEqual(['n5', 'n4'])
    expect(layout.order).toEqual(['n2', 'n1', 'n3', 'n5', 'n4'])
    expect([layout.total, layout.shown, layout.hidden]).toEqual([5, 5, 1])
  })

  it('filters by words without accents or case, by colour and by list; empty clusters drop out while filtering', () => {
    const byText = computeLayout(stickies, clusters, P, { ...NO_FILTER, text: 'GANGTUNNEL' }, null)
    expect(byText.order).toEqual(['n2'])
    expect(byText.clusters.map((c) => [c.id, c.total])).toEqual([['a', 2]])
    expect(computeLayout(stickies, clusters, P, { ...NO_FILTER, colour: 'pink' }, null).order).toEqual(['n2'])
    expect(computeLayout(stickies, clusters, P, { ...NO_FILTER, cluster: 'unsorted' }, null).order).toEqual(['n5', 'n4'])
  })

  it('keeps the arrays of lists that did not change, and the whole layout when nothing did', () => {
    const first = computeLayout(stickies, clusters, P, NO_FILTER, null)
    expect(computeLayout({ ...stickies }, { ...clusters }, P, NO_FILTER, first)).toBe(first)
    // A text edit changes no list: the layout is the same object.
    const edited = { ...stickies, n4: { ...stickies.n4, text: 'ny text' } }
    expect(computeLayout(edited, clusters, P, NO_FILTER, first)).toBe(first)
    // A move into cluster b: a and unsorted stay, b and the order are new.
    const moved = { ...stickies, n4: { ...stickies.n4, clusterId: 'b', position: 2 } }
    const next = computeLayout(moved, clusters, P, NO_FILTER, first)
    expect(next.clusters[0]).toBe(first.clusters[0])
    expect(next.clusters[1]).not.toBe(first.clusters[1])
    expect(next.clusters[1].stickyIds).toEqual(['n3', 'n4'])
    expect(next.unsorted).toEqual(['n5'])
  })
})
