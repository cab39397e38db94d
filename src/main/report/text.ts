import { HeadingLevel, Paragraph, TextRun, type IParagraphOptions, type IRunOptions, type ParagraphChild } from 'docx'
import { sanitizeText } from '../../shared/text/sanitize.ts'
import { baseDirection, rtlScript, splitByDirection } from '../../shared/report/direction.ts'
import { LIST, STYLE } from './styles.ts'

// Every piece of user text reaches the document through this file, as TextRun objects; docx
// escapes them when it writes the XML. sanitizeText removes what XML 1.0 cannot carry at all.

/** Fonts with the letters of each right-to-left script on an ordinary Windows machine with Office. */
const RTL_FONTS: Record<ReturnType<typeof rtlScript>, string> = {
  arabic: 'Arial',
  hebrew: 'Arial',
  syriac: 'Estrangelo Edessa',
  thaana: 'MV Boli',
  nko: 'Ebrima',
  other: 'Arial'
}

export interface InlineStyle {
  bold?: boolean
  italics?: boolean
  underline?: boolean
  strike?: boolean
  code?: boolean
  subScript?: boolean
  superScript?: boolean
  /** A character style id, e.g. the hyperlink style. */
  style?: string
  size?: number
  color?: string
}

function run(text: string, style: InlineStyle, rtl: boolean, lineBreak: boolean): TextRun {
  // Only the properties a run has: a report has tens of thousands of runs, most of them plain,
  // and docx looks at every key it is given.
  const o: { -readonly [K in keyof IRunOptions]?: IRunOptions[K] } = { text }
  if (lineBreak) o.break = 1
  if (style.bold !== undefined) {
    o.bold = style.bold
    o.boldComplexScript = style.bold
  }
  if (style.italics !== undefined) {
    o.italics = style.italics
    o.italicsComplexScript = style.italics
  }
  if (style.underline) o.underline = {}
  if (style.strike !== undefined) o.strike = style.strike
  if (style.subScript !== undefined) o.subScript = style.subScript
  if (style.superScript !== undefined) o.superScript = style.superScript
  if (style.style !== undefined) o.style = style.style
  if (style.size !== undefined) {
    o.size = style.size
    o.sizeComplexScript = style.size
  }
  if (style.color !== undefined) o.color = style.color
  if (rtl) {
    // Word picks the complex-script font for runs marked right-to-left; name one that has the letters.
    o.rightToLeft = true
    o.font = { cs: RTL_FONTS[rtlScript(text)] }
  }
  if (style.code) o.font = { ascii: 'Consolas', hAnsi: 'Consolas' }
  return new TextRun(o)
}

/**
 * Runs for one paragraph's worth of text: right-to-left stretches marked as such, line breaks
 * as breaks. The text is sanitised here, so no caller can forget it.
 */
export function textRuns(text: string, style: InlineStyle = {}): TextRun[] {
  const clean = sanitizeText(text)
  const out: TextRun[] = []
  clean.split('\n').forEach((line, i) => {
    const spans = splitByDirection(line)
    if (line === '' && i > 0) out.push(run('', style, false, true))
    spans.forEach((span, j) => {
      if (span.text !== '') out.push(run(span.text, style, span.rtl, i > 0 && j === 0))
    })
  })
  return out
}

/** Whether a paragraph of this text should be laid out right-to-left (by its first strong letter). */
export function isRtlText(text: string): boolean {
  return baseDirection(text) === 'rtl'
}

type ParaOptions = Omit<IParagraphOptions, 'children' | 'text'>

/**
 * Left-to-right is Word's default: a paragraph is only marked when it is right-to-left, rather
 * than every one of thousands carrying `<w:bidi w:val="false"/>`.
 */
function direction(options: ParaOptions, plain: string): ParaOptions {
  const rtl = options.bidirectional ?? isRtlText(plain)
  if (rtl) return { ...options, bidirectional: true }
  if (options.bidirectional === undefined) return options
  const { bidirectional: _ltr, ...rest } = options
  return rest
}

/** One paragraph of user text, with its direction set from its own first letter. */
export function para(text: string, options: ParaOptions = {}, style: InlineStyle = {}): Paragraph {
  return new Paragraph({ ...direction(options, text), children: textRuns(text, style) })
}

/** A paragraph of prepared children (runs, links); the direction comes from `plain`, its text. */
export function paraOf(children: ParagraphChild[], plain: string, options: ParaOptions = {}): Paragraph {
  return new Paragraph({ ...direction(options, plain), children })
}

/**
 * Free text as paragraphs: a blank line starts a new paragraph, a single newline is a line
 * break. Empty text gives no paragraph at all, so empty fields leave no gaps.
 */
export function paragraphs(text: string, options: ParaOptions = {}, style: InlineStyle = {}): Paragraph[] {
  return sanitizeText(text)
    .split(/\n[ \t]*\n+/)
    .map((chunk) => chunk.replace(/^\n+|\n+$/g, ''))
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => para(chunk, options, style))
}

/** A label in bold followed by user text, e.g. "Uppdragsgivare: Kommunstyrelsen". */
export function labelled(label: string, value: string, options: ParaOptions = {}): Paragraph {
  return paraOf([run(`${label}: `, { bold: true }, false, false), ...textRuns(value)], `${label}: ${value}`, options)
}

export const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6
] as const

/** A real Word heading (Heading 1–6), so the contents, the navigation pane and screen readers find it. */
export function heading(text: string, level: 1 | 2 | 3 | 4 | 5 | 6, options: ParaOptions = {}): Paragraph {
  return para(text, { ...options, heading: HEADINGS[level - 1] })
}

/** The first level by its List Bullet style (see styles.ts), deeper levels by their numbering. */
function bulletLevel(level: number): ParaOptions {
  return level === 0 ? { style: STYLE.bullet } : { numbering: { reference: LIST.bullet, level } }
}

/** One item of a bulleted list. */
export function bullet(text: string, level = 0, style: InlineStyle = {}): Paragraph {
  return para(text, bulletLevel(level), style)
}

/** One item of a bulleted list made of prepared runs. */
export function bulletOf(children: ParagraphChild[], plain: string, level = 0): Paragraph {
  return paraOf(children, plain, bulletLevel(level))
}
