import { useEffect, useState } from 'react'

/**
 * A radio choice saved through the core: shown at once, while the write and its change event are
 * on their way, so the control does not flick back to the old value. A failed write drops it.
 */
export function usePendingChoice<T>(stored: T, save: (value: T) => Promise<unknown>): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null)
  useEffect(() => {
    if (pending && Object.is(pending.value, stored)) setPending(null)
  }, [pending, stored])
  const choose = (value: T): void => {
    setPending({ value })
    save(value).catch(() => setPending(null))
  }
  return [pending ? pending.value : stored, choose]
}
