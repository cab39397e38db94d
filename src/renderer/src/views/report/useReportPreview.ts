import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiOutput } from '../../../../shared/api/contract.ts'
import type { ReportOptionsInput } from '../../../../shared/report/options.ts'
import { toUiError, type UiError } from '../../api/index.ts'
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

const DEBOUNCE_MS = 250

/**
 * What an export with these options would contain, asked again a moment after the options or the
 * workshop change (a note edited in another window adds or removes a find). Answers that arrive
 * out of order are dropped: only the latest question counts.
 */
export function useReportPreview(docId: string, options: ReportOptionsInput): PreviewState {
  const api = useAppStore((s) => s.api)
  // Every committed change to the workshop moves its event number; the preview follows it.
  const seq = useAppStore((s) => s.workshops[docId]?.lastSeq ?? null)
  const [preview, setPreview] = useState<ReportPreview | null>(null)
  const [pending, setPending] = useState(true)
  const [error, setError] = useState<UiError | null>(null)
  const [nonce, setNonce] = useState(0)
  const asked = useRef(0)
  const key = JSON.stringify(options)
  const first = useRef(true)

  useEffect(() => {
    if (!api) return
    setPending(true)
    const run = (): void => {
      const id = ++asked.current
      api
        .call('report.preview', { docId, options: JSON.parse(key) as ReportOptionsInput })
        .then((p) => {
          if (id !== asked.current) return
          setPreview(p)
          setError(null)
          setPending(false)
        })
        .catch((e: unknown) => {
          if (id !== asked.current) return
          setError(toUiError(e))
          setPending(false)
        })
    }
    // The first answer is wanted at once; later ones wait until the typing or clicking settles.
    if (first.current) {
      first.current = false
      run()
      return
    }
    const timer = window.setTimeout(run, DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [api, docId, key, seq, nonce])

  const refresh = useCallback(() => setNonce((n) => n + 1), [])
  return { preview, pending, error, refresh }
}
