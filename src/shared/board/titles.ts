import { isStopword } from './stopwords.ts'
import { foldText, trigramsOf, wordsOf } from './text.ts'

// A cluster gets a title the moment it is made (feature-anchors §4.1: Parabol, ScatterSpoke): the
// words its notes share, else the first note's opening words. Inflections count as one word
// ("gångtunnlar"/"gångtunnlarna") through trigram likeness, which works in any script.

const LIKENESS = 0.6
const MAX_TERMS = 3
const FALLBACK_CHARS = 48
const SYLLABIC = /[\p{Script=Ethiopic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

interface Occurrence {
  note: number
  index: number
  surface: string
}

interface Term {
  folded: string
  occurrences: Occurrence[]
}

function termsOf(texts: readonly string[]): Term[] {
  const byFolded = new Map<string, Term>()
  texts.forEach((text, note) => {
    const words = wordsOf(text)
    words.forEach((surface, index) => {
      const folded = foldText(surface).replace(/['’]/g, '')
      if (isStopword(folded) || /^\p{N}+$/u.test(folded)) return
      // Two-letter words are function words in alphabetic scripts ("ma", "في"); in syllabic and
      // logographic scripts one or two characters make a full word.
      if (Array.from(folded).length < 3 && !SYLLABIC.test(folded)) return
      // A capital only because the note starts there is not part of the word.
      const plain = index === 0 && surface.length > 1 && surface.slice(1) === surface.slice(1).toLowerCase()
        ? surface.toLowerCase()
        : surface
      let term = byFolded.get(folded)
      if (!term) byFolded.set(folded, (term = { folded, occurrences: [] }))
      term.occurrences.push({ note, index, surface: plain })
    })
  })
  return [...byFolded.values()]
}

/** Groups of folded words that are inflections of each other, found through shared trigrams. */
function groupLikeTerms(terms: Term[]): Term[][] {
  const parent = terms.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  const grams = terms.map((t) => new Set(trigramsOf(t.folded)))
  const postings = new Map<string, number[]>()
  grams.forEach((set, i) => {
    if (Array.from(terms[i].folded).length < 4) return // short words must match exactly
    for (const g of set) {
      let list = postings.get(g)
      if (!list) postings.set(g, (list = []))
      list.push(i)
    }
  })
  const shared = new Map<number, number>()
  grams.forEach((set, i) => {
    if (Array.from(terms[i].folded).length < 4) return
    shared.clear()
    for (const g of set) for (const j of postings.get(g) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1)
    for (const [j, n] of shared) {
      if ((2 * n) / (set.size + grams[j].size) >= LIKENESS) parent[find(j)] = find(i)
    }
  })
  const groups = new Map<number, Term[]>()
  terms.forEach((t, i) => {
    const root = find(i)
    const g = groups.get(root)
    if (g) g.push(t)
    else groups.set(root, [t])
  })
  return [...groups.values()]
}

interface SharedTerm {
  label: string
  notes: Set<number>
  firstNote: number
  firstIndex: number
}

function rankedSharedTerms(texts: readonly string[]): SharedTerm[] {
  const out: SharedTerm[] = []
  for (const group of groupLikeTerms(termsOf(texts))) {
    const occurrences = group.flatMap((t) => t.occurrences)
    const notes = new Set(occurrences.map((o) => o.note))
    if (notes.size < 2) continue
    occurrences.sort((a, b) => a.note - b.note || a.index - b.index)
    // The label is the form written most often; ties go to the shorter (usually the base form),
    // then to the one written first. Map order is first-written order, and the sort is stable.
    const counts = new Map<string, number>()
    for (const o of occurrences) counts.set(o.surface, (counts.get(o.surface) ?? 0) + 1)
    const label = [...counts.entries()].sort((a, b) => b[1] - a[1] || Array.from(a[0]).length - Array.from(b[0]).length)[0][0]
    const first = occurrences[0]
    out.push({ label, notes, firstNote: first.note, firstIndex: first.index })
  }
  return out.sort(
    (a, b) => b.notes.size - a.notes.size || a.firstNote - b.firstNote || a.firstIndex - b.firstIndex
  )
}

/** Up to three words (as written) that most of the texts share; empty when they share none. */
export function sharedTerms(texts: readonly string[], max = MAX_TERMS): string[] {
  const ranked = rankedSharedTerms(texts)
  if (ranked.length === 0) return []
  const top = ranked[0].notes.size
  const floor = Math.max(2, Math.ceil(top / 2))
  return ranked
    .filter((t) => t.notes.size >= floor)
    .slice(0, max)
    .sort((a, b) => a.firstNote - b.firstNote || a.firstIndex - b.firstIndex)
    .map((t) => t.label)
}

function capitalise(s: string): string {
  const first = s.codePointAt(0)
  if (first === undefined) return s
  const ch = String.fromCodePoint(first)
  return ch.toUpperCase() + s.slice(ch.length)
}

/** The opening words of a note, cut on a word boundary. */
export function openingWords(text: string, maxChars = FALLBACK_CHARS): string {
  const line = (text.split('\n').find((l) => l.trim() !== '') ?? '').replace(/\s+/g, ' ').trim()
  if (Array.from(line).length <= maxChars) return line.replace(/[\s.,;:!?–-]+$/u, '')
  const cut = Array.from(line).slice(0, maxChars).join('')
  const atSpace = cut.lastIndexOf(' ')
  const head = (atSpace > maxChars / 3 ? cut.slice(0, atSpace) : cut).replace(/[\s.,;:!?–-]+$/u, '')
  return `${head}…`
}

/**
 * The automatic title of a cluster whose notes read `texts` (in board order): the words they share,
 * else the first note's opening words. Callers keep a title the facilitator typed (titleCustom).
 */
export function defaultClusterTitle(texts: readonly string[]): string {
  const visible = texts.filter((t) => t.trim() !== '')
  if (visible.length === 0) return ''
  const terms = visible.length > 1 ? sharedTerms(visible) : []
  return capitalise(terms.length > 0 ? terms.join(' ') : openingWords(visible[0]))
}
