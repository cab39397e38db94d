// The personal-data guard: finds identifiers in free text (stickies, notes, answers) so the
// facilitator can replace them before anything leaves the app. Pure: no Node, no DOM, so the
// renderer flags text as it is typed and the core scans and replaces with the same rules.
import { findIdNumbers } from './pii-personnummer.ts'
import { findNames, type KnownNameRef } from './pii-names.ts'
import { findPhones } from './pii-phone.ts'

export type { KnownNameRef } from './pii-names.ts'
export {
  emptyPseudonymMap,
  placeholderFor,
  pseudonymise,
  pseudonymLetters,
  replacementFor,
  type PiiLanguage,
  type PseudonymMap,
  type ReplaceStyle
} from './pii-replace.ts'

export const PII_KINDS = ['personnummer', 'samordningsnummer', 'phone', 'email', 'name'] as const
export type PiiKind = (typeof PII_KINDS)[number]

/**
 * One finding. `start`/`end` are UTF-16 offsets into the scanned string (String#slice), so
 * `text.slice(start, end) === match`.
 */
export interface PiiHit {
  kind: PiiKind
  start: number
  end: number
  match: string
  /** Names only: which listed person, so every mention of them gets the same pseudonym. */
  nameKey?: string
  /** Names only: the hit ends in a genitive s ("Annas"), which the replacement keeps (":s"). */
  genitive?: boolean
}

export interface DetectOptions {
  /** The workshop's list of participants' names, if the facilitator keeps one. */
  knownNames?: readonly (string | KnownNameRef)[]
  /** Look only for these kinds (all by default). */
  kinds?: readonly PiiKind[]
}

// Local part and domain as people write addresses (RFC 5322's quoted forms are left out: they do
// not occur in notes). The start must not sit inside a longer word, which also keeps the scan linear.
const EMAIL =
  /(?<![\p{L}\p{M}\p{N}._%+-])[\p{L}\p{M}\p{N}_%+-]+(?:\.[\p{L}\p{M}\p{N}_%+-]+)*@(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{M}\p{N}\-@])/gu

function findEmails(text: string): PiiHit[] {
  if (!text.includes('@')) return []
  return [...text.matchAll(EMAIL)].map((m) => ({ kind: 'email' as const, start: m.index, end: m.index + m[0].length, match: m[0] }))
}

// When finds overlap, the more specific kind wins: an address contains names, a personnummer can
// look like a phone number.
const PRIORITY: Record<PiiKind, number> = { email: 0, personnummer: 1, samordningsnummer: 1, phone: 2, name: 3 }

/** Every piece of personal data the guard recognises in `text`, in text order, never overlapping. */
export function detectPersonalData(text: string, opts: DetectOptions = {}): PiiHit[] {
  if (text === '') return []
  const want = new Set<PiiKind>(opts.kinds ?? PII_KINDS)
  const found: PiiHit[] = []
  if (want.has('email')) found.push(...findEmails(text))
  if (want.has('personnummer') || want.has('samordningsnummer')) {
    found.push(...findIdNumbers(text).filter((h) => want.has(h.kind)))
  }
  if (want.has('phone')) found.push(...findPhones(text))
  if (want.has('name') && opts.knownNames && opts.knownNames.length > 0) found.push(...findNames(text, opts.knownNames))
  found.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start)
  // Kept hits never overlap, so only the neighbours at the insertion point can collide.
  const kept: PiiHit[] = []
  for (const h of found) {
    let lo = 0
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (kept[mid].start < h.start) lo = mid + 1
      else hi = mid
    }
    const before = kept[lo - 1]
    const after = kept[lo]
    if ((before && before.end > h.start) || (after && after.start < h.end)) continue
    kept.splice(lo, 0, h)
  }
  return kept
}
