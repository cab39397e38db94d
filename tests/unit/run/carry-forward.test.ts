import { describe, expect, it } from 'vitest'
import type { Cluster, Meeting, Question } from '../../../src/shared/domain/entities.ts'
import { carryForward } from '../../../src/shared/run/carry-forward.ts'

const meeting = (id: string, position: number): Meeting => ({
  id,
  position,
  title: id,
  date: null,
  place: '',
  status: 'planned',
  participantCount: null
})
const cluster = (id: string, phaseId: string, title: string, position = 1): Cluster => ({
  id,
  phaseId,
  title,
  titleCustom: true,
  position,
  collapsed: false,
  happening: false,
  createdAt: 0
})
const question = (id: string, meetingId: string, resolved = false, position = 1): Question => ({
  id,
  meetingId,
  text: `Fråga ${id}`,
  resolved,
  position
})

// Meetings are deliberately stored out of order: positions decide what "earlier" means.
const data = {
  meetings: [meeting('m3', 3), meeting('m1', 1), meeting('m2', 2)],
  phases: [
    { id: 'p1', meetingId: 'm1' },
    { id: 'p2', meetingId: 'm2' },
    { id: 'p3', meetingId: 'm3' }
  ],
  clusters: [
    cluster('c1', 'p1', 'Mötesplatser'),
    cluster('c2', 'p1', 'Skolan', 2),
    cluster('c3', 'p1', '   '),
    cluster('c4', 'p2', 'skolan '),
    cluster('c5', 'p2', 'Språk', 2),
    cluster('c6', 'p3', 'Senare tema')
  ],
  questions: [question('q1', 'm1'), question('q2', 'm1', true, 2), question('q3', 'm2'), question('q4', 'm3')]
}

describe('carryForward', () => {
  it('brings earlier meetings’ named themes, once each, and their open questions', () => {
    const r = carryForward(data, 'm3')
    expect(r.themes).toEqual([
      { title: 'Mötesplatser', clusterId: 'c1', meetingId: 'm1' },
      { title: 'skolan', clusterId: 'c4', meetingId: 'm2' },
      { title: 'Språk', clusterId: 'c5', meetingId: 'm2' }
    ])
    expect(r.questions.map((q) => q.id)).toEqual(['q1', 'q3'])
  })

  it('carries nothing into the first meeting, and nothing from later ones', () => {
    expect(carryForward(data, 'm1')).toEqual({ themes: [], questions: [] })
    expect(carryForward(data, 'm2').themes.map((t) => t.clusterId)).toEqual(['c1', 'c2'])
    expect(carryForward(data, 'nope')).toEqual({ themes: [], questions: [] })
  })
})
