import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectPersonalData } from '../../../src/shared/text/pii.ts'

// An independent check-digit calculation (Skatteverket SKV 704: weights 2,1,2,…, digit sums),
// written differently from the one under test so a shared mistake is unlikely.
function checkDigit(nine: string): number {
  const weighted = [...nine].map((c, i) => Number(c) * (i % 2 === 0 ? 2 : 1))
  const sum = weighted.reduce((s, p) => s + Math.floor(p / 10) + (p % 10), 0)
  return (10 - (sum % 10)) % 10
}
/** YYMMDD + birth number (3 digits) → the full 10-digit number with its correct check digit. */
const withCheck = (yymmdd: string, nnn: string): string => `${yymmdd}${nnn}${checkDigit(yymmdd + nnn)}`
const kinds = (text: string): string[] => detectPersonalData(text).map((h) => `${h.kind}:${h.match}`)
const idNumbers = (text: string): string[] =>
  detectPersonalData(text, { kinds: ['personnummer', 'samordningsnummer'] }).map((h) => `${h.kind}:${h.match}`)

describe('personnummer', () => {
  it('finds published example numbers in every written form', () => {
    // 811218-9876 is the usual textbook example; 121212-1212 is Skatteverket's test number.
    expect(kinds('Pnr 811218-9876.')).toEqual(['personnummer:811218-9876'])
    expect(kinds('Pnr 8112189876')).toEqual(['personnummer:8112189876'])
    expect(kinds('Pnr 19811218-9876')).toEqual(['personnummer:19811218-9876'])
    expect(kinds('Pnr 198112189876')).toEqual(['personnummer:198112189876'])
    expect(kinds('(121212-1212)')).toEqual(['personnummer:121212-1212'])
    expect(kinds('121212+1212 är över hundra')).toEqual(['personnummer:121212+1212'])
  })

  it('gives exact positions into the text', () => {
    const text = 'Hej, mitt nummer är 811218-9876 tack'
    const [hit] = detectPersonalData(text)
    expect(text.slice(hit.start, hit.end)).toBe('811218-9876')
    expect(hit.start).toBe(20)
  })

  it('rejects a wrong check digit', () => {
    for (let d = 0; d <= 9; d++) {
      const text = `811218-987${d}`
      expect(kinds(text), text).toEqual(d === 6 ? [`personnummer:${text}`] : [])
    }
  })

  it('rejects dates that do not exist, even with a correct check digit', () => {
    for (const date of ['990230', '991301', '990001', '990431', '990631', '990229', '010229', '000000', '991232']) {
      const n = withCheck(date, '123')
      expect(kinds(`${n.slice(0, 6)}-${n.slice(6)}`), date).toEqual([])
      // Without the hyphen some of these read as phone numbers ("0102291234"); never as personnummer.
      expect(idNumbers(n), date).toEqual([])
    }
  })

  it('knows leap years, with and without the century', () => {
    const feb29 = (yy: string): string => {
      const n = withCheck(`${yy}0229`, '123')
      return `${n.slice(0, 6)}-${n.slice(6)}`
    }
    expect(kinds(feb29('04'))).toHaveLength(1)
    expect(kinds(feb29('00'))).toHaveLength(1) // 2000 was a leap year
    expect(kinds(feb29('01'))).toEqual([])
    const n = withCheck('000229', '123')
    expect(kinds(`20${n.slice(0, 6)}-${n.slice(6)}`)).toHaveLength(1)
    expect(kinds(`19${n.slice(0, 6)}-${n.slice(6)}`)).toEqual([]) // 1900 was not
    expect(kinds(`${n.slice(0, 6)}+${n.slice(6)}`)).toEqual([]) // "+" means born 1900
    expect(kinds(`18${n}`)).toEqual([]) // nor was 1800
    const m = withCheck('960229', '123')
    expect(kinds(`19${m}`)).toHaveLength(1)
    expect(kinds(`18${m}`)).toHaveLength(1) // 1896 was
  })

  it('finds samordningsnummer (day + 60) and checks their dates', () => {
    expect(kinds('Samordningsnummer 701063-2391')).toEqual(['samordningsnummer:701063-2391'])
    const feb31 = withCheck('990291', '234') // 91 - 60 = 31 February
    expect(idNumbers(feb31)).toEqual([])
    const feb28 = withCheck('990288', '234')
    expect(kinds(`${feb28.slice(0, 6)}-${feb28.slice(6)}`)).toEqual([`samordningsnummer:${feb28.slice(0, 6)}-${feb28.slice(6)}`])
    const day92 = withCheck('700192', '234') // 32 January
    expect(idNumbers(day92)).toEqual([])
    const day60 = withCheck('700160', '234') // day 0
    expect(idNumbers(day60)).toEqual([])
  })

  it('does not cut a number out of a longer one', () => {
    expect(kinds('18112189876')).toEqual([])
    expect(kinds('8112189876543')).toEqual([])
    expect(kinds('A811218-9876')).toEqual([])
    expect(kinds('811218-98761')).toEqual([])
    expect(kinds('3.8112189876')).toEqual([])
    expect(kinds('21811218-9876')).toEqual([]) // no one is born in the 2100s
  })

  it('finds any valid number in any sentence (property)', () => {
    const date = fc
      .record({ y: fc.integer({ min: 1900, max: 2024 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => ({ y, mm: String(m).padStart(2, '0'), dd: String(d).padStart(2, '0') }))
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 999 }),
        fc.boolean(),
        fc.constantFrom('-', '', 'long'),
        fc.constantFrom('Hon sa ', '', 'Pnr: ', '(', 'nr '),
        fc.constantFrom(' i går.', '', ')', ', och sen'),
        ({ y, mm, dd }, n, coord, form, before, after) => {
          const day = coord ? String(Number(dd) + 60) : dd
          const yymmdd = `${String(y).slice(2)}${mm}${day}`
          const ten = withCheck(yymmdd, String(n).padStart(3, '0'))
          const written = form === 'long' ? `${String(y).slice(0, 2)}${ten.slice(0, 6)}-${ten.slice(6)}` : `${ten.slice(0, 6)}${form}${ten.slice(6)}`
          const hits = detectPersonalData(`${before}${written}${after}`)
          expect(hits.map((h) => h.match)).toEqual([written])
          expect(hits[0].kind).toBe(coord ? 'samordningsnummer' : 'personnummer')
        }
      ),
      { numRuns: 300 }
    )
  })
})
