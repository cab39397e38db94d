import type { FileChild } from 'docx'
import type { ReportModel } from '../model.ts'
import { heading } from '../text.ts'
import { stickyItem } from './phase-content.ts'
import type { SectionDef } from './types.ts'

/** Every note on the board, as written, in the order it was put up: the raw material behind the results. */
function build(m: ReportModel): FileChild[] {
  const out: FileChild[] = []
  m.meetings.forEach((meeting, i) => {
    const phases = (m.phasesOf.get(meeting.id) ?? []).filter((p) => (m.allStickiesOf.get(p.id) ?? []).length > 0)
    if (phases.length === 0) return
    const title = meeting.title.trim()
    out.push(heading(`${m.labels.meeting} ${i + 1}${title ? `: ${title}` : ''}`, 2))
    for (const phase of phases) {
      out.push(heading(phase.title.trim() || m.labels.steps, 3), ...(m.allStickiesOf.get(phase.id) ?? []).map((s) => stickyItem(m, s)))
    }
  })
  return out.length === 0 ? [] : [heading(m.labels.sections.appendix, 1, { pageBreakBefore: true }), ...out]
}

export const appendixSection: SectionDef = { id: 'appendix', build }
