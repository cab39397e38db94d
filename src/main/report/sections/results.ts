import type { FileChild } from 'docx'
import type { Meeting } from '../../../shared/domain/entities.ts'
import { formatLongDate } from '../../../shared/report/dates.ts'
import { noteBlocks } from '../lexical.ts'
import type { ReportModel } from '../model.ts'
import { STYLE } from '../styles.ts'
import { bullet, heading, para } from '../text.ts'
import { phaseContent } from './phase-content.ts'
import type { SectionDef } from './types.ts'

function meetingContent(m: ReportModel, meeting: Meeting): FileChild[] {
  const out: FileChild[] = []
  for (const phase of m.phasesOf.get(meeting.id) ?? []) {
    const content = phaseContent(m, phase)
    if (content.length > 0) out.push(heading(phase.title.trim() || m.labels.steps, 3), ...content)
  }
  const notes = m.notesOfMeeting.get(meeting.id) ?? []
  if (notes.length > 0) {
    out.push(heading(m.labels.notesOfMeeting, 3))
    for (const n of notes) out.push(...noteBlocks(n.lexicalJson, n.plainText, { headingBase: 4, nextListInstance: m.nextListInstance }))
  }
  const questions = m.questionsOf.get(meeting.id) ?? []
  if (questions.length > 0) out.push(heading(m.labels.openQuestions, 3), ...questions.map((q) => bullet(q.text)))
  return out
}

/** Per meeting and phase: what the room said and decided. Meetings and phases with nothing are left out. */
function build(m: ReportModel): FileChild[] {
  const out: FileChild[] = [heading(m.labels.sections.results, 1)]
  m.meetings.forEach((meeting, i) => {
    const content = meetingContent(m, meeting)
    if (content.length === 0) return
    const title = meeting.title.trim()
    out.push(heading(`${m.labels.meeting} ${i + 1}${title ? `: ${title}` : ''}`, 2))
    if (meeting.date) out.push(para(formatLongDate(meeting.date, m.options.language), { style: STYLE.small, spacing: { after: 120 } }))
    out.push(...content)
  })
  return out.length > 1 ? out : []
}

export const resultsSection: SectionDef = {
  id: 'results',
  build
}
