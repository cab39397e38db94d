import { hash53 } from './hash.ts'
import { isStopword } from './stopwords.ts'
import { foldedWordsOf, trigramsOf } from './text.ts'
import { sharedTerms } from './titles.ts'

// "These notes may belong together": a local, language-agnostic similarity. Character trigrams of
// folded words match across inflections and compounds in any script (Swedish "gångtunnlar" /
// "gångtunnlarna", Arabic with or without the article), TF-IDF weighting lets words that are on
// many notes count for little, and cosine similarity compares notes of different lengths fairly.
// An inverted index over trigrams means only notes that share something are ever compared.

export interface SimilarityNote {
  id: string
  text: string
  /** The cluster the note is in, or null when unsorted. */
  clusterId: string | null
}

export interface GroupSuggestion {
  /** Stable while the same notes (and target cluster) are proposed; dismissals are stored by it. */
  key: string
  /** The unsorted notes to group (with the cluster when clusterId is set). */
  stickyIds: string[]
  /** Set when the notes look like an existing cluster: accepting adds them to it. */
  clusterId: string | null
  /** Mean cosine similarity inside the group, 0..1. */
  score: number
  sharedTerms: string[]
}

export interface SuggestOptions {
  /** Pairs at least this similar seed a group. */
  threshold?: number
  /** A group grows only while its mean link to the joining group stays at least this high. */
  linkThreshold?: number
  /** Items (notes, or an existing cluster counted as one) per suggestion. */
  maxGroupSize?: number
  /**
   * Keys the facilitator dismissed. The same notes keep forming the same group, which is then left
   * out, so they are not offered again in another guise either until the board changes around them.
   */
  dismissed?: ReadonlySet<string>
}

export const DEFAULT_THRESHOLD = 0.3
const DEFAULT_LINK = 0.22
const DEFAULT_MAX_GROUP = 8
/**
 * Trigrams on more than this share of the notes (and at least COMMON_MIN of them) are skipped when
 * pairing: their IDF weight is small, and pairing every note that has them would be quadratic.
 * It never matters on boards of ordinary size.
 */
const COMMON_SHARE = 0.1
const COMMON_MIN = 200

interface Vector {
  grams: Int32Array
  weights: Float64Array
}

/** Trigram counts of a note's content words. */
function gramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const w of foldedWordsOf(text)) {
    if (isStopword(w)) continue
    for (const g of trigramsOf(w)) counts.set(g, (counts.get(g) ?? 0) + 1)
  }
  return counts
}

function normalise(map: Map<number, number>): Vector {
  const entries = [...map.entries()].sort((a, b) => a[0] - b[0])
  let norm = 0
  for (const [, w] of entries) norm += w * w
  norm = Math.sqrt(norm) || 1
  return {
    grams: Int32Array.from(entries, (e) => e[0]),
    weights: Float64Array.from(entries, (e) => e[1] / norm)
  }
}

/** TF-IDF vectors, unit length, of every text; IDF over the texts given. */
export function vectorise(texts: readonly string[]): Vector[] {
  const ids = new Map<string, number>()
  const counts = texts.map((t) => {
    const byId = new Map<number, number>()
    for (const [g, n] of gramCounts(t)) {
      let id = ids.get(g)
      if (id === undefined) ids.set(g, (id = ids.size))
      byId.set(id, n)
    }
    return byId
  })
  const df = new Int32Array(ids.size)
  for (const c of counts) for (const id of c.keys()) df[id]++
  const n = texts.length
  return counts.map((c) => {
    const w = new Map<number, number>()
    for (const [id, tf] of c) w.set(id, (1 + Math.log(tf)) * (Math.log((n + 1) / (df[id] + 1)) + 1))
    return normalise(w)
  })
}

function cosine(a: Vector, b: Vector): number {
  let i = 0
  let j = 0
  let sum = 0
  while (i < a.grams.length && j < b.grams.length) {
    if (a.grams[i] === b.grams[j]) sum += a.weights[i++] * b.weights[j++]
    else if (a.grams[i] < b.grams[j]) i++
    else j++
  }
  return sum
}

/** Cosine similarity of two texts, weighted within `corpus` (defaults to just the two). */
export function textSimilarity(a: string, b: string, corpus?: readonly string[]): number {
  const texts = corpus ? [a, b, ...corpus] : [a, b]
  const [va, vb] = vectorise(texts)
  return cosine(va, vb)
}

/** Pairs of items with cosine ≥ floor, found through the inverted index. */
function similarPairs(vectors: Vector[], isCluster: (i: number) => boolean, floor: number): Map<number, number> {
  const m = vectors.length
  const postings = new Map<number, { items: number[]; weights: number[]; notes: number }>()
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.grams.length; k++) {
      let p = postings.get(v.grams[k])
      if (!p) postings.set(v.grams[k], (p = { items: [], weights: [], notes: 0 }))
      p.items.push(i)
      p.weights.push(v.weights[k])
      if (!isCluster(i)) p.notes++
    }
  })
  // Clusters hold the words of all their notes, so only notes count towards "common".
  let notes = 0
  for (let i = 0; i < m; i++) if (!isCluster(i)) notes++
  const maxDf = Math.max(COMMON_MIN, Math.ceil(notes * COMMON_SHARE))
  const acc = new Float64Array(m)
  const touched: number[] = []
  const pairs = new Map<number, number>()
  for (let i = 0; i < m; i++) {
    const v = vectors[i]
    for (let k = 0; k < v.grams.length; k++) {
      const p = postings.get(v.grams[k])
      if (!p || p.notes > maxDf) continue
      const wi = v.weights[k]
      // Postings are in item order, so the items after i are a suffix.
      for (let q = p.items.length - 1; q >= 0 && p.items[q] > i; q--) {
        const j = p.items[q]
        if (acc[j] === 0) touched.push(j)
        acc[j] += wi * p.weights[q]
      }
    }
    for (const j of touched) {
      if (acc[j] >= floor && !(isCluster(i) && isCluster(j))) pairs.set(i * m + j, acc[j])
      acc[j] = 0
    }
    touched.length = 0
  }
  return pairs
}

/** The key a suggestion is stored under when dismissed: its notes and target, order-free. */
export function suggestionKey(stickyIds: readonly string[], clusterId: string | null): string {
  return `sg-${hash53(`${clusterId ?? ''}|${[...stickyIds].sort().join(',')}`)}`
}

/**
 * Proposals of notes that may belong together, best first. Unsorted notes group with each other or
 * with an existing cluster (compared as the sum of its notes); existing clusters are never proposed
 * to merge, and notes already in a cluster are never proposed to move: nothing is regrouped behind
 * the group's back. Average linkage with a size cap keeps groups small and stops chains of merely
 * pairwise-alike notes from snowballing. Deterministic for the same notes in the same order.
 */
export function suggestGroups(notes: readonly SimilarityNote[], opts: SuggestOptions = {}): GroupSuggestion[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD
  const link = opts.linkThreshold ?? DEFAULT_LINK
  const cap = opts.maxGroupSize ?? DEFAULT_MAX_GROUP
  const noteVectors = vectorise(notes.map((n) => n.text))

  // Items: every unsorted note, then every cluster as the normalised sum of its notes.
  const unsorted: number[] = []
  const clusterMembers = new Map<string, number[]>()
  notes.forEach((n, i) => {
    if (n.clusterId === null) unsorted.push(i)
    else {
      const list = clusterMembers.get(n.clusterId)
      if (list) list.push(i)
      else clusterMembers.set(n.clusterId, [i])
    }
  })
  if (unsorted.length === 0) return []
  const clusterIds = [...clusterMembers.keys()]
  const vectors: Vector[] = unsorted.map((i) => noteVectors[i])
  for (const id of clusterIds) {
    const sum = new Map<number, number>()
    for (const i of clusterMembers.get(id) ?? []) {
      const v = noteVectors[i]
      for (let k = 0; k < v.grams.length; k++) sum.set(v.grams[k], (sum.get(v.grams[k]) ?? 0) + v.weights[k])
    }
    vectors.push(normalise(sum))
  }
  const u = unsorted.length
  const m = vectors.length
  const isCluster = (item: number): boolean => item >= u
  const pairs = similarPairs(vectors, isCluster, Math.min(link, threshold))
  const sim = (a: number, b: number): number => pairs.get(a < b ? a * m + b : b * m + a) ?? 0

  const group = Array.from({ length: m }, (_, i) => [i])
  const owner = Array.from({ length: m }, (_, i) => i)
  const seeds = [...pairs.entries()]
    .filter(([, s]) => s >= threshold)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
  for (const [key] of seeds) {
    const ga = owner[Math.floor(key / m)]
    const gb = owner[key % m]
    if (ga === gb) continue
    const a = group[ga]
    const b = group[gb]
    if (a.length + b.length > cap) continue
    if (a.some(isCluster) && b.some(isCluster)) continue
    let total = 0
    for (const x of a) for (const y of b) total += sim(x, y)
    if (total / (a.length * b.length) < link) continue
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga]
    group[keep] = [...group[keep], ...group[drop]].sort((x, y) => x - y)
    for (const x of group[drop]) owner[x] = keep
    group[drop] = []
  }

  const out: GroupSuggestion[] = []
  for (let g = 0; g < m; g++) {
    const items = group[g]
    if (items.length < 2 || owner[g] !== g) continue
    const clusterItem = items.find(isCluster)
    const members = items.filter((x) => !isCluster(x))
    if (members.length === 0) continue
    let total = 0
    let count = 0
    for (let x = 0; x < items.length; x++) {
      for (let y = x + 1; y < items.length; y++) {
        total += sim(items[x], items[y])
        count++
      }
    }
    const clusterId = clusterItem === undefined ? null : clusterIds[clusterItem - u]
    const stickyIds = members.map((x) => notes[unsorted[x]].id)
    const key = suggestionKey(stickyIds, clusterId)
    if (opts.dismissed?.has(key)) continue
    const texts = members.map((x) => notes[unsorted[x]].text)
    if (clusterId !== null) texts.push((clusterMembers.get(clusterId) ?? []).map((i) => notes[i].text).join('\n'))
    out.push({ key, stickyIds, clusterId, score: Math.round((total / count) * 1000) / 1000, sharedTerms: sharedTerms(texts) })
  }
  return out.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}
