import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convert, docxParts, docxPart, hasSoffice, hasTool, squash, suiteDir } from '../report/helpers.ts'
import { AUTHOR_LABEL, failure, newCore, openCircle, PNR, RIGHT, WRONG } from './fixture.ts'

// The "done when", read back by LibreOffice (what a participant opening the file sees):
// the export is refused until the personnummer is replaced, the file then holds neither it nor
// the author label; a correction round gives version 2, and the report built afterwards prints
// the corrected text. The PDF of a typical meeting fits on two pages; its pages are written as
// PNG to test-results/summary-pages for a person to look at.

const SOFFICE = hasSoffice()
const PAGES_DIR = path.resolve('test-results/summary-pages')
const TITLE = SOFFICE ? 'summaries in LibreOffice' : 'summaries in LibreOffice — SKIPPED: soffice is not installed (CI installs it)'

function pageCount(pdf: string): number {
  if (hasTool('pdfinfo')) {
    const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const m = /^Pages:\s+(\d+)/m.exec(r.stdout)
    if (m) return Number(m[1])
  }
  return (fs.readFileSync(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
}

describe.skipIf(!SOFFICE)(TITLE, () => {
  let dir: string
  const text: Record<string, string> = {}
  const pages: Record<string, number> = {}
  /** The running header of each summary (LibreOffice's text export leaves headers out). */
  const header: Record<string, string> = {}
  let refusal: Awaited<ReturnType<typeof failure>>

  beforeAll(async () => {
    dir = suiteDir('medskapa-summary-lo-')
    const core = newCore()
    const { docId, data } = await openCircle(core)
    const at = (name: string): string => path.join(dir, name)
    refusal = await failure(core, 'summary.export', { docId, meetingId: data.ids.m2, path: at('refused.docx') })
    const contact = 'svara på mejlet eller ring 08-530 610 00 (växeln)'
    const v1 = await core.call('summary.export', { docId, meetingId: data.ids.m2, path: at('v1.docx'), options: { pseudonymise: true, contact } })
    await core.call('summary.addCorrection', {
      docId,
      summaryId: v1.summaryId,
      description: 'Hållplatsen ligger vid Fittja centrum',
      targetType: 'sticky',
      targetId: data.ids.wrongSticky,
      after: RIGHT
    })
    const v2 = await core.call('summary.export', { docId, meetingId: data.ids.m2, path: at('v2.docx'), options: { pseudonymise: true } })
    await core.call('summary.approve', { docId, summaryId: v2.summaryId })
    await core.call('report.export', { docId, path: at('report.docx') })
    await core.call('summary.export', { docId, meetingId: data.ids.m2, path: at('v3-en.docx'), options: { pseudonymise: true, language: 'en' } })
    const docs = ['v1', 'v2', 'v3-en', 'report'].map((n) => at(`${n}.docx`))
    for (const name of ['v1', 'v2', 'v3-en']) {
      const buffer = fs.readFileSync(at(`${name}.docx`))
      const parts = (await docxParts(buffer)).filter((p) => /^word\/header\d*\.xml$/.test(p))
      header[name] = (await Promise.all(parts.map((p) => docxPart(buffer, p)))).join(' ').replace(/<[^>]+>/g, '')
    }
    for (const f of convert(docs, 'txt', dir)) text[path.basename(f, '.txt')] = squash(fs.readFileSync(f, 'utf8'))
    fs.rmSync(PAGES_DIR, { recursive: true, force: true })
    fs.mkdirSync(PAGES_DIR, { recursive: true })
    for (const pdf of convert([at('v2.docx'), at('v3-en.docx')], 'pdf', dir)) {
      const name = path.basename(pdf, '.pdf')
      pages[name] = pageCount(pdf)
      if (hasTool('pdftoppm')) spawnSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(PAGES_DIR, `summary-${name}`)])
    }
  }, 240_000)

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('refuses the export while the personnummer is in it', () => {
    expect(refusal.code).toBe('conflict')
    expect(fs.existsSync(path.join(dir, 'refused.docx'))).toBe(false)
  })

  it('prints neither the personnummer nor the author label once pseudonymised', () => {
    for (const t of [text.v1, text.v2, text['v3-en']]) {
      expect(t).not.toContain(PNR)
      expect(t).not.toContain(PNR.replace('-', ''))
      expect(t).not.toContain(AUTHOR_LABEL)
    }
    expect(text.v1).toContain('Ring mig om bostaden, mitt personnummer är [personnummer]')
    expect(text['v3-en']).toContain('[personal identity number]')
  })

  it('reads as a summary: the three lead headings, the themes, the votes, the next meeting and how to correct it', () => {
    for (const s of ['Det här gjorde vi', 'Det här kom fram', 'Så går vi vidare', 'Belysning och miljö', 'Kontakt med kommunen (pågår redan)']) {
      expect(text.v1).toContain(s)
    }
    expect(text.v1).toContain('Nästa träff: 8 maj 2025, Fittja centrum.')
    expect(text.v1).toContain('Hör av dig senast 24 april 2025 om något är fel eller saknas: svara på mejlet eller ring 08-530 610 00 (växeln).')
    expect(text.v1).toContain('1. Belysning och miljö – 7 röster')
    for (const s of ['What we did', 'What came out', 'What happens next']) expect(text['v3-en']).toContain(s)
    expect(header.v1).toContain('Botkyrka kommun · Minnesanteckningar · Version 1 · 2025-04-10')
    expect(header['v3-en']).toContain('Meeting notes · Version 3 · 2025-04-10')
  })

  it('makes the corrected version 2, and the report built afterwards prints the corrected text, not the original', () => {
    expect(text.v1).toContain(WRONG)
    expect(header.v2).toContain('Version 2 · 2025-04-10')
    expect(text.v2).toContain('Ändrat sedan version 1')
    expect(text.v2).toContain(RIGHT)
    expect(text.v2).not.toContain(WRONG)
    expect(text.report).toContain(RIGHT)
    expect(text.report).not.toContain(WRONG)
    expect(text.report).not.toContain(PNR)
  })

  it('fits a typical meeting on two pages, in Swedish and in English', () => {
    expect(pages.v2).toBeGreaterThanOrEqual(1)
    expect(pages.v2).toBeLessThanOrEqual(2)
    expect(pages['v3-en']).toBeLessThanOrEqual(2)
  })
})
