// Names from the facilitator's optional list of participants. A full name ("Anna Svensson") is
// found in any letter case. Each part of it is found on its own too, because notes say "Anna
// sa att …" — but a part that is also an everyday Swedish word ("Dag", "Per", "Hans", "Berg") is
// found only when written with a capital, and one-letter parts and particles ("af", "van") never.

/** A listed name with a stable key, so "Anna" and "Anna Svensson" get the same pseudonym. */
export interface KnownNameRef {
  id: string
  name: string
}

export interface NameHit {
  kind: 'name'
  start: number
  end: number
  match: string
  /** The listed name's id (or the name itself); "?" + the text when a part fits several names. */
  nameKey: string
  /** "Annas" — the Swedish genitive s (or English 's) is part of the hit. */
  genitive: boolean
}

const PARTICLES = new Set([
  'af', 'av', 'von', 'van', 'der', 'den', 'de', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'bint', 'da', 'di', 'du', 'dos',
  'das', 'del', 'ter', 'ten', 'zu', 'jr', 'sr'
])

// Given names and surnames that are also common words, so lower-case use is not a name.
const EVERYDAY_WORDS = new Set([
  'hans', 'per', 'tom', 'inga', 'klara', 'liv', 'fred', 'rosa', 'saga', 'dag', 'bror', 'björn', 'björk', 'berg',
  'sten', 'sol', 'ros', 'stig', 'lina', 'mark', 'maj', 'juni', 'ask', 'lind', 'strand', 'ström', 'holm', 'dal',
  'lund', 'gran', 'siv', 'vide', 'hage', 'vall', 'fors', 'max', 'mina', 'dina', 'sina', 'lisa', 'vilja', 'tuva',
  'ebba', 'tor', 'alla', 'malm', 'falk', 'örn', 'lejon', 'skog', 'storm', 'frost', 'rask', 'ljung', 'kvist',
  'lilja', 'alm', 'asp', 'bok', 'lönn', 'rönn', 'sand', 'nord', 'sjö', 'hed', 'ek', 'lo', 'bo', 'glad', 'ung',
  'vinter', 'sommar', 'vår', 'höst', 'ny', 'dam', 'kung', 'lärka', 'svan', 'hjort', 'varg', 'ulv', 'ras'
])

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]'
const GENITIVE = "(?:s|:s|['\u2019]s?)?"

const normalise = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv')

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One pattern per spelling: the name as typed and in decomposed form (å as a + ring). */
function spellings(s: string): string[] {
  const nfc = s.normalize('NFC')
  const nfd = s.normalize('NFD')
  return [...new Set([nfc, nfd])].map((x) => escape(x).replace(/ /g, '\\s+'))
}

const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1).toLocaleLowerCase('sv')

interface Matcher {
  anyCase: RegExp | null
  capitalOnly: RegExp | null
  keys: Map<string, string>
}

function build(names: readonly (string | KnownNameRef)[]): Matcher {
  const keysOf = new Map<string, Set<string>>()
  const anyCase = new Set<string>()
  const capitalOnly = new Set<string>()
  const add = (text: string, key: string, mode: 'any' | 'capital'): void => {
    const norm = normalise(text)
    const set = keysOf.get(norm) ?? new Set<string>()
    set.add(key)
    keysOf.set(norm, set)
    if (mode === 'any') anyCase.add(norm)
    else capitalOnly.add(norm)
  }
  for (const entry of names) {
    const name = (typeof entry === 'string' ? entry : entry.name).normalize('NFC').replace(/\s+/g, ' ').trim()
    const key = typeof entry === 'string' ? normalise(entry) : entry.id
    if (name === '') continue
    const parts = name.split(' ')
    if (parts.length > 1) add(name, key, 'any')
    for (const part of parts) {
      const lower = normalise(part)
      const letters = lower.match(/\p{L}/gu)?.length ?? 0
      if (letters < 2 || PARTICLES.has(lower)) continue
      add(part, key, letters === 2 || EVERYDAY_WORDS.has(lower) ? 'capital' : 'any')
    }
  }
  const keys = new Map<string, string>()
  for (const [norm, set] of keysOf) keys.set(norm, set.size === 1 ? [...set][0] : `?${norm}`)
  // A text found in any case needs no capital-only pattern as well.
  for (const t of anyCase) capitalOnly.delete(t)
  const regex = (alts: string[], flags: string): RegExp | null => {
    if (alts.length === 0) return null
    // Longest first, so "Anna Svensson" wins over "Anna" at the same place.
    const sorted = [...new Set(alts)].sort((a, b) => b.length - a.length)
    return new RegExp(`(?<!${WORD_CHAR})(?:${sorted.join('|')})${GENITIVE}(?!${WORD_CHAR})`, flags)
  }
  return {
    anyCase: regex([...anyCase].flatMap(spellings), 'giu'),
    capitalOnly: regex(
      [...capitalOnly].flatMap((t) => [...spellings(capitalised(t)), ...spellings(t.toLocaleUpperCase('sv'))]),
      'gu'
    ),
    keys
  }
}

let cache: { signature: string; matcher: Matcher } | null = null

function matcherFor(names: readonly (string | KnownNameRef)[]): Matcher {
  const signature = JSON.stringify(names)
  if (cache?.signature !== signature) cache = { signature, matcher: build(names) }
  return cache.matcher
}

function keyOf(matched: string, keys: Map<string, string>): { key: string; genitive: boolean } | null {
  const norm = normalise(matched)
  const exact = keys.get(norm)
  if (exact) return { key: exact, genitive: false }
  const stem = norm.replace(/(?::s|['\u2019]s?|s)$/u, '')
  const k = keys.get(stem)
  return k ? { key: k, genitive: true } : null
}

/** Listed names in `text`; overlapping finds are merged into one hit. */
export function findNames(text: string, names: readonly (string | KnownNameRef)[]): NameHit[] {
  if (names.length === 0 || text === '') return []
  const m = matcherFor(names)
  const found: NameHit[] = []
  for (const re of [m.anyCase, m.capitalOnly]) {
    if (!re) continue
    for (const x of text.matchAll(re)) {
      const k = keyOf(x[0], m.keys)
      if (!k) continue
      found.push({ kind: 'name', start: x.index, end: x.index + x[0].length, match: x[0], nameKey: k.key, genitive: k.genitive })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: NameHit[] = []
  for (const h of found) {
    const last = merged.at(-1)
    if (last && h.start < last.end) {
      if (h.end > last.end) {
        // The longer find names the person; the union is what must be replaced.
        const longer = h.end - h.start > last.end - last.start ? h : last
        const end = h.end
        merged[merged.length - 1] = { ...longer, start: last.start, end, match: text.slice(last.start, end) }
      }
      continue
    }
    merged.push(h)
  }
  return merged
}
