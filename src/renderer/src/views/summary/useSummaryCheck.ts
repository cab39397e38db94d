import type { ApiOutput } from '../../../../shared/api/contract.ts'
import type { SummaryOptionsInput } from '../../../../shared/summary/options.ts'
import type { UiError } from '../../api/index.ts'
import { useLiveAnswer } from '../../components/useLiveAnswer.ts'
import { useAppStore } from '../../store/index.ts'

export type SummaryCheck = ApiOutput<'summary.check'>

export interface CheckState {
  check: SummaryCheck | null
  /** A newer answer is on its way (options or the workshop changed). */
  pending: boolean
  error: UiError | null
  refresh(): void
}

/**
 * What the summary of a meeting would print and whether the guard is clean, asked again a moment
 * after the options or the workshop change. Answers that arrive out of order are dropped.
 */
export function useSummaryCheck(docId: string, meetingId: string | null, options: SummaryOptionsInput): CheckState {
  const api = useAppStore((s) => s.api)
  const seq = useAppStore((s) => s.workshops[docId]?.lastSeq ?? null)
  const ask = api && meetingId !== null ? () => api.call('summary.check', { docId, meetingId, options }) : null
  const { value, ...rest } = useLiveAnswer(ask, JSON.stringify([docId, meetingId, options, seq]))
  return { check: value, ...rest }
}
