import { formatLongDate } from '../../../shared/report/dates.ts'
import type { WorkshopData } from '../../../shared/domain/interchange.ts'
import type { ReportModel } from '../model.ts'
import { heading, para, paragraphs } from '../text.ts'
import type { SectionDef } from './types.ts'

const same = (text: string): string => text.trim().toLocaleLowerCase('sv')

/**
 * How many notes the participants wrote, and into how many themes they were grouped. A note
 * brought into a later phase ("Hämta lappar") is a copy with the same text, and its group comes
 * along with the same title: counting rows would count both twice. So a note counts in the first
 * phase its text appears in (meetings and phases in order; two equal notes in one phase are two),
 * a theme once per title, and only notes on the board (not waiting in the inbox or removed).
 */
export function writtenNotes(data: WorkshopData): { notes: number; themes: number } {
  const meetingAt = new Map(data.meetings.map((m) => [m.id, m.position]))
  const phaseOrder = new Map(
    [...data.phases]
      .sort((a, b) => (meetingAt.get(a.meetingId) ?? 0) - (meetingAt.get(b.meetingId) ?? 0) || a.position - b.position)
      .map((p, i) => [p.id, i])
  )
  const firstPhaseOf = new Map<string, number>()
  const board = data.stickies.filter((s) => s.status === 'board')
  for (const s of board) {
    const at = phaseOrder.get(s.phaseId) ?? 0
    const key = same(s.text)
    if (!firstPhaseOf.has(key) || at < firstPhaseOf.get(key)!) firstPhaseOf.set(key, at)
  }
  const notes = board.filter((s) => firstPhaseOf.get(same(s.text)) === (phaseOrder.get(s.phaseId) ?? 0)).length
  const used = new Set(board.map((s) => s.clusterId).filter((c) => c !== null))
  const themes = new Set(data.clusters.filter((c) => used.has(c.id)).map((c) => same(c.title))).size
  return { notes, themes }
}

/** What the report can say by counting, in plain sentences (numbers, never names). */
export function summaryFacts(m: ReportModel): string[] {
  const { labels, data, options } = m
  const facts: string[] = []
  const meetings = m.meetings
  if (meetings.length > 0) {
    const dates = meetings.map((x) => x.date).filter((d): d is string => d !== null).sort()
    const from = dates.length > 0 ? formatLongDate(dates[0], options.language) : null
    const to = dates.length > 1 ? formatLongDate(dates[dates.length - 1], options.language) : null
    facts.push(labels.summaryFacts.meetings(meetings.length, from, to ?? from))
    const counts = meetings.map((x) => x.participantCount).filter((n): n is number => n !== null)
    if (counts.length > 0) facts.push(labels.summaryFacts.participants(Math.min(...counts), Math.max(...counts)))
  }
  const written = writtenNotes(data)
  if (written.notes > 0) facts.push(labels.summaryFacts.notes(written.notes, written.themes))
  if (m.proposals.length > 0) {
    const receivers = new Set(m.proposals.flatMap((p) => p.proposal.receiverIds))
    facts.push(labels.summaryFacts.recommendations(m.proposals.length, receivers.size))
    let asked = 0
    let answered = 0
    for (const { proposal } of m.proposals) {
      const responses = m.responsesOf.get(proposal.id) ?? []
      for (const bodyId of proposal.receiverIds) {
        asked += 1
        if (responses.some((r) => r.bodyId === bodyId && r.decision !== 'not_answered')) answered += 1
      }
    }
    if (asked > 0) facts.push(labels.summaryFacts.answers(answered, asked))
  }
  return facts
}

export const summarySection: SectionDef = {
  id: 'summary',
  build: (m) => {
    const facts = summaryFacts(m)
    if (facts.length === 0 && m.header.summary.trim() === '') return []
    return [heading(m.labels.sections.summary, 1), ...paragraphs(m.header.summary), ...(facts.length > 0 ? [para(facts.join(' '))] : [])]
  }
}
