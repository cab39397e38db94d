import { useCallback, useEffect, useRef, useState } from 'react'
import { toUiError, type UiError } from '../api/index.ts'

export interface LiveAnswer<T> {
  value: T | null
  /** A newer answer is on its way (the question changed). */
  pending: boolean
  error: UiError | null
  /** Ask again now, without waiting (after a save, or to retry). */
  refresh(): void
}

const DEBOUNCE_MS = 250

/**
 * The core's answer to a question that changes as the user types or clicks: asked at once the
 * first time, then again a moment after `key` (everything the question depends on) settles.
 * Answers that arrive out of order are dropped: only the latest question counts. `ask` null
 * means there is nothing to ask yet.
 */
export function useLiveAnswer<T>(ask: (() => Promise<T>) | null, key: string): LiveAnswer<T> {
  const [value, setValue] = useState<T | null>(null)
  const [pending, setPending] = useState(true)
  const [error, setError] = useState<UiError | null>(null)
  const [nonce, setNonce] = useState(0)
  const asked = useRef(0)
  const first = useRef(true)
  // The question as last rendered; `key` says when it has changed.
  const latest = useRef(ask)
  latest.current = ask
  const ready = ask !== null

  useEffect(() => {
    if (!ready) return
    setPending(true)
    const run = (): void => {
      const question = latest.current
      if (!question) return
      const id = ++asked.current
      question()
        .then((v) => {
          if (id !== asked.current) return
          setValue(v)
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
  }, [ready, key, nonce])

  const refresh = useCallback(() => setNonce((n) => n + 1), [])
  return { value, pending, error, refresh }
}
