import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildReport } from '../../../src/main/report/build.ts'
import { sampleWorkshop, SAMPLE_ARABIC, SAMPLE_EMOJI_NOTE, SAMPLE_TIGRINYA } from '../../../src/main/report/sample.ts'
import { LONG_TEXT, NASTY, nastyWorkshop, shown } from './fixtures.ts'
import { convert, hasSoffice, hasTool, squash, suiteDir } from './helpers.ts'

// LibreOffice is the second, independent reader: if it converts the file, the file opens, and
// what it prints is what a person sees. CI installs it; without it these tests say so and skip.

const SOFFICE = hasSoffice()
const PAGES_DIR = path.resolve('test-results/report-pages')

const TITLE = SOFFICE ? 'the report in LibreOffice' : 'the report in LibreOffice — SKIPPED: soffice is not installed (CI installs it)'

describe.skipIf(!SOFFICE)(TITLE, () => {
  const data = sampleWorkshop()
  let dir: string
  let fullText: string
  let nastyText: string
  let pdf: Buffer
  let pdfPath: string

  beforeAll(async () => {
    dir = suiteDir('medskapa-report-lo-')
    const full = path.join(dir, 'full.docx')
    const nasty = path.join(dir, 'nasty.docx')
    fs.writeFileSync(full, await buildReport(data, {}, { today: '2025-04-10' }))
    fs.writeFileSync(nasty, await buildReport(nastyWorkshop(), {}, { today: '2025-04-10' }))
    const [fullTxt, nastyTxt] = convert([full, nasty], 'txt', dir)
    fullText = squash(fs.readFileSync(fullTxt, 'utf8'))
    nastyText = squash(fs.readFileSync(nastyTxt, 'utf8'))
    ;[pdfPath] = convert([full], 'pdf', dir)
    pdf = fs.readFileSync(pdfPath)
  }, 180_000)

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('shows every note, cluster title, recommendation, answer and effect-chain cell of the sample', () => {
    const expected = [
      ...data.stickies.filter((s) => s.status === 'board').map((s) => s.text),
      ...data.clusters.map((c) => c.title),
      ...data.proposals.map((p) => p.text),
      ...data.responses.flatMap((r) => [r.commitment, r.responsible, r.due]),
      ...data.effectRows.flatMap((r) => [r.goalArea, r.longTerm, r.shortTerm, r.output, r.activity, r.time, r.resources]),
      ...data.feedback.map((f) => f.text),
      ...data.countermeasures.map((c) => c.text)
    ].filter((t) => t.trim() !== '')
    const missing = expected.filter((t) => !fullText.includes(squash(t)))
    expect(missing).toEqual([])
    expect(fullText).not.toContain('ska inte synas')
  })

  it('keeps å, ä, ö, Arabic, Tigrinya and emoji intact', () => {
    for (const t of ['Kultur- och fritidsnämnden', 'Återkoppling till deltagarna', SAMPLE_ARABIC, SAMPLE_TIGRINYA, SAMPLE_EMOJI_NOTE]) {
      expect(fullText).toContain(squash(t))
    }
  })

  it('opens a report built from hostile text and shows that text literally', () => {
    for (const [name, value] of Object.entries(NASTY)) expect(nastyText, name).toContain(squash(shown(value)))
    expect(nastyText).toContain(squash(LONG_TEXT))
    expect(nastyText).toContain('Titel <w:p><w:r><w:t>injicerat</w:t></w:r></w:p>')
    expect(nastyText).toContain('länk med & och <')
  })

  it('lays the effect chains on landscape A4 pages between portrait ones', () => {
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => Number(m[1]) > Number(m[2]))
    expect(boxes.length).toBeGreaterThanOrEqual(6)
    expect(boxes[0]).toBe(false)
    expect(boxes.filter(Boolean).length).toBeGreaterThanOrEqual(1)
    expect(boxes.at(-1)).toBe(false)
  })

  it.skipIf(!hasTool('pdftotext'))('numbers the pages "n (N)" and fills the contents with page numbers', () => {
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    const text = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).stdout
    const perPage = text.split('\f').filter((p) => p.trim() !== '')
    expect(perPage).toHaveLength(pages)
    perPage.forEach((p, i) => expect(p).toMatch(new RegExp(`\\b${i + 1} \\(${pages}\\)\\s*$`)))
    // The contents lists "Svar från nämnderna" with the page it really starts on.
    const start = perPage.findIndex((p) => /^\s*Svar från nämnderna\s*$/m.test(p)) + 1
    expect(perPage[0]).toMatch(new RegExp(`Svar från nämnderna\\.+${start}\\b`))
    // Pages to look at (not asserted): test-results/report-pages/page-N.png.
    if (hasTool('pdftoppm')) {
      fs.mkdirSync(PAGES_DIR, { recursive: true })
      spawnSync('pdftoppm', ['-png', '-r', '60', pdfPath, path.join(PAGES_DIR, 'page')])
    }
  })
})
