import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectPersonalData } from '../../../src/shared/text/pii.ts'

const found = (text: string): string[] => detectPersonalData(text).map((h) => `${h.kind}:${h.match}`)

describe('phone numbers', () => {
  const written = [
    '070-123 45 67',
    '070 123 45 67',
    '0701234567',
    '070-1234567',
    '072-345 67 89',
    '076 - 123 45 67',
    '073-123 4567',
    '08-123 456 78',
    '08-123 45 67',
    '08 123 45 67',
    '08-12 34 56',
    '031-12 34 56',
    '031-123 45 67',
    '0171-123 45',
    '0171-12345',
    '(08) 123 45 67',
    '+46 70 123 45 67',
    '+46701234567',
    '+46 8 123 456 78',
    '+46-31-12 34 56',
    '0046 70 123 45 67',
    '0046812345678',
    '+46 (0)70-123 45 67',
    '+358 40 123 4567',
    '070\u00a0123\u00a045\u00a067'
  ]
  for (const phone of written) {
    it(`finds ${JSON.stringify(phone)} whole, inside a sentence`, () => {
      const text = `Ring mig på ${phone}, efter lunch.`
      const hits = detectPersonalData(text)
      expect(hits.map((h) => [h.kind, h.match])).toEqual([['phone', phone]])
      expect(text.slice(hits[0].start, hits[0].end)).toBe(phone)
    })
  }

  it('finds numbers at the very start and end of the text, and after a label', () => {
    expect(found('0701234567')).toEqual(['phone:0701234567'])
    expect(found('Tel:08-123 45 67')).toEqual(['phone:08-123 45 67'])
    expect(found('Mobil 070-123 45 67')).toEqual(['phone:070-123 45 67'])
  })

  it('finds two numbers written one after the other', () => {
    expect(found('070 123 45 67 08 123 45 67')).toEqual(['phone:070 123 45 67', 'phone:08 123 45 67'])
    expect(found('070-123 45 67, 031-12 34 56')).toEqual(['phone:070-123 45 67', 'phone:031-12 34 56'])
    expect(found('070-123 45 67/08-123 45 67')).toEqual(['phone:070-123 45 67', 'phone:08-123 45 67'])
  })

  it('rejects numbers with the wrong length for the Swedish plan', () => {
    expect(found('070-123 45 6')).toEqual([]) // mobile numbers have ten digits
    expect(found('070-123 45 678')).toEqual([])
    expect(found('08-12 34')).toEqual([])
    expect(found('+46 70 123 45')).toEqual([])
  })
})

describe('no false alarms on ordinary municipal text', () => {
  const ordinary = [
    'Projektet startade 2013 och pågår 1999–2024.',
    'Under åren 2013, 2014 och 2015 genomfördes tre cirklar.',
    'Budgeten är 34 175 kr, 5 MSEK och 314 tkr.',
    'Totalt 12 050 000 000 kronor till 1 250 000 invånare.',
    'Kostnaden blev 050 000 kr.',
    'Beslut 2013-12-13, dnr KS/2019:279 och TEF/2019:263.',
    'Tidsperioden 2020-01-01 – 2020-12-31.',
    'Mötet är kl. 9.00–15.30, eller kl 09:00-15:30, fika 10.15.',
    'Telefontid 08.00–16.00 alla vardagar.',
    'Andelen var 45 % (2019: 38,5 procent), och 0,5 promille.',
    'Adress: Munkhättevägen 45, 145 80 Norsborg.',
    'Skicka till Box 100, 147 85 Tumba.',
    'Vi var 12 personer i 3 grupper med 4 i varje; 60 deltagare totalt.',
    'Org.nr 212000-0142, bankgiro 5050-1055, plusgiro 4 56 78-9.',
    'Ärende 2019/0123, bilaga 3 av 7, sida 12.',
    'Botkyrka hade 2013 cirka 88 000 invånare och Borås 108 000.',
    'Version 0.52.0 av verktyget, punkt 1.2.3.',
    'Lokal 0-11 på plan 2, rum 204.',
    'Tabell 4: 1 234 567 kr år 2020 och 2 345 678 kr år 2021.',
    'Åtgärd 1–3 ska vara klara 2025-06-30, åtgärd 4 senast 2026.',
    'Antalet ärenden ökade från 1 024 till 2 048 (100 %).',
    'Betyg E–A, poäng 0–20, ålder 16–19 år.'
  ]
  for (const text of ordinary) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => {
      expect(found(text)).toEqual([])
    })
  }

  it('finds nothing in any year, amount, date or time (property)', () => {
    const year = fc.integer({ min: 1900, max: 2099 }).map(String)
    const amount = fc.integer({ min: 1, max: 999_999_999 }).map((n) => `${n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ')} kr`)
    const date = fc
      .record({ y: fc.integer({ min: 1990, max: 2040 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    const time = fc
      .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })
      .map(({ h, m }) => `kl. ${String(h).padStart(2, '0')}.${String(m).padStart(2, '0')}`)
    const dnr = fc
      .record({ p: fc.constantFrom('KS', 'TEF', 'SBN', 'KFN'), y: fc.integer({ min: 2000, max: 2030 }), n: fc.integer({ min: 1, max: 9999 }) })
      .map(({ p, y, n }) => `${p}/${y}:${n}`)
    fc.assert(
      fc.property(fc.array(fc.oneof(year, amount, date, time, dnr), { minLength: 1, maxLength: 6 }), (parts) => {
        expect(found(`Enligt beslut ${parts.join(', ')} gäller detta.`)).toEqual([])
      }),
      { numRuns: 400 }
    )
  })
})

describe('e-mail addresses', () => {
  it('finds ordinary addresses, with any letters, without trailing punctuation', () => {
    expect(found('Mejla anna.svensson@boras.se.')).toEqual(['email:anna.svensson@boras.se'])
    expect(found('(a_b+tag@sub.example.org)')).toEqual(['email:a_b+tag@sub.example.org'])
    expect(found('åsa.öberg@botkyrka.se, x@y.co')).toEqual(['email:åsa.öberg@botkyrka.se', 'email:x@y.co'])
    expect(found('Skriv till KONTAKT@Boras.SE!')).toEqual(['email:KONTAKT@Boras.SE'])
  })

  it('ignores things that only look a little like addresses', () => {
    for (const text of ['@boras', 'anna@', 'anna@boras', 'anna@@boras.se', 'följ oss på @borasstad', 'a@b.c', 'pris 10 @ 5 kr']) {
      expect(found(text), text).toEqual([])
    }
  })

  // Not a budget: a guard against backtracking that grows with the square (or worse) of the length,
  // which would take minutes here rather than the fraction of a second a linear scan needs.
  it('stays linear on long text without spaces', () => {
    const text = `${'a'.repeat(200_000)}@${'b'.repeat(200_000)}`
    const t0 = performance.now()
    detectPersonalData(text)
    expect(performance.now() - t0).toBeLessThan(5_000)
  })
})
