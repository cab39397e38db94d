import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildReport } from '../../../src/main/report/build.ts'
import { sampleWorkshop, SAMPLE_ARABIC, SAMPLE_AUTHOR_LABEL, SAMPLE_EMOJI_NOTE, SAMPLE_TIGRINYA } from '../../../src/main/report/sample.ts'
import { WorkshopData } from '../../../src/shared/domain/interchange.ts'
import { REPORT_LABELS } from '../../../src/shared/report/labels.ts'
import { sanitizeText } from '../../../src/shared/text/sanitize.ts'
import { minimalWorkshop, nastyWorkshop } from './fixtures.ts'
import { docxPart, squash, toHtml, toRawText, XML_FORBIDDEN } from './helpers.ts'

// The report read back by mammoth (an independent .docx reader) and as raw XML.

const TODAY = { today: '2025-04-10' }
const headings = (html: string): string[] => [...html.matchAll(/<h([1-6])>(?:<a [^>]*><\/a>)*([^<]*)</g)].map((m) => `h${m[1]} ${m[2]}`)

describe('the full sample report', () => {
  const data = sampleWorkshop()
  let buffer: Buffer
  let html: string
  let xml: string

  beforeAll(async () => {
    WorkshopData.parse(data) // the sample is a valid workshop, references and all
    buffer = await buildReport(data, {}, TODAY)
    html = await toHtml(buffer)
    xml = await docxPart(buffer, 'word/document.xml')
  })

  it('has the sections in the order of a Swedish municipal report, as real Heading 1', () => {
    const h1 = headings(html).filter((h) => h.startsWith('h1 ')).map((h) => h.slice(3))
    const s = REPORT_LABELS.sv.sections
    expect(h1).toEqual([s.summary, s.background, s.method, s.results, s.recommendations, s.effectChains, s.responses, s.feedback, s.privacy, s.appendix])
  })

  it('nests meetings, phases and clusters under the results in reading order', () => {
    const all = headings(html)
    const from = all.indexOf('h1 Resultat')
    const results = all.slice(from, all.indexOf('h1 Rekommendationer'))
    expect(results.slice(0, 6)).toEqual(['h1 Resultat', 'h2 Träff 1: Erfarenheter av diskriminering', 'h3 Egna erfarenheter', 'h3 Gruppera erfarenheterna', 'h4 Mötesplatser', 'h4 Skolan'])
    expect(results).toContain('h3 Vänd till första steg')
    expect(results).toContain('h4 Vad vi hörde i rummet') // the note's own h1, one level below its phase
  })

  it('lists every note on the board as a list item, verbatim, and leaves out the inbox and removed ones', () => {
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1])
    for (const s of data.stickies.filter((x) => x.status === 'board')) {
      expect(items.some((i) => i.startsWith(s.text.replace(/&/g, '&amp;'))), s.text).toBe(true)
    }
    expect(html).not.toContain('ska inte synas')
    expect(html).toContain(SAMPLE_ARABIC)
    expect(html).toContain(SAMPLE_TIGRINYA)
    expect(html).toContain(SAMPLE_EMOJI_NOTE)
  })

  it('writes tables with a marked header row: meetings, votes ranked, first steps, effect chains, answers', () => {
    const tables = [...html.matchAll(/<table>(.*?)<\/table>/g)].map((m) => m[1])
    expect(tables.length).toBeGreaterThanOrEqual(9)
    for (const t of tables) expect(t.startsWith('<thead><tr><th>'), t.slice(0, 80)).toBe(true)
    const votes = tables.find((t) => t.includes('Röster')) as string
    const rows = [...votes.matchAll(/<tr>(.*?)<\/tr>/g)].slice(1).map((r) => [...r[1].matchAll(/<p>(.*?)<\/p>/g)].map((c) => c[1]))
    expect(rows.map((r) => [r[0], r[2]])).toEqual([['1', '9'], ['2', '6'], ['2', '6'], ['4', '3'], ['5', '1']])
    expect(rows[0][1]).toBe('Anställa bara folk som liknar oss själva')
    const rowCount = (xml.match(/<w:tblHeader\/>/g) ?? []).length
    expect(rowCount).toBe(tables.length)
  })

  it('prints every effect-chain cell, the long-term effect on every row, and a legend of abbreviations', () => {
    const text = squash(html.replace(/<[^>]+>/g, ' '))
    for (const r of data.effectRows) {
      for (const cell of [r.longTerm, r.shortTerm, r.output, r.activity, r.time, r.resources].filter(Boolean)) expect(text).toContain(cell)
    }
    expect((html.match(/I Botkyrka ska unga från alla kommundelar ha platser att mötas/g) ?? []).length).toBe(2)
    expect(html).toContain('<td><p>KLF, UBN, BB</p></td>')
    expect(html).toMatch(/<td><p>BB<\/p><\/td><td><p>Botkyrkabyggen<\/p><\/td>/)
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/)
  })

  it('groups recommendations by receiver and shows each answer, and the missing ones', () => {
    const text = squash(html.replace(/<[^>]+>/g, ' '))
    for (const r of data.responses.filter((x) => x.commitment)) expect(text).toContain(r.commitment)
    expect(headings(html)).toContain('h2 Till Utbildningsnämnden (UBN)')
    expect(text).toContain('Svar saknas svar begärt senast 28 februari 2025 (försenat)')
    expect(text).toContain('Instämmer delvis 5 mars 2025')
  })

  it('renders the Lexical note with its structure: bold, italics, quote, link, numbered list', () => {
    expect(html).toContain('<strong>ingen hade frågat dem förut</strong>')
    expect(html).toContain('<em>lugnt och öppet</em>')
    expect(html).toContain('<a href="https://www.botkyrka.se">kommunens webbplats</a>')
    expect(html).toMatch(/<ol><li>Skicka rekommendationerna till nämnderna<\/li><li>Boka återträff/)
  })

  it('dates the header in ISO form and running text in words', () => {
    expect(html).toContain('Datum 2025-04-10')
    expect(html).toContain('Dnr KS/2024:279')
    expect(html).toContain('mellan den 12 september 2024 och den 14 november 2024')
  })

  it('declares language, title and author, numbers pages "n (N)", and asks Word to update the contents', async () => {
    const styles = await docxPart(buffer, 'word/styles.xml')
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="sv-SE"/)
    const core = await docxPart(buffer, 'docProps/core.xml')
    expect(core).toContain('<dc:title>Vardagsrasism i Botkyrka – forskarcirkel 2024</dc:title>')
    expect(core).toContain('<dc:creator>Sara Lind</dc:creator>')
    expect(core).toContain('<dc:language>sv-SE</dc:language>')
    const footer = await docxPart(buffer, 'word/footer1.xml')
    expect(footer).toMatch(/PAGE.*<w:t xml:space="preserve"> \(<\/w:t>.*NUMPAGES.*<w:t xml:space="preserve">\)<\/w:t>/)
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;')
    expect(await docxPart(buffer, 'word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/)
  })

  it('lays Arabic out right-to-left with a complex-script font, and Swedish left-to-right', () => {
    const para = xml.split('</w:p>').find((p) => p.includes(SAMPLE_ARABIC) && !p.includes('Sammanfattning av')) as string
    expect(para).toContain('<w:bidi/>')
    expect(para).toMatch(/<w:rFonts w:cs="Arial"\/><w:rtl\/>/)
    const swedish = xml.split('</w:p>').find((p) => p.includes('Bussen till Tumba')) as string
    expect(swedish).not.toContain('<w:bidi/>')
  })

  it('prints author labels only when chosen', async () => {
    expect(html).not.toContain(SAMPLE_AUTHOR_LABEL)
    const withAuthors = await toHtml(await buildReport(data, { includeAuthorLabels: true }, TODAY))
    expect(withAuthors).toContain(`(${SAMPLE_AUTHOR_LABEL})`)
  })
})

describe('report options', () => {
  it('leaves out sections with nothing to say instead of printing them empty', async () => {
    const html = await toHtml(await buildReport(minimalWorkshop(), {}, TODAY))
    const h1 = headings(html).filter((h) => h.startsWith('h1 '))
    expect(h1).toEqual(['h1 Sammanfattning', 'h1 Genomförande', 'h1 Resultat', 'h1 Hantering av personuppgifter', 'h1 Bilaga: Alla lappar'])
    expect(html).not.toMatch(/Rekommendationer|Effektkedjor|Svar från nämnderna/)
  })

  it('includes only the chosen sections', async () => {
    const html = await toHtml(await buildReport(sampleWorkshop(), { sections: ['recommendations', 'responses'] }, TODAY))
    expect(headings(html).filter((h) => h.startsWith('h1 '))).toEqual(['h1 Rekommendationer', 'h1 Svar från nämnderna'])
  })

  it('writes the English report with English headings, dates and language tag', async () => {
    const buffer = await buildReport(sampleWorkshop(), { language: 'en' }, TODAY)
    const html = await toHtml(buffer)
    const s = REPORT_LABELS.en.sections
    expect(headings(html).filter((h) => h.startsWith('h1 ')).map((h) => h.slice(3))).toEqual(Object.values(s))
    expect(html).toContain('between 12 September 2024 and 14 November 2024')
    expect(html).toContain('<th><p>Long-term effects</p></th>')
    expect(await docxPart(buffer, 'word/styles.xml')).toContain('<w:lang w:val="en-GB"')
    expect(await docxPart(buffer, 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>')
  })

  it('pseudonymises names, phone numbers and e-mail addresses everywhere, notes included', async () => {
    const data = sampleWorkshop()
    data.knownNames = [{ id: 'k1', name: 'Amira Hassan' }]
    data.stickies[0] = { ...data.stickies[0], text: 'Amira Hassan sa: ring 070-123 45 67' }
    data.notes[0] = { ...data.notes[0], lexicalJson: data.notes[0].lexicalJson.replace('Flera deltagare', 'Amira Hassan och flera'), plainText: `Amira Hassan ${data.notes[0].plainText}` }
    const plainHtml = await toHtml(await buildReport(data, {}, TODAY))
    expect(plainHtml).toContain('Amira Hassan')
    const html = await toHtml(await buildReport(data, { redaction: 'pseudonymise' }, TODAY))
    expect(html).not.toMatch(/Amira|070-123/)
    expect(html).toContain('Deltagare A sa: ring [telefonnummer]')
    expect(html).toContain('Deltagare A och flera')
  })
})

describe('hostile text', () => {
  it('never lets a character XML forbids into any part, and keeps markup as text', async () => {
    const buffer = await buildReport(nastyWorkshop(), {}, TODAY)
    for (const part of ['word/document.xml', 'docProps/core.xml', 'word/header1.xml', 'word/_rels/document.xml.rels']) {
      const text = await docxPart(buffer, part)
      expect(XML_FORBIDDEN.test(text), part).toBe(false)
    }
    const xml = await docxPart(buffer, 'word/document.xml')
    expect(xml).not.toContain('<w:t>injicerat')
    expect(xml).toContain('&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;injicerat')
    const rels = await docxPart(buffer, 'word/_rels/document.xml.rels')
    expect(rels).toContain('Target="https://example.org/?a=1&amp;b=&quot;&lt;x&gt;&quot;"')
  })

  it('reads back any text exactly as sanitised (property test)', async () => {
    const alphabet = fc.constantFrom(...'aåäöAÅÄÖ <>&"\']]]\u0000\u0001\u0008\u000B\u000C\u001F\u007F\uFFFE\uFFFF\t\uD800\uDC00نحتاجשלום🙂ቋ'.split(''), '\uD83D\uDE42', '<w:p>', ']]>', '&amp;')
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { minLength: 1, maxLength: 60 }).map((a) => a.join('')), async (text) => {
        const data = minimalWorkshop()
        data.stickies[0] = { ...data.stickies[0], text: `«${text}»` }
        const buffer = await buildReport(data, { sections: ['appendix'] }, TODAY)
        const xml = await docxPart(buffer, 'word/document.xml')
        expect(XML_FORBIDDEN.test(xml)).toBe(false)
        const raw = squash(await toRawText(buffer))
        expect(raw).toContain(squash(`«${sanitizeText(text)}»`))
      }),
      { numRuns: 40 }
    )
  })
})
