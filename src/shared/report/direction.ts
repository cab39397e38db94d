// Right-to-left scripts participants write in: Hebrew, Arabic (with its supplements and
// presentation forms), Syriac, Thaana, N'Ko, Samaritan, Mandaic, and the RTL blocks of the
// supplementary planes (e.g. Adlam, used for Fulani).
const RTL_RANGES = [
  '\\u0590-\\u05FF',
  '\\u0600-\\u06FF',
  '\\u0700-\\u074F',
  '\\u0750-\\u077F',
  '\\u0780-\\u07BF',
  '\\u07C0-\\u07FF',
  '\\u0800-\\u08FF',
  '\\uFB1D-\\uFDFF',
  '\\uFE70-\\uFEFF',
  '\\u{10800}-\\u{10FFF}',
  '\\u{1E800}-\\u{1EFFF}'
].join('')

const RTL_CHAR = new RegExp(`[${RTL_RANGES}]`, 'u')
// A strong character is a letter of either direction; digits, spaces and punctuation are not.
const FIRST_STRONG = new RegExp(`[${RTL_RANGES}]|[\\p{L}--[${RTL_RANGES}]]`, 'v')
/**
 * A stretch of RTL text: from one RTL letter to the last one before the next left-to-right letter,
 * taking in the spaces, digits and punctuation between (so "نحتاج إلى أماكن" stays one run).
 */
const RTL_STRETCH = new RegExp(`[${RTL_RANGES}](?:[^\\p{L}]*[${RTL_RANGES}])*`, 'gu')

/** Whether the text holds any right-to-left letter. */
export function hasRtl(text: string): boolean {
  return RTL_CHAR.test(text)
}

/**
 * The paragraph's base direction by the first strong letter, as Unicode's bidi algorithm (P2–P3)
 * and HTML's dir="auto" decide it: a Swedish sentence quoting one Arabic word stays left-to-right.
 */
export function baseDirection(text: string): 'ltr' | 'rtl' {
  const m = FIRST_STRONG.exec(text)
  return m && RTL_CHAR.test(m[0]) ? 'rtl' : 'ltr'
}

export interface DirectedSpan {
  text: string
  rtl: boolean
}

/** Cut text into left-to-right and right-to-left spans, so each can be marked as such in a document. */
export function splitByDirection(text: string): DirectedSpan[] {
  if (!hasRtl(text)) return [{ text, rtl: false }]
  const out: DirectedSpan[] = []
  let last = 0
  for (const m of text.matchAll(RTL_STRETCH)) {
    const start = m.index
    if (start > last) out.push({ text: text.slice(last, start), rtl: false })
    out.push({ text: m[0], rtl: true })
    last = start + m[0].length
  }
  if (last < text.length) out.push({ text: text.slice(last), rtl: false })
  return out
}

/** Which script an RTL span is in, to choose a font that has its letters. */
export function rtlScript(text: string): 'hebrew' | 'arabic' | 'syriac' | 'thaana' | 'nko' | 'other' {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    if ((c >= 0x0590 && c <= 0x05ff) || (c >= 0xfb1d && c <= 0xfb4f)) return 'hebrew'
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff)) return 'arabic'
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return 'arabic'
    if (c >= 0x0700 && c <= 0x074f) return 'syriac'
    if (c >= 0x0780 && c <= 0x07bf) return 'thaana'
    if (c >= 0x07c0 && c <= 0x07ff) return 'nko'
  }
  return 'other'
}
