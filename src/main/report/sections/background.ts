import type { FileChild } from 'docx'
import { formatLongDate } from '../../../shared/report/dates.ts'
import type { ReportModel } from '../model.ts'
import { bullet, heading, labelled, para, paragraphs } from '../text.ts'
import type { SectionDef } from './types.ts'

/**
 * Why the work was done, for whom, and who promised to receive the results before it began
 * (the ECAR lesson: anchoring first), and how much say the participants had.
 */
function build(m: ReportModel): FileChild[] {
  const { labels, data, options } = m
  const w = data.workshop
  if (!(w.purpose.trim() || w.commissionedBy.trim() || m.receivers.length > 0 || w.participationLevel || w.anchoringOverride?.trim())) return []
  const out: FileChild[] = [heading(labels.sections.background, 1)]
  if (w.purpose.trim()) out.push(heading(labels.purpose, 2), ...paragraphs(w.purpose))
  const assignment: FileChild[] = []
  if (w.commissionedBy.trim()) assignment.push(labelled(labels.commissionedBy, w.commissionedBy))
  if (m.receivers.length > 0) {
    assignment.push(para(`${labels.receivers}:`, { keepNext: true }))
    for (const b of m.receivers) {
      const abbr = b.abbreviation.trim() ? ` (${b.abbreviation.trim()})` : ''
      const by = b.answerBy ? `, ${labels.answerBy} ${formatLongDate(b.answerBy, options.language)}` : ''
      assignment.push(bullet(`${b.name}${abbr}${by}`))
    }
  } else if (w.anchoringOverride !== null || w.commissionedBy.trim() || w.purpose.trim()) {
    assignment.push(para(labels.noReceivers))
  }
  if (w.anchoringOverride !== null && w.anchoringOverride.trim()) assignment.push(para(`${labels.anchoringOverride} ${w.anchoringOverride}`))
  if (w.participationLevel) assignment.push(para(labels.participationText(labels.participationLevels[w.participationLevel])))
  if (assignment.length > 0) out.push(heading(labels.assignment, 2), ...assignment)
  return out
}

export const backgroundSection: SectionDef = {
  id: 'background',
  build
}
