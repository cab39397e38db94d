import { describe, expect, it } from 'vitest'
import { baseDirection, hasRtl, splitByDirection } from '../../../src/shared/report/direction.ts'
import { formatLongDate, formatNumber, isIsoDate, isoDay } from '../../../src/shared/report/dates.ts'
import { proposeReportFileName } from '../../../src/shared/report/filename.ts'
import { resolveHeader } from '../../../src/shared/report/header.ts'
import { REPORT_HEADER_SETTING, ReportOptions } from '../../../src/shared/report/options.ts'
import { redactWorkshop, Redactor, savedPseudonyms } from '../../../src/shared/report/redact.ts'
import { sampleWorkshop, SAMPLE_ARABIC } from '../../../src/main/report/sample.ts'
import { largeSample } from '../../../src/main/report/sample-large.ts'
import { WorkshopData } from '../../../src/shared/domain/interchange.ts'

describe('report dates', () => {
  it('writes running-text dates as Swedish documents do, and English ones the British way', () => {
    expect(formatLongDate('2013-12-13', 'sv')).toBe('13 december 2013')
    expect(formatLongDate('2013-12-13', 'en')).toBe('13 December 2013')
    expect(formatLongDate('2024-01-01', 'sv')).toBe('1 januari 2024')
  })

  it('spells every month as Intl does in a long date, in both languages', () => {
    for (const [language, locale] of [['sv', 'sv-SE'], ['en', 'en-GB']] as const) {
      const intl = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      for (let month = 1; month <= 12; month++) {
        for (const [year, day] of [[2024, 1], [1999, 28], [2031, 9]]) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          expect(formatLongDate(iso, language), iso).toBe(intl.format(new Date(Date.UTC(year, month - 1, day))))
        }
      }
    }
  })

  it('groups numbers as Intl does, in both languages', () => {
    const numbers = [0, 7, 999, 1000, 1998, 9999, 10_000, 123_456, 1_000_000, 34_175_456, Number.MAX_SAFE_INTEGER, -1234, 12.5, 1234.567]
    for (const [language, locale] of [['sv', 'sv-SE'], ['en', 'en-GB']] as const) {
      const intl = new Intl.NumberFormat(locale)
      for (const n of numbers) expect(formatNumber(n, language), String(n)).toBe(intl.format(n))
    }
  })

  it('keeps the calendar day whatever the time zone, and leaves a non-date as it is', () => {
    expect(formatLongDate('2025-03-31', 'sv')).toBe('31 mars 2025')
    expect(formatLongDate('2024-02-31', 'sv')).toBe('2024-02-31')
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isoDay(new Date(2025, 3, 9, 23, 59))).toBe('2025-04-09')
  })
})

describe('text direction', () => {
  it('takes the direction from the first strong letter, as dir="auto" does', () => {
    expect(baseDirection(SAMPLE_ARABIC)).toBe('rtl')
    expect(baseDirection('123 – ' + SAMPLE_ARABIC)).toBe('rtl')
    expect(baseDirection(`Hon sa ${SAMPLE_ARABIC}`)).toBe('ltr')
    expect(baseDirection('שלום')).toBe('rtl')
    expect(baseDirection('ܫܠܡܐ')).toBe('rtl')
    expect(baseDirection('ቋንቋና')).toBe('ltr')
    expect(baseDirection('🙂 123')).toBe('ltr')
  })

  it('cuts mixed text into runs without losing or reordering a character', () => {
    const text = `Svenska först, sedan ${SAMPLE_ARABIC} och 🙂 sist`
    const spans = splitByDirection(text)
    expect(spans.map((s) => s.text).join('')).toBe(text)
    expect(spans.filter((s) => s.rtl).map((s) => s.text)).toEqual([SAMPLE_ARABIC])
    expect(hasRtl('åäö')).toBe(false)
  })
})

describe('report file name', () => {
  it('starts with the ISO date, keeps å ä ö, and drops what file systems refuse', () => {
    expect(proposeReportFileName('2025-04-10', 'Vardagsrasism i Botkyrka', 'Rapport')).toBe('2025-04-10 Rapport Vardagsrasism i Botkyrka.docx')
    expect(proposeReportFileName('2025-04-10', 'Rapport: "Ä/Ö"?*\u0000', 'Rapport')).toBe('2025-04-10 Rapport Ä Ö.docx')
    const long = proposeReportFileName('2025-04-10', `${'Lång titel '.repeat(20)}🙂`, '')
    expect(long.length).toBeLessThan(110)
    expect(long).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/)
  })
})

describe('report header', () => {
  it('fills in from the workshop, then the saved setting, then the one-off change', () => {
    const data = sampleWorkshop()
    const h = resolveHeader(data.workshop, data.settings, 'sv', { handlaggare: 'Ali Noor' })
    expect(h).toMatchObject({ municipality: 'Botkyrka kommun', documentType: 'Rapport', diarienummer: 'KS/2024:279', handlaggare: 'Ali Noor', date: '2025-04-10' })
    expect(resolveHeader(data.workshop, [], 'en').documentType).toBe('Report')
    const broken = [{ id: REPORT_HEADER_SETTING, valueJson: '{not json' }]
    expect(resolveHeader(data.workshop, broken, 'sv').diarienummer).toBe('')
  })

  it('gives every option a default', () => {
    expect(ReportOptions.parse({})).toMatchObject({ language: 'sv', includeAuthorLabels: false, redaction: 'none' })
    expect(ReportOptions.parse({}).sections).toHaveLength(10)
    expect(ReportOptions.safeParse({ sections: ['nope'] }).success).toBe(false)
  })
})

describe('report redaction', () => {
  const data = sampleWorkshop()
  const withPii = {
    ...data,
    knownNames: [{ id: 'k1', name: 'Amira Hassan' }],
    stickies: data.stickies.map((s, i) => (i === 0 ? { ...s, text: 'Amira Hassan ringde från 070-123 45 67, mejla amira@example.se' } : s))
  }

  it('lists what it finds and changes nothing when not asked to', () => {
    const r = new Redactor(withPii.knownNames, false, 'sv')
    const out = redactWorkshop(withPii, r, false)
    expect(out.stickies[0].text).toContain('Amira Hassan')
    expect(r.hits.map((h) => h.kind).sort()).toEqual(['email', 'name', 'phone'])
    expect(r.hits[0].source).toMatchObject({ entity: 'sticky', id: data.stickies[0].id, field: 'text' })
  })

  it('replaces names with pseudonyms and numbers with placeholders when asked', () => {
    const r = new Redactor(withPii.knownNames, true, 'sv')
    const text = redactWorkshop(withPii, r, false).stickies[0].text
    expect(text).not.toMatch(/Amira|070|@/)
    expect(text).toContain('Deltagare A')
    expect(text).toContain('[telefonnummer]')
  })

  it('uses the pseudonym the workshop already gave a person', () => {
    const settings = [{ id: 'privacy.pseudonyms', valueJson: JSON.stringify({ assigned: { k1: 2 }, next: 3 }) }]
    const r = new Redactor(withPii.knownNames, true, 'sv', savedPseudonyms(settings))
    expect(redactWorkshop(withPii, r, false).stickies[0].text).toContain('Deltagare C')
    expect(savedPseudonyms([{ id: 'privacy.pseudonyms', valueJson: '{"assigned":{"k":5},"next":1}' }])).toEqual({ assigned: {}, next: 0 })
  })

  it('drops author labels and unpublished notes unless they belong in the report', () => {
    const r = new Redactor([], false, 'sv')
    const out = redactWorkshop(data, r, false)
    expect(out.stickies.every((s) => s.authorLabel === null && s.status === 'board')).toBe(true)
    expect(redactWorkshop(data, new Redactor([], false, 'sv'), true).stickies.some((s) => s.authorLabel !== null)).toBe(true)
  })
})

describe('sample workshops', () => {
  it('are valid workshops, and the large one has the benchmark size, the same every time', () => {
    expect(WorkshopData.safeParse(sampleWorkshop()).success).toBe(true)
    const large = WorkshopData.parse(largeSample(1))
    expect(large.meetings).toHaveLength(6)
    expect(large.stickies.length).toBeGreaterThanOrEqual(1_998)
    expect(large.clusters).toHaveLength(60)
    const words = large.notes.reduce((n, x) => n + x.plainText.split(/\s+/).length, 0)
    expect(words).toBeGreaterThan(50_000)
    expect(JSON.stringify(largeSample(1))).toBe(JSON.stringify(large))
  })
})
