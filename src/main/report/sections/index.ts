import type { ReportSection } from '../../../shared/report/options.ts'
import { appendixSection } from './appendix.ts'
import { backgroundSection } from './background.ts'
import { effectChainsSection } from './effect-chains.ts'
import { feedbackSection } from './feedback.ts'
import { methodSection } from './method.ts'
import { privacySection } from './privacy.ts'
import { recommendationsSection } from './recommendations.ts'
import { responsesSection } from './responses.ts'
import { resultsSection } from './results.ts'
import { summarySection } from './summary.ts'
import type { SectionDef } from './types.ts'

/** The sections in document order (the order of REPORT_SECTIONS). */
export const SECTIONS: Record<ReportSection, SectionDef> = {
  summary: summarySection,
  background: backgroundSection,
  method: methodSection,
  results: resultsSection,
  recommendations: recommendationsSection,
  effectChains: effectChainsSection,
  responses: responsesSection,
  feedback: feedbackSection,
  privacy: privacySection,
  appendix: appendixSection
}
