import type { Cluster, Meeting, Phase, Question } from '../domain/entities.ts'

export interface CarriedTheme {
  readonly title: string
  readonly clusterId: string
  readonly meetingId: string
}

export interface CarryForward {
  /** Named groups from earlier meetings, one per title (the latest meeting's wins), oldest first. */
  readonly themes: readonly CarriedTheme[]
  /** Open questions from earlier meetings, oldest meeting first. */
  readonly questions: readonly Question[]
}

export interface CarryData {
  readonly meetings: readonly Meeting[]
  readonly phases: readonly Pick<Phase, 'id' | 'meetingId'>[]
  readonly clusters: readonly Cluster[]
  readonly questions: readonly Question[]
}

const byPosition = <T extends { position: number }>(a: T, b: T): number => a.position - b.position

/** What the next meeting of a circle starts from: earlier meetings' themes and unresolved questions. */
export function carryForward(data: CarryData, meetingId: string): CarryForward {
  const target = data.meetings.find((m) => m.id === meetingId)
  if (!target) return { themes: [], questions: [] }
  const earlier = [...data.meetings].filter((m) => m.position < target.position).sort(byPosition)
  const order = new Map(earlier.map((m, i) => [m.id, i]))
  const meetingOfPhase = new Map(data.phases.map((p) => [p.id, p.meetingId]))

  const themes = new Map<string, CarriedTheme>()
  const clusters = data.clusters
    .map((c) => ({ c, meetingId: meetingOfPhase.get(c.phaseId) ?? '' }))
    .filter((x) => order.has(x.meetingId) && x.c.title.trim() !== '')
    .sort((a, b) => (order.get(a.meetingId) ?? 0) - (order.get(b.meetingId) ?? 0) || byPosition(a.c, b.c))
  for (const { c, meetingId: mid } of clusters) {
    const key = c.title.trim().toLocaleLowerCase('sv')
    // A theme carried through several meetings shows once, where it was last worked on.
    themes.delete(key)
    themes.set(key, { title: c.title.trim(), clusterId: c.id, meetingId: mid })
  }

  const questions = data.questions
    .filter((q) => !q.resolved && order.has(q.meetingId))
    .sort((a, b) => (order.get(a.meetingId) ?? 0) - (order.get(b.meetingId) ?? 0) || byPosition(a, b))

  const sortedThemes = [...themes.values()].sort(
    (a, b) => (order.get(a.meetingId) ?? 0) - (order.get(b.meetingId) ?? 0)
  )
  return { themes: sortedThemes, questions }
}
