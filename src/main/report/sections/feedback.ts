import type { FileChild } from 'docx'
import { formatLongDate } from '../../../shared/report/dates.ts'
import type { ReportModel } from '../model.ts'
import { dataTable } from '../tables.ts'
import { heading } from '../text.ts'
import type { SectionDef } from './types.ts'

/** How and when the participants were told what became of their work. */
function build(m: ReportModel): FileChild[] {
  const rows = [...m.data.feedback].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.createdAt - b.createdAt)
  if (rows.length === 0) return []
  const c = m.labels.feedbackColumns
  return [
    heading(m.labels.sections.feedback, 1),
    dataTable(
      [
        { header: c.date, weight: 2 },
        { header: c.channel, weight: 2.5 },
        { header: c.text, weight: 7 }
      ],
      rows.map((f) => [f.date ? formatLongDate(f.date, m.options.language) : m.labels.unknown, f.channel, f.text])
    )
  ]
}

export const feedbackSection: SectionDef = { id: 'feedback', build }
