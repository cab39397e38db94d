import { describe, expect, it } from 'vitest'
import { defaultClusterTitle, openingWords, sharedTerms } from '../../../src/shared/board/titles.ts'

describe('default cluster titles', () => {
  it('uses the words the notes share, counting inflections as one word', () => {
    expect(defaultClusterTitle(['otrygga gångtunnlar', 'gångtunnlarna känns otrygga'])).toBe('Otrygga gångtunnlar')
    expect(defaultClusterTitle(['Ingen belysning i parken', 'Dålig belysning på gångvägar', 'Belysningen är trasig'])).toBe('Belysning')
  })

  it('prefers the words most notes share and leaves function words out', () => {
    const texts = ['Inte ta emot klagomål', 'Strunta i klagomål från hyresgäster', 'Inte lyssna på klagomål', 'Inte svara hyresgäster']
    expect(sharedTerms(texts)).toEqual(['klagomål', 'hyresgäster'])
  })

  it('works in Arabic and Somali script and wording', () => {
    expect(defaultClusterTitle(['لا توجد إنارة في الشوارع ليلاً', 'الشوارع مظلمة ولا إنارة فيها'])).toBe('إنارة الشوارع')
    expect(defaultClusterTitle(['Waddooyinka waa mugdi habeenkii', 'Habeenkii waddada aad bay u mugdi badan tahay'])).toBe('Mugdi habeenkii')
  })

  it("falls back to the first note's opening words", () => {
    expect(defaultClusterTitle(['Bygga högt och stort', 'Strunta i oegentligheter'])).toBe('Bygga högt och stort')
    expect(defaultClusterTitle(['skräpigt, inga papperskorgar'])).toBe('Skräpigt, inga papperskorgar')
    expect(defaultClusterTitle([])).toBe('')
    const long = 'Som fastighetsägare sluta underhålla allt som finns i området och låta det förfalla år efter år'
    const cut = openingWords(long)
    expect(cut.endsWith('…')).toBe(true)
    expect(long.startsWith(cut.slice(0, -1))).toBe(true)
    expect(Array.from(cut).length).toBeLessThanOrEqual(49)
  })
})
