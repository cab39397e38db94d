import type { FileChild } from 'docx'
import { formatLongDate, isoDay } from '../../../shared/report/dates.ts'
import type { ReportModel } from '../model.ts'
import { heading, para } from '../text.ts'
import type { SectionDef } from './types.ts'

/** What was recorded about the participants, what the report shows of it, and where the rest is kept. */
function build(m: ReportModel): FileChild[] {
  const p = m.labels.privacy
  const informed = m.data.workshop.participantInfoGivenAt
  const collected = [p.anonymous, informed !== null ? p.informedAt(formatLongDate(isoDay(new Date(informed)), m.options.language)) : '']
  const shown = [m.options.includeAuthorLabels ? p.authorsShown : p.authorsHidden, m.options.redaction === 'pseudonymise' ? p.pseudonymised : p.notPseudonymised]
  const join = (lines: string[]): string => lines.filter(Boolean).join(' ')
  return [heading(m.labels.sections.privacy, 1), para(join(collected)), para(join(shown)), para(p.storage)]
}

export const privacySection: SectionDef = { id: 'privacy', build }
