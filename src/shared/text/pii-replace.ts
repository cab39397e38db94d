import type { PiiHit, PiiKind } from './pii.ts'

export type ReplaceStyle = 'pseudonym' | 'placeholder'
export type PiiLanguage = 'sv' | 'en'

const PLACEHOLDERS: Record<PiiLanguage, Record<PiiKind, string>> = {
  sv: {
    personnummer: '[personnummer]',
    samordningsnummer: '[samordningsnummer]',
    phone: '[telefonnummer]',
    email: '[e-post]',
    name: '[namn]'
  },
  en: {
    personnummer: '[personal identity number]',
    samordningsnummer: '[coordination number]',
    phone: '[phone number]',
    email: '[e-mail]',
    name: '[name]'
  }
}

const PSEUDONYM_PREFIX: Record<PiiLanguage, string> = { sv: 'Deltagare', en: 'Participant' }

/**
 * Which pseudonym each person has. Kept per workshop so "Anna" is "Deltagare A" in every note;
 * `next` only grows, so a letter is never handed to a second person even after a name is removed.
 */
export interface PseudonymMap {
  assigned: Record<string, number>
  next: number
}

export const emptyPseudonymMap = (): PseudonymMap => ({ assigned: {}, next: 0 })

/** 0 → A, 25 → Z, 26 → AA: as many letters as needed. */
export function pseudonymLetters(index: number): string {
  let n = index
  let out = ''
  do {
    out = String.fromCharCode(65 + (n % 26)) + out
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return out
}

export function placeholderFor(kind: PiiKind, language: PiiLanguage = 'sv'): string {
  return PLACEHOLDERS[language][kind]
}

function nameKey(hit: PiiHit): string {
  return hit.nameKey ?? `?${hit.match.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv')}`
}

/**
 * The text that takes a hit's place, and the map with any new pseudonym added. Only names get a
 * pseudonym; a number or address has no stand-in that means anything, so it gets a placeholder.
 */
export function replacementFor(
  hit: PiiHit,
  style: ReplaceStyle,
  language: PiiLanguage = 'sv',
  map: PseudonymMap = emptyPseudonymMap()
): { text: string; map: PseudonymMap } {
  if (hit.kind !== 'name') return { text: PLACEHOLDERS[language][hit.kind], map }
  const genitive = hit.genitive ? (language === 'sv' ? ':s' : "'s") : ''
  if (style === 'placeholder') return { text: PLACEHOLDERS[language].name + genitive, map }
  const key = nameKey(hit)
  let next = map
  let index = map.assigned[key]
  if (index === undefined) {
    index = map.next
    next = { assigned: { ...map.assigned, [key]: index }, next: map.next + 1 }
  }
  return { text: `${PSEUDONYM_PREFIX[language]} ${pseudonymLetters(index)}${genitive}`, map: next }
}

/**
 * Replace each hit in `text`. Hits must come from `detectPersonalData` on this same text;
 * overlapping hits keep the first. Returns the new text and the (possibly grown) pseudonym map.
 */
export function pseudonymise(
  text: string,
  hits: readonly PiiHit[],
  style: ReplaceStyle,
  opts: { language?: PiiLanguage; map?: PseudonymMap } = {}
): { text: string; map: PseudonymMap } {
  const language = opts.language ?? 'sv'
  let map = opts.map ?? emptyPseudonymMap()
  const ordered = [...hits].sort((a, b) => a.start - b.start)
  const pieces: string[] = []
  let at = 0
  for (const hit of ordered) {
    if (text.slice(hit.start, hit.end) !== hit.match) {
      throw new RangeError(`the hit "${hit.match}" at ${hit.start} is not in this text`)
    }
    if (hit.start < at) continue
    const r = replacementFor(hit, style, language, map)
    map = r.map
    pieces.push(text.slice(at, hit.start), r.text)
    at = hit.end
  }
  pieces.push(text.slice(at))
  return { text: pieces.join(''), map }
}
