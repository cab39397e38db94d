import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiOutput } from '../../../../shared/api/contract.ts'
import type { SummaryOptionsInput } from '../../../../shared/summary/options.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { useAppStore } from '../../store/index.ts'

export type SummaryCheck = ApiOutput<'summary.check'>

export interface CheckState {
  check: SummaryCheck | null
  /** A newer answer is on its way (options or the workshop changed). */
  pending: boolean
  error: UiError | null
  refresh(): void
}

const DEBOUNCE_MS = 250

/**
 * What the summary of a meeting would print and whether the guard is clean, asked again a moment
 * after the options or the workshop change. Answers that arrive out of order are dropped.
 */
export function useSummaryCheck(docId: string, meetingId: string | null, options: SummaryOptionsInput): CheckState {
  const api = useAppStore((s) => s.api)
  const seq = useAppStore((s) => s.workshops[docId]?.lastSeq ?? null)
  const [check, setCheck] = useState<SummaryCheck | null>(null)
  const [pending, setPending] = useState(true)
  const [error, setError] = useState<UiError | null>(null)
  const [nonce, setNonce] = useState(0)
  const asked = useRef(0)
  const first = useRef(true)
  const key = JSON.stringify(options)

  useEffect(() => {
    if (!api || meetingId === null) return
    setPending(true)
    const run = (): void => {
      const id = ++asked.current
      api
        .call('summary.check', { docId, meetingId, options: JSON.parse(key) as SummaryOptionsInput })
        .then((c) => {
          if (id !== asked.current) return
          setCheck(c)
          setError(null)
          setPending(false)
        })
        .catch((e: unknown) => {
          if (id !== asked.current) return
          setError(toUiError(e))
          setPending(false)
        })
    }
    if (first.current) {
      first.current = false
      run()
      return
    }
    const timer = window.setTimeout(run, DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [api, docId, meetingId, key, seq, nonce])

  const refresh = useCallback(() => setNonce((n) => n + 1), [])
  return { check, pending, error, refresh }
}
