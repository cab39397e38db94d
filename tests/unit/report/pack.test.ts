import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx'
import { afterAll, describe, expect, it } from 'vitest'
import { buildReport } from '../../../src/main/report/build.ts'
import { docxCompiler, packDocx, zipParts } from '../../../src/main/report/pack.ts'
import { sampleWorkshop } from '../../../src/main/report/sample.ts'
import { LIST, reportNumbering } from '../../../src/main/report/styles.ts'
import { docxPart, hasTool, suiteDir, toRawText, unzipAll } from './helpers.ts'

// The report's own zip writer (zlib instead of docx's JavaScript deflate) must give the very
// package docx's Packer gives: same parts, same order, same bytes in each.

const dir = suiteDir('medskapa-pack-')
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A document with the parts a report has: styles, numbering, a footer with fields (a link would get a random id). */
function document(): Document {
  return new Document({
    creator: 'Test',
    numbering: reportNumbering(),
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children: [
          new Paragraph({ children: [new TextRun('Hej åäö – نحتاج'), new TextRun({ text: ' fet', bold: true })] }),
          ...['ett', 'två', 'tre'].map((t) => new Paragraph({ text: t, numbering: { reference: LIST.bullet, level: 0 } }))
        ]
      }
    ]
  })
}

/** Creation and modification times are the moment of packing; everything else must match. */
const undated = (name: string, bytes: Buffer): string =>
  name === 'docProps/core.xml' ? bytes.toString('utf8').replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1><') : bytes.toString('utf8')

describe('packing the .docx', () => {
  it("uses docx's compiler (a docx release that moves it would silently slow every report)", () => {
    expect(docxCompiler()).toBeDefined()
  })

  it('writes the same parts, in the same order, with the same content as Packer.toBuffer', async () => {
    const ours = await unzipAll(await packDocx(document()))
    const theirs = await unzipAll(await Packer.toBuffer(document()))
    expect([...ours.keys()]).toEqual([...theirs.keys()])
    expect(ours.size).toBeGreaterThan(8)
    for (const [name, bytes] of theirs) expect(undated(name, ours.get(name) as Buffer), name).toBe(undated(name, bytes))
  })

  it('zips any names and bytes so that readers get them back exactly, CRCs checked', async () => {
    const binary = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256))
    const files = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
      ['word/media/bild – räksmörgås.bin', binary],
      ['empty.txt', '']
    ])
    const zip = await zipParts(files)
    const back = await unzipAll(zip)
    expect([...back.keys()]).toEqual([...files.keys()])
    expect(back.get('word/media/bild – räksmörgås.bin')?.equals(binary)).toBe(true)
    expect(back.get('empty.txt')?.length).toBe(0)
    if (hasTool('unzip')) {
      const file = path.join(dir, 'test.zip')
      fs.writeFileSync(file, zip)
      const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' })
      expect(r.stdout).toContain('No errors detected')
    }
  })

  it('gives a report that mammoth reads, about as small as before', async () => {
    const buffer = await buildReport(sampleWorkshop(), {}, { today: '2025-04-10' })
    expect(await toRawText(buffer)).toContain('Bussen till Tumba')
    expect(await docxPart(buffer, 'word/document.xml')).toMatch(/^<\?xml/)
    const fflate = await Packer.toBuffer(document())
    const native = await packDocx(document())
    // A faster DEFLATE level than docx's packer (see pack.ts): a few per cent larger, not more.
    expect(native.length).toBeLessThan(fflate.length * 1.1)
  })
})
