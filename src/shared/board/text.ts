// Text handling shared by titles, similarity and search. Participants write Swedish, English,
// Arabic, Somali, Tigrinya and more, so nothing here may assume Latin script or one language.

// Intl.Segmenter knows word boundaries of every script (incl. dictionary-based ones); the regex
// is the fallback for runtimes built without full ICU.
const SEGMENTER: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('und', { granularity: 'word' }) : null
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu

/** The words of a text as written (letters, marks and digits of any script). */
export function wordsOf(text: string): string[] {
  if (SEGMENTER) {
    const out: string[] = []
    for (const s of SEGMENTER.segment(text)) if (s.isWordLike) out.push(s.segment)
    return out
  }
  return text.match(WORD) ?? []
}

/**
 * Case- and diacritic-insensitive form for matching: compatibility forms unified (NFKD), combining
 * marks removed (å→a, Arabic harakat and hamza carriers: إ→ا), Arabic tatweel and invisible format
 * characters (ZWNJ) dropped, lower-cased without locale rules so every machine folds alike.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{Mn}\p{Cf}\u0640]/gu, '')
    .toLowerCase()
    .normalize('NFC')
}

/** Folded words with apostrophes dropped ("la'aan" → "laaan"), for matching only. */
export function foldedWordsOf(text: string): string[] {
  return (foldText(text).replace(/['’]/g, '').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) as string[]
}

/** Character trigrams of one folded word, padded so word starts and ends count. */
export function trigramsOf(word: string): string[] {
  const p = ` ${word} `
  const chars = Array.from(p)
  const out: string[] = []
  for (let i = 0; i + 3 <= chars.length; i++) out.push(chars[i] + chars[i + 1] + chars[i + 2])
  return out
}

/** Dice coefficient of two words' trigram sets: how alike two inflections are ("otrygga"/"otryggt"). */
export function wordLikeness(a: string, b: string): number {
  if (a === b) return 1
  const ga = new Set(trigramsOf(a))
  const gb = new Set(trigramsOf(b))
  let shared = 0
  for (const g of ga) if (gb.has(g)) shared++
  return (2 * shared) / (ga.size + gb.size)
}
