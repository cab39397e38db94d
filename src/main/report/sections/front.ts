import { Paragraph, TabStopType, TableOfContents, TextRun, Tab, type FileChild, HeadingLevel } from 'docx'
import { formatLongDate } from '../../../shared/report/dates.ts'
import type { ReportModel } from '../model.ts'
import { STYLE, TEXT_WIDTH } from '../styles.ts'
import { para, textRuns } from '../text.ts'

/** A header-block line: left text, and right text against the right margin. */
function line(left: string, right: string, boldLeft = false): Paragraph {
  return new Paragraph({
    style: STYLE.headerBlock,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH.portrait }],
    children: [...textRuns(left, { bold: boldLeft }), ...(right ? [new TextRun({ children: [new Tab()] }), ...textRuns(right)] : [])]
  })
}

/**
 * Page 1 as a Swedish municipal document opens: who sends it and what it is (left), its date and
 * diarienummer (right, ISO date), the handläggare; then the title and the table of contents. The
 * block is body text rather than a page header so a screen reader reads it in order.
 */
export function frontMatter(m: ReportModel): FileChild[] {
  const { header, labels, data } = m
  const out: FileChild[] = [
    line(header.municipality, header.documentType.toLocaleUpperCase(m.options.language === 'sv' ? 'sv-SE' : 'en-GB'), true),
    line(header.department, `${labels.date} ${m.date}`)
  ]
  if (header.diarienummer.trim()) out.push(line('', `${labels.dnr} ${header.diarienummer}`))
  if (header.handlaggare.trim()) out.push(line(`${labels.handlaggare}: ${header.handlaggare}`, ''))
  out.push(para(data.workshop.title, { heading: HeadingLevel.TITLE }))
  const subtitle = header.subtitle.trim() || formatLongDate(m.date, m.options.language)
  out.push(para(subtitle, { style: STYLE.subtitle }))
  out.push(
    para(labels.contents, { style: STYLE.tocHeading }),
    // Filled in from the headings as written, so it is not empty in readers that never update
    // fields; Word refreshes it (page numbers too) when the document is opened.
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-2' })
  )
  return out
}
