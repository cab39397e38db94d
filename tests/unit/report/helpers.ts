import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import mammoth from 'mammoth'

// Two independent readers of the .docx files the report writes: mammoth (structure) and
// LibreOffice (what a person opening the file sees). Plus the raw XML, read from the zip.

// jszip comes with mammoth; resolve it from there so the tests need no dependency of their own.
const fromMammoth = createRequire(createRequire(import.meta.url).resolve('mammoth'))
const JSZip = fromMammoth('jszip') as {
  loadAsync(
    data: Buffer,
    options?: { checkCRC32?: boolean }
  ): Promise<{ file(name: string): { async(type: 'string' | 'nodebuffer'): Promise<string | Buffer> } | null; files: Record<string, unknown> }>
}

/** One part of the package as text, e.g. "word/document.xml"; throws when it is not there. */
export async function docxPart(buffer: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer)
  const file = zip.file(name)
  if (!file) throw new Error(`${name} is not in the document (parts: ${Object.keys(zip.files).join(', ')})`)
  return file.async('string') as Promise<string>
}

export async function docxParts(buffer: Buffer): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(buffer)).files)
}

/** Every file of a zip by name, in the zip's order, each checked against its CRC-32. */
export async function unzipAll(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buffer, { checkCRC32: true })
  const out = new Map<string, Buffer>()
  for (const name of Object.keys(zip.files)) out.set(name, (await zip.file(name)?.async('nodebuffer')) as Buffer)
  return out
}

export async function toHtml(buffer: Buffer): Promise<string> {
  return (await mammoth.convertToHtml({ buffer })).value
}

export async function toRawText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value
}

/** What XML 1.0 cannot carry; none of it may reach a part of the package. */
// eslint-disable-next-line no-control-regex
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Bidi marks that converters add around right-to-left text; they are layout, not content. */
export function withoutBidiMarks(text: string): string {
  return text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
}

/** Text as readers lay it out: any run of whitespace is one space. */
export function squash(text: string): string {
  return withoutBidiMarks(text).replace(/\s+/g, ' ').trim()
}

export function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0
}

export function hasTool(name: string): boolean {
  return spawnSync(name, ['-v'], { encoding: 'utf8' }).error === undefined
}

/**
 * Convert files with LibreOffice, headless, in one process run, with a profile of its own (two
 * runs sharing a profile block each other). Returns the converted files' paths.
 */
export function convert(files: string[], target: 'txt' | 'pdf', outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-lo-'))
  try {
    const filter = target === 'txt' ? 'txt:Text (encoded):UTF8' : 'pdf'
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files],
      { encoding: 'utf8', timeout: 120_000 }
    )
    const out = files.map((f) => path.join(outDir, `${path.basename(f, '.docx')}.${target}`))
    const missing = out.filter((f) => !fs.existsSync(f))
    if (missing.length > 0) throw new Error(`LibreOffice did not convert ${missing.join(', ')}: ${r.stderr || r.stdout}`)
    return out
  } finally {
    fs.rmSync(profile, { recursive: true, force: true })
  }
}

/** A temp folder for a whole test file (removed in afterAll by the caller). */
export function suiteDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}
