import { sanitizeLine } from '../text/sanitize.ts'

// Characters Windows, macOS or common sync tools refuse in file names.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F]/g
const MAX_TITLE = 80

/**
 * "2024-11-20 Rapport ECAR-cirkeln.docx": the ISO date first so a folder of reports sorts by
 * date, then the title as people wrote it (å, ä, ö kept), safe on every file system.
 */
export function proposeReportFileName(isoDate: string, title: string, documentType: string): string {
  const clean = (s: string): string => sanitizeLine(s.replace(UNSAFE, ' ')).replace(/^[.\s]+|[.\s]+$/g, '')
  let name = clean(title)
  const chars = Array.from(name)
  if (chars.length > MAX_TITLE) {
    // Cut at a word boundary, by code points so an emoji is never split in half.
    const cut = chars.slice(0, MAX_TITLE).join('')
    name = cut.replace(/\s+\S*$/, '') || cut
  }
  const type = clean(documentType)
  const parts = [clean(isoDate), type && !name.toLowerCase().startsWith(type.toLowerCase()) ? type : '', name]
  return `${parts.filter(Boolean).join(' ') || 'rapport'}.docx`
}
