import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Paragraph,
  ShadingType,
  TextRun,
  XmlComponent,
  type FileChild
} from 'docx'
import { formatLongDate, localeOf } from '../../shared/report/dates.ts'
import { packDocx } from '../report/pack.ts'
import type { SummaryContent } from '../../shared/summary/content.ts'
import { SUMMARY_LABELS } from '../../shared/summary/labels.ts'
import { correctionsLine, firstStepLine, nextMeetingLine, summaryFacts, summaryHeaderLine, summaryTitle } from '../../shared/summary/plain-text.ts'
import { sanitizeLine } from '../../shared/text/sanitize.ts'
import { noteBlocks } from '../report/lexical.ts'
import { FONT, LIST, MUTED_COLOUR, PAGE, reportNumbering, reportStyles, STYLE, TABLE_HEADER_FILL } from '../report/styles.ts'
import { heading, para, paraOf, textRuns } from '../report/text.ts'

// The summary as a Word file in the report's house style: its styles, lists, fonts, page size,
// running header and "n (N)" page numbers, and its text helpers (sanitising, right-to-left runs).
// One or two pages: the lead headings are the three questions a resident asks, and nothing is
// in a table, so it reads the same on a phone.

/** `<dc:language>` of the core properties, as the report declares it. */
class CoreLanguage extends XmlComponent {
  constructor(tag: string) {
    super('dc:language')
    this.root.push(tag)
  }
}

/** Section headings a little tighter than the report's: two pages leave no room for air. */
const h1 = (text: string): Paragraph => heading(text, 1, { spacing: { before: 280, after: 80 } })
const h3 = (text: string): Paragraph => heading(text, 3, { spacing: { before: 160, after: 60 } })

/** A list item, tighter than the report's so a typical meeting fits on two pages. */
const ITEM = { numbering: { reference: LIST.bullet, level: 0 }, spacing: { after: 30, line: 252 } }
/** Up to this many items stay on one page with their heading (a longer list may break). */
const KEEP_TOGETHER = 8
const together = (i: number, n: number): { keepNext: boolean } => ({ keepNext: n <= KEEP_TOGETHER && i < n - 1 })
const bullets = (texts: readonly string[]): Paragraph[] => texts.map((t, i) => para(t, { ...ITEM, ...together(i, texts.length) }))

const box = {
  border: {
    top: { style: BorderStyle.SINGLE, size: 6, color: '8C8C8C', space: 6 },
    bottom: { style: BorderStyle.SINGLE, size: 6, color: '8C8C8C', space: 6 },
    left: { style: BorderStyle.SINGLE, size: 6, color: '8C8C8C', space: 6 },
    right: { style: BorderStyle.SINGLE, size: 6, color: '8C8C8C', space: 6 }
  },
  shading: { type: ShadingType.CLEAR, fill: TABLE_HEADER_FILL, color: 'auto' },
  indent: { left: 120, right: 120 },
  keepLines: true
} as const

function top(c: SummaryContent): FileChild[] {
  const labels = SUMMARY_LABELS[c.language]
  const out: FileChild[] = [para(summaryTitle(c), { heading: HeadingLevel.TITLE, spacing: { before: 0, after: 80 } })]
  if (c.meeting.number !== null) out.push(para(c.workshopTitle, { style: STYLE.subtitle, spacing: { after: 60 } }))
  const facts = summaryFacts(c)
  if (facts) out.push(para(facts, { spacing: { after: 160 } }, { color: MUTED_COLOUR }))
  out.push(para(`${labels.lead} ${labels.leadCheck(formatLongDate(c.corrections.by, c.language))}`))
  if (c.changes) {
    out.push(heading(labels.changedSince(c.changes.since), 2, { spacing: { before: 200, after: 60 } }), para(labels.changedIntro))
    out.push(...bullets(c.changes.items))
  }
  return out
}

function did(c: SummaryContent): FileChild[] {
  if (c.steps.length === 0) return []
  const out: FileChild[] = [h1(SUMMARY_LABELS[c.language].did)]
  for (const s of c.steps) {
    const plain = s.question ? `${s.title}: ${s.question}` : s.title
    out.push(
      paraOf([...textRuns(s.question ? `${s.title}: ` : s.title, { bold: true }), ...textRuns(s.question)], plain, ITEM)
    )
  }
  return out
}

function found(c: SummaryContent, nextListInstance: () => number): FileChild[] {
  const labels = SUMMARY_LABELS[c.language]
  if (c.themes.length + c.votes.length + c.notes.length === 0) return []
  const out: FileChild[] = [h1(labels.found)]
  for (const t of c.themes) {
    out.push(h3(t.happening ? `${t.title} (${labels.happening})` : t.title))
    out.push(...bullets(t.notes.map((n) => (n.happening ? `${n.text} (${labels.happening})` : n.text))))
  }
  for (const v of c.votes) {
    out.push(h3(c.votes.length > 1 ? `${labels.votesHeading} (${v.title})` : labels.votesHeading))
    v.lines.forEach((l, i) => {
      out.push(
        paraOf([...textRuns(`${l.rank}.\t`), ...textRuns(l.label), ...textRuns(` – ${labels.votes(l.votes)}`, { color: MUTED_COLOUR })], l.label, {
          style: STYLE.item,
          spacing: { after: 40 },
          ...together(i, v.lines.length + (v.more > 0 ? 1 : 0))
        })
      )
    })
    if (v.more > 0) out.push(para(`… ${labels.moreVotes(v.more)}`, { style: STYLE.item }, { color: MUTED_COLOUR }))
  }
  if (c.notes.length > 0) {
    out.push(h3(labels.notes))
    for (const n of c.notes) out.push(...noteBlocks(n.lexicalJson, n.plainText, { headingBase: 3, nextListInstance }))
  }
  return out
}

function next(c: SummaryContent): FileChild[] {
  const labels = SUMMARY_LABELS[c.language]
  const line = nextMeetingLine(c)
  if (c.firstSteps.length + c.proposals.length + c.questions.length === 0 && !line) return []
  const out: FileChild[] = [h1(labels.next)]
  if (c.firstSteps.length > 0) out.push(h3(labels.firstSteps), ...bullets(c.firstSteps.map(firstStepLine)))
  if (c.proposals.length > 0) {
    out.push(h3(labels.proposals))
    for (const p of c.proposals) out.push(paraOf([...textRuns(`${p.label}: `, { bold: true }), ...textRuns(p.text)], p.text, ITEM))
  }
  if (c.questions.length > 0) out.push(h3(labels.questions), ...bullets(c.questions))
  if (line) out.push(para(line, { spacing: { before: 160 } }, { bold: true }))
  return out
}

/** How to send corrections and by when, and what becomes of the notes: in a box, kept on one page. */
function check(c: SummaryContent): FileChild[] {
  const labels = SUMMARY_LABELS[c.language]
  return [
    para(labels.checkHeading, { ...box, keepNext: true, spacing: { before: 320, after: 60 } }, { bold: true, size: 24 }),
    para(correctionsLine(c), { ...box, keepNext: true, spacing: { after: 60 } }),
    para(labels.checkHow, { ...box, keepNext: true, spacing: { after: 60 } }),
    para(labels.publicNote, { ...box, spacing: { after: 0 } }, { size: 19, color: MUTED_COLOUR })
  ]
}

function running(c: SummaryContent): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: textRuns(summaryHeaderLine(c), { size: 17, color: MUTED_COLOUR }) })]
  })
}

/** "1 (2)": page of pages, as Swedish public documents number them. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: [PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'], size: 18, font: FONT })]
      })
    ]
  })
}

/** The summary as a .docx file's bytes. */
export async function buildSummaryDocx(c: SummaryContent): Promise<Buffer> {
  const labels = SUMMARY_LABELS[c.language]
  const locale = localeOf(c.language)
  let lists = 0
  const nextListInstance = (): number => ++lists
  // No person in the file's properties: a summary goes to participants and may become public.
  const creator = sanitizeLine(c.municipality) || 'Medskapa'
  const doc = new Document({
    title: sanitizeLine(`${labels.documentType}: ${summaryTitle(c)}`),
    subject: labels.documentType,
    creator,
    lastModifiedBy: creator,
    description: sanitizeLine(`${labels.documentType} – ${c.workshopTitle} – ${labels.version(c.version)}`),
    styles: reportStyles(locale),
    numbering: reportNumbering(),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        headers: { default: running(c) },
        footers: { default: pageFooter() },
        children: [...top(c), ...did(c), ...found(c, nextListInstance), ...next(c), ...check(c)]
      }
    ]
  })
  doc.CoreProperties.addChildElement(new CoreLanguage(locale))
  return packDocx(doc)
}
