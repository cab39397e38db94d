import { formatLongDate } from '../../../shared/report/dates.ts'
import type { ReportModel } from '../model.ts'
import { heading, para, paragraphs } from '../text.ts'
import type { SectionDef } from './types.ts'

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
  if (data.stickies.length > 0) {
    const used = new Set(data.stickies.map((s) => s.clusterId).filter((c) => c !== null))
    facts.push(labels.summaryFacts.notes(data.stickies.length, data.clusters.filter((c) => used.has(c.id)).length))
  }
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
