import type { ApiOutput } from '../../../../shared/api/contract.ts'
import type { ReportOptionsInput } from '../../../../shared/report/options.ts'
import type { UiError } from '../../api/index.ts'
import { useLiveAnswer } from '../../components/useLiveAnswer.ts'
import { useAppStore } from '../../store/index.ts'

export type ReportPreview = ApiOutput<'report.preview'>

export interface PreviewState {
  preview: ReportPreview | null
  /** A newer preview is on its way (options or the workshop changed). */
  pending: boolean
  error: UiError | null
  /** Ask again now, without waiting (after the header was saved, or to retry). */
  refresh(): void
}

/**
 * What an export with these options would contain, asked again a moment after the options or the
 * workshop change (a note edited in another window adds or removes a find). Answers that arrive
 * out of order are dropped: only the latest question counts.
 */
export function useReportPreview(docId: string, options: ReportOptionsInput): PreviewState {
  const api = useAppStore((s) => s.api)
  // Every committed change to the workshop moves its event number; the preview follows it.
  const seq = useAppStore((s) => s.workshops[docId]?.lastSeq ?? null)
  const ask = api ? () => api.call('report.preview', { docId, options }) : null
  const { value, ...rest } = useLiveAnswer(ask, JSON.stringify([docId, options, seq]))
  return { preview: value, ...rest }
}
