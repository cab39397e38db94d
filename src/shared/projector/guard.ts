import type { KnownName } from '../domain/entities.ts'
import type { Language } from '../domain/enums.ts'
import { detectPersonalData } from '../text/pii.ts'

// The personal-data guard as the projector uses it: only "does this text hold anything?", asked
// for every visible text on every change. The projector view is recomputed on each change to the
// workshop, so answers are remembered per string: an unchanged note is never scanned twice.

/** Beyond this many remembered texts the memo starts over; a workshop has a few thousand. */
const MAX_REMEMBERED = 50_000

/** One memo per name list (one per open workshop, in practice); the oldest goes past this many. */
const MAX_LISTS = 8

const memos = new Map<string, Map<string, boolean>>()

function keyOf(knownNames: readonly KnownName[]): string {
  return knownNames.map((n) => `${n.id}\u0001${n.name}`).join('\u0002')
}

/** A checker for one list of known names; the memo survives as long as the list is the same. */
export function piiChecker(knownNames: readonly KnownName[]): (text: string) => boolean {
  const key = keyOf(knownNames)
  // The answers depend on the name list, so a changed list starts a memo of its own.
  let table = memos.get(key)
  if (!table) {
    if (memos.size >= MAX_LISTS) memos.delete(memos.keys().next().value as string)
    memos.set(key, (table = new Map()))
  }
  return (text) => {
    if (text === '') return false
    let flagged = table.get(text)
    if (flagged === undefined) {
      flagged = detectPersonalData(text, { knownNames }).length > 0
      if (table.size >= MAX_REMEMBERED) table.clear()
      table.set(text, flagged)
    }
    return flagged
  }
}

export const WITHHELD_NOTE: Record<Language, string> = {
  sv: 'Lappen visas inte (personuppgifter)',
  en: 'Note not shown (personal data)'
}

export const WITHHELD_TEXT: Record<Language, string> = {
  sv: '(visas inte: personuppgifter)',
  en: '(not shown: personal data)'
}
