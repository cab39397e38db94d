import { describe, expect, it } from 'vitest'
import { DEFAULT_THRESHOLD, suggestGroups, suggestionKey, textSimilarity, type SimilarityNote } from '../../../src/shared/board/similarity.ts'

const notes = (texts: string[]): SimilarityNote[] => texts.map((text, i) => ({ id: `n${i}`, text, clusterId: null }))
const groups = (texts: string[]): string[][] =>
  suggestGroups(notes(texts)).map((g) => g.stickyIds.map((id) => texts[Number(id.slice(1))]).sort())

// Pairs that say the same thing in different words (and inflections), and pairs that do not.
const SWEDISH: [string, string] = ['otrygga gångtunnlar', 'gångtunnlarna känns otrygga']
// "No lighting in the streets at night" / "The streets are dark and have no lighting" — with and
// without hamza on the alef, and tanween on the last word.
const ARABIC_LIGHT: [string, string] = ['لا توجد إنارة في الشوارع ليلاً', 'الشوارع مظلمة ولا انارة فيها']
// "The parks are not clean" / "The park is full of rubbish and not clean".
const ARABIC_CLEAN: [string, string] = ['الحدائق غير نظيفة', 'الحديقة مليئة بالقمامة وغير نظيفة']
// "There are no places where children play" / "The children have no place to play".
const SOMALI_PLAY: [string, string] = ['Ma jiraan meelo carruurtu ku ciyaaraan', 'Carruurta ma haystaan meel ay ku ciyaaraan']
// "The roads are dark at night" / "At night the road is very dark".
const SOMALI_DARK: [string, string] = ['Waddooyinka waa mugdi habeenkii', 'Habeenkii waddada aad bay u mugdi badan tahay']
const UNRELATED = [
  'Bygga högt och stort',
  'Mycket vägar – svårt att gå',
  'Skräpigt, inga papperskorgar',
  'Som fastighetsägare: sluta underhålla',
  'Inte arbeta med boendeinflytande',
  'Inte ta emot bostadsklagomål',
  'Strunta i oegentligheter'
]

describe('similarity', () => {
  it.each([
    ['Swedish', SWEDISH],
    ['Arabic (lighting)', ARABIC_LIGHT],
    ['Arabic (clean parks)', ARABIC_CLEAN],
    ['Somali (play)', SOMALI_PLAY],
    ['Somali (dark roads)', SOMALI_DARK]
  ])('finds the %s pair alike', (_name, [a, b]) => {
    expect(textSimilarity(a, b, UNRELATED)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD)
  })

  it('keeps unrelated notes well apart, also across scripts', () => {
    for (let i = 0; i < UNRELATED.length; i++) {
      for (let j = i + 1; j < UNRELATED.length; j++) expect(textSimilarity(UNRELATED[i], UNRELATED[j], UNRELATED)).toBeLessThan(0.15)
    }
    expect(textSimilarity(SWEDISH[0], ARABIC_LIGHT[0])).toBe(0)
    expect(textSimilarity(SOMALI_PLAY[0], SWEDISH[1])).toBeLessThan(0.1)
  })

  it('groups the pairs of a mixed-language board and leaves the unrelated notes alone', () => {
    const texts = [...UNRELATED, ...SWEDISH, ...ARABIC_LIGHT, ...SOMALI_PLAY, ...SOMALI_DARK, ...ARABIC_CLEAN]
    const found = groups(texts)
    const expected = [SWEDISH, ARABIC_LIGHT, SOMALI_PLAY, SOMALI_DARK, ARABIC_CLEAN].map((p) => [...p].sort())
    expect(found).toHaveLength(expected.length)
    for (const pair of expected) expect(found).toContainEqual(pair)
    for (const u of UNRELATED) expect(found.flat()).not.toContain(u)
  })

  it('is deterministic, and its keys do not depend on the order notes come in', () => {
    const texts = [...UNRELATED, ...SWEDISH, ...ARABIC_LIGHT, ...SOMALI_PLAY]
    const once = suggestGroups(notes(texts))
    expect(suggestGroups(notes(texts))).toEqual(once)
    const reversed = notes(texts).reverse()
    expect(suggestGroups(reversed).map((g) => g.key).sort()).toEqual(once.map((g) => g.key).sort())
    expect(suggestionKey(['b', 'a'], null)).toBe(suggestionKey(['a', 'b'], null))
    expect(suggestionKey(['a', 'b'], 'c1')).not.toBe(suggestionKey(['a', 'b'], null))
  })

  it('keeps groups small: a long chain of alike notes is not one huge suggestion', () => {
    const texts = Array.from({ length: 30 }, (_, i) => `belysning saknas vid hållplats ${String.fromCharCode(97 + (i % 26))}${i}`)
    const found = suggestGroups(notes(texts))
    expect(found.length).toBeGreaterThan(1)
    for (const g of found) expect(g.stickyIds.length).toBeLessThanOrEqual(8)
  })

  it('never proposes moving notes that are already in a cluster, nor merging clusters', () => {
    const input: SimilarityNote[] = [
      { id: 'a', text: 'otrygga gångtunnlar', clusterId: 'c1' },
      { id: 'b', text: 'gångtunnlarna känns otrygga', clusterId: 'c2' },
      { id: 'c', text: 'gångtunneln är otrygg', clusterId: null }
    ]
    const found = suggestGroups(input)
    expect(found).toHaveLength(1)
    expect(found[0].stickyIds).toEqual(['c'])
    expect(['c1', 'c2']).toContain(found[0].clusterId)
    expect(suggestGroups(input.map((n) => ({ ...n, clusterId: 'c1' })))).toEqual([])
  })

  it('2,000 notes: measured, not asserted as a time', () => {
    let seed = 42
    const rnd = (): number => {
      seed = (seed + 0x6d2b79f5) | 0
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
    const stems =
      'belysning park gångtunnel skola fritidsgård buss väg trafik bostad hyra underhåll skräp papperskorg lekplats bibliotek förening idrott trygghet polis natt ungdom äldre förskola språk arbete praktik butik torg station cykel parkering natur skog bad vårdcentral socialtjänst politiker nämnd inflytande dialog möte hemsida väntetid tillgänglighet hiss trappa halka klotter tvättstuga soprum buller rykte segregation diskriminering utanförskap gemenskap mötesplats'.split(
        ' '
      )
    const endings = ['', 'en', 'er', 'ar', 'arna', 'et', 'a']
    const extra = 'saknas dålig stängd trasig mörk otrygg farlig smutsig dyr långt ingen många'.split(' ')
    const pick = <T,>(list: T[]): T => list[Math.floor(rnd() * list.length)]
    const board: SimilarityNote[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `n${i}`,
      text: Array.from({ length: 2 + Math.floor(rnd() * 5) }, () => (rnd() < 0.7 ? pick(stems) + pick(endings) : pick(extra))).join(' '),
      clusterId: i < 1200 ? `c${i % 60}` : null
    }))
    const t0 = performance.now()
    const found = suggestGroups(board)
    const ms = performance.now() - t0
    console.log(`[board perf] suggestGroups over 2,000 notes (800 unsorted, 60 clusters): ${ms.toFixed(0)} ms, ${found.length} suggestions`)
    expect(found.length).toBeGreaterThan(0)
  })
})
