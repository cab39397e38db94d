import type { FileChild } from 'docx'
import { findBuiltInMethod } from '../../../shared/methods/index.ts'
import { formatLongDate, formatNumber } from '../../../shared/report/dates.ts'
import type { ReportModel } from '../model.ts'
import { dataTable } from '../tables.ts'
import { bullet, heading, labelled } from '../text.ts'
import type { SectionDef } from './types.ts'

/** How the work was done: the method, the meetings with their dates and sizes, and their steps. */
function build(m: ReportModel): FileChild[] {
  const { labels, options } = m
  const lang = options.language
  if (m.meetings.length === 0) return []
  const out: FileChild[] = [heading(labels.sections.method, 1)]
  const method = findBuiltInMethod(m.data.workshop.methodId)
  if (method) out.push(labelled(labels.methodUsed, `${method[lang].name}. ${method[lang].description}`.trim()))
  out.push(
    heading(labels.meetingsHeading, 2),
    dataTable(
      [
        { header: labels.meeting, weight: 4 },
        { header: labels.date, weight: 2.2 },
        { header: labels.place, weight: 2.4 },
        { header: labels.participants, weight: 1.6 }
      ],
      m.meetings.map((x, i) => [
        `${i + 1}. ${x.title}`.trim(),
        x.date ? formatLongDate(x.date, lang) : labels.unknown,
        x.place,
        x.participantCount === null ? labels.unknown : formatNumber(x.participantCount, lang)
      ])
    )
  )
  const steps = m.meetings
    .map((x, i) => ({ number: i + 1, phases: (m.phasesOf.get(x.id) ?? []).map((p) => p.title.trim()).filter(Boolean) }))
    .filter((s) => s.phases.length > 0)
  if (steps.length > 0) {
    out.push(heading(labels.steps, 2))
    for (const s of steps) out.push(bullet(`${labels.meeting} ${s.number}: ${s.phases.join(', ')}.`))
  }
  return out
}

export const methodSection: SectionDef = {
  id: 'method',
  build
}
