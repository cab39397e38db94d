import { useMemo } from 'react'
import type { Body } from '../../../../shared/domain/entities.ts'
import { useOrdered } from './useTables.ts'

/** Bodies that can receive recommendations, plus any already asked (so a box never vanishes). */
export function useReceiverChoices(docId: string, alreadyAsked: readonly string[] = []): Body[] {
  const bodies = useOrdered(docId, 'body')
  const asked = alreadyAsked.join('\u0000')
  return useMemo(() => {
    const set = new Set(asked.split('\u0000'))
    return bodies.filter((b) => b.isReceiver || set.has(b.id))
  }, [bodies, asked])
}

/** The themes already used, for the theme field's suggestions. */
export function useThemes(docId: string): string[] {
  const proposals = useOrdered(docId, 'proposal')
  return useMemo(() => {
    const seen = new Map<string, string>()
    for (const p of proposals) {
      const theme = p.theme.trim()
      if (theme && !seen.has(theme.toLocaleLowerCase('sv'))) seen.set(theme.toLocaleLowerCase('sv'), theme)
    }
    return [...seen.values()]
  }, [proposals])
}
