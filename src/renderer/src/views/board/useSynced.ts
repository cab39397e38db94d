import { useEffect, useState } from 'react'

/**
 * Local state that follows a stored value: a switch shows the click at once, and the stored value
 * (from the change event a moment later, or unchanged after a refusal) has the last word.
 */
export function useSynced<T>(stored: T): [T, (value: T) => void] {
  const [value, setValue] = useState(stored)
  useEffect(() => setValue(stored), [stored])
  return [value, setValue]
}
