import { ExternalHyperlink, Paragraph, type ParagraphChild, type Table } from 'docx'
import { parseLexical, type LexNode } from '../../shared/text/pii-lexical.ts'
import { LIST, STYLE } from './styles.ts'
import { dataTable } from './tables.ts'
import { HEADINGS, paraOf, paragraphs, textRuns, type InlineStyle } from './text.ts'

// A note as the secretary wrote it in the editor: Lexical's serialized state turned into Word
// paragraphs with the same structure (headings, lists, quotes, bold, links). Reads the JSON only;
// no Lexical runtime in the main process.

const SAFE_URL = /^https?:\/\/[^\s]+$/i
const INLINE = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'mark', 'code-highlight', 'hashtag'])
const FORMAT = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16, sub: 32, sup: 64 }

export interface NoteContext {
  /** The heading level the note sits under (a note's "h1" becomes the level below it). */
  headingBase: number
  /** Each numbered list needs its own instance so its numbering starts at 1. */
  nextListInstance: () => number
}

type Block = Paragraph | Table

function styleOf(format: unknown): InlineStyle {
  const f = typeof format === 'number' ? format : 0
  return {
    bold: (f & FORMAT.bold) !== 0 || undefined,
    italics: (f & FORMAT.italic) !== 0 || undefined,
    strike: (f & FORMAT.strike) !== 0 || undefined,
    underline: (f & FORMAT.underline) !== 0 || undefined,
    code: (f & FORMAT.code) !== 0 || undefined,
    subScript: (f & FORMAT.sub) !== 0 || undefined,
    superScript: (f & FORMAT.sup) !== 0 || undefined
  }
}

function inline(nodes: readonly LexNode[], out: ParagraphChild[], plain: string[]): void {
  for (const n of nodes) {
    if (n.type === 'linebreak') {
      out.push(...textRuns('\n'))
      plain.push('\n')
    } else if (n.type === 'tab') {
      out.push(...textRuns('\t'))
      plain.push('\t')
    } else if ((n.type === 'link' || n.type === 'autolink') && Array.isArray(n.children)) {
      const runs: ParagraphChild[] = []
      inline(n.children, runs, plain)
      // Only web links become links; anything else stays as its text (the editor refuses them anyway).
      if (typeof n.url === 'string' && SAFE_URL.test(n.url)) {
        const children = n.children.flatMap((c) => textRuns(typeof c.text === 'string' ? c.text : '', { ...styleOf(c.format), style: STYLE.hyperlink }))
        out.push(new ExternalHyperlink({ link: n.url, children }))
      } else out.push(...runs)
    } else if (typeof n.text === 'string') {
      out.push(...textRuns(n.text, styleOf(n.format)))
      plain.push(n.text)
    } else if (Array.isArray(n.children)) inline(n.children, out, plain)
  }
}

function inlinePara(nodes: readonly LexNode[], options: ConstructorParameters<typeof Paragraph>[0] & object): Paragraph | null {
  const children: ParagraphChild[] = []
  const plain: string[] = []
  inline(nodes, children, plain)
  if (plain.join('').trim() === '') return null
  return paraOf(children, plain.join(''), options)
}

function list(node: LexNode, level: number, ctx: NoteContext, out: Block[]): void {
  const numbered = node.listType === 'number'
  const instance = numbered ? ctx.nextListInstance() : 0
  for (const item of node.children ?? []) {
    const kids = item.children ?? []
    const nested = kids.filter((k) => k.type === 'list')
    const own = kids.filter((k) => k.type !== 'list')
    const mark = node.listType === 'check' ? [{ type: 'text', text: item.checked === true ? '☑ ' : '☐ ' }] : []
    const p = inlinePara([...mark, ...own], {
      numbering: numbered ? { reference: LIST.number, level: Math.min(level, 8), instance } : { reference: LIST.bullet, level: Math.min(level, 8) }
    })
    if (p) out.push(p)
    for (const sub of nested) list(sub, level + 1, ctx, out)
  }
}

function table(node: LexNode): Table | null {
  const rows = (node.children ?? []).map((row) => (row.children ?? []).map((cell) => cellText(cell)))
  if (rows.length === 0 || rows[0].length === 0) return null
  const [head, ...body] = rows
  return dataTable(head.map((h) => ({ header: h, weight: 1 })), body)
}

function cellText(node: LexNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  const kids = node.children ?? []
  const blockKids = kids.some((k) => Array.isArray(k.children) && !INLINE.has(k.type))
  return kids.map(cellText).join(blockKids ? '\n\n' : '')
}

function blocks(nodes: readonly LexNode[], ctx: NoteContext, out: Block[]): void {
  for (const n of nodes) {
    switch (n.type) {
      case 'heading': {
        const level = Number(/^h([1-6])$/.exec(String(n.tag))?.[1] ?? 1)
        const heading = HEADINGS[Math.min(ctx.headingBase + level - 1, 6) - 1]
        const p = inlinePara(n.children ?? [], { heading })
        if (p) out.push(p)
        break
      }
      case 'quote': {
        const p = inlinePara(n.children ?? [], { style: STYLE.quote })
        if (p) out.push(p)
        break
      }
      case 'list':
        list(n, 0, ctx, out)
        break
      case 'table': {
        const t = table(n)
        if (t) out.push(t, new Paragraph({ children: [] }))
        break
      }
      case 'horizontalrule':
        break
      default: {
        const kids = n.children ?? []
        if (kids.length > 0 && kids.some((k) => Array.isArray(k.children) && !INLINE.has(k.type))) blocks(kids, ctx, out)
        else {
          const p = inlinePara(Array.isArray(n.children) ? kids : [n], n.type === 'code' ? { style: STYLE.quote } : {})
          if (p) out.push(p)
        }
      }
    }
  }
}

/**
 * A note as Word content. When the editor state cannot be read (or says nothing), the note's
 * plain text is used instead, so a damaged note still reaches the report.
 */
export function noteBlocks(lexicalJson: string, plainText: string, ctx: NoteContext): Block[] {
  const parsed = lexicalJson === '' ? null : parseLexical(lexicalJson)
  if (parsed?.ok) {
    const out: Block[] = []
    blocks(parsed.state.root.children ?? [], ctx, out)
    if (out.length > 0) return out
  }
  return paragraphs(plainText)
}
