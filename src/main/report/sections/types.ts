import type { FileChild } from 'docx'
import type { ReportSection } from '../../../shared/report/options.ts'
import type { ReportModel } from '../model.ts'

/** One section of the report. */
export interface SectionDef {
  id: ReportSection
  /** The section's content, heading first; nothing at all when it has nothing to say (no heading over nothing). */
  build(m: ReportModel): FileChild[]
  /** Wide tables (effect chains) get pages of their own, turned sideways. */
  landscape?: boolean
}
