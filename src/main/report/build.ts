import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  XmlComponent,
  type FileChild,
  type ISectionOptions
} from 'docx'
import type { WorkshopData } from '../../shared/domain/interchange.ts'
import { isoDay, localeOf } from '../../shared/report/dates.ts'
import { resolveHeader } from '../../shared/report/header.ts'
import { REPORT_LABELS } from '../../shared/report/labels.ts'
import { REPORT_SECTIONS, ReportOptions, type ReportHeader, type ReportOptionsInput, type ReportSection } from '../../shared/report/options.ts'
import { redactWorkshop, Redactor, savedPseudonyms, type ReportHit } from '../../shared/report/redact.ts'
import { sanitizeLine } from '../../shared/text/sanitize.ts'
import { buildModel, meetingRows, type ReportModel } from './model.ts'
import { packDocx } from './pack.ts'
import { frontMatter } from './sections/front.ts'
import { SECTIONS } from './sections/index.ts'
import { FONT, MUTED_COLOUR, PAGE, reportNumbering, reportStyles } from './styles.ts'
import { textRuns } from './text.ts'

export interface ReportEnv {
  /** The day the report is dated when its header has no date (YYYY-MM-DD); today by default. */
  today?: string
}

export interface PreparedReport {
  model: ReportModel
  /** Personal data the guard found in what the report prints (before any replacement). */
  hits: ReportHit[]
  /** The chosen sections in order, each with its content; sections with nothing to say are absent. */
  parts: { id: ReportSection; children: FileChild[]; landscape: boolean }[]
}

/** Everything short of writing the file: shared by the export and by the dialog's preview. */
export function prepareReport(data: WorkshopData, input: ReportOptionsInput = {}, env: ReportEnv = {}): PreparedReport {
  const options = ReportOptions.parse(input)
  const redactor = new Redactor(data.knownNames, options.redaction === 'pseudonymise', options.language, savedPseudonyms(data.settings))
  const saved = resolveHeader(data.workshop, data.settings, options.language, options.header)
  const header: ReportHeader = {
    ...saved,
    subtitle: redactor.text(saved.subtitle, { entity: 'header', id: 'report.header', field: 'subtitle' }),
    summary: redactor.text(saved.summary, { entity: 'header', id: 'report.header', field: 'summary' })
  }
  const redacted = redactWorkshop(meetingRows(data), redactor, options.includeAuthorLabels)
  const model = buildModel(redacted, options, header, header.date ?? env.today ?? isoDay(new Date()))
  const parts = REPORT_SECTIONS.filter((id) => model.include(id))
    .map((id) => ({ id, children: SECTIONS[id].build(model), landscape: SECTIONS[id].landscape === true }))
    .filter((p) => p.children.length > 0)
  return { model, hits: redactor.hits, parts }
}

/** The `<dc:language>` of the document's core properties; the object API has no option for it. */
class CoreLanguage extends XmlComponent {
  constructor(tag: string) {
    super('dc:language')
    this.root.push(tag)
  }
}

function pageSetup(landscape: boolean): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: PAGE.margin
    }
  }
}

function runningHeader(m: ReportModel): Header {
  const bits = [m.header.municipality, m.header.documentType, m.header.diarienummer.trim() ? `${m.labels.dnr} ${m.header.diarienummer}` : '']
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: textRuns(bits.map((b) => b.trim()).filter(Boolean).join(' · '), { size: 17, color: MUTED_COLOUR })
      })
    ]
  })
}

/** "3 (12)": page 3 of 12, as Swedish public documents number their pages. */
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

/** Runs of portrait content with the wide sections on landscape pages of their own. */
function docSections(m: ReportModel, parts: PreparedReport['parts']): ISectionOptions[] {
  const first: ISectionOptions = {
    properties: { ...pageSetup(false), titlePage: true },
    headers: { default: runningHeader(m), first: new Header({ children: [new Paragraph({ children: [] })] }) },
    footers: { default: pageFooter(), first: pageFooter() },
    children: frontMatter(m)
  }
  const out: ISectionOptions[] = [first]
  let current = first as { children: FileChild[] } & ISectionOptions
  for (const part of parts) {
    const landscape = part.landscape
    const currentLandscape = current !== first && current.properties?.page?.size?.orientation === PageOrientation.LANDSCAPE
    if (landscape !== currentLandscape) {
      // Later sections inherit the running header and footer from the first.
      current = { properties: pageSetup(landscape), children: [] } as { children: FileChild[] } & ISectionOptions
      out.push(current)
    }
    current.children.push(...part.children)
  }
  return out
}

/** About fifteen pages of content: paragraphs, headings and tables at the top level. */
const ESTIMATE_PAGES_UP_TO_BLOCKS = 400

/** The report as a .docx file's bytes (`prepared`: a prepareReport of the same data and options, to reuse). */
export async function buildReport(
  data: WorkshopData,
  input: ReportOptionsInput = {},
  env: ReportEnv = {},
  prepared: PreparedReport = prepareReport(data, input, env)
): Promise<Buffer> {
  const { model: m, parts } = prepared
  const blocks = parts.reduce((n, p) => n + p.children.length, 0)
  // Page numbers in the contents, worked out as Word would lay the pages out, so readers that
  // never update fields (LibreOffice, PDF converters in archive systems, previews) show them too;
  // Word updates them itself. Laying out costs ~50 ms a page and its module is large, so long
  // reports leave the numbers to the reader and do not load it at all.
  const pageNumbers = blocks <= ESTIMATE_PAGES_UP_TO_BLOCKS ? (await import('docx/layout')).estimatePageNumbersWith({ guess: true }) : undefined
  const locale = localeOf(m.options.language)
  const creator = sanitizeLine(m.header.handlaggare || data.workshop.organiser || m.header.municipality) || 'Medskapa'
  const doc = new Document({
    title: sanitizeLine(m.data.workshop.title),
    subject: sanitizeLine(m.header.documentType),
    creator,
    lastModifiedBy: creator,
    description: sanitizeLine(`${REPORT_LABELS[m.options.language].documentType}: ${m.data.workshop.title}`),
    keywords: sanitizeLine([m.header.municipality, m.header.department, m.header.diarienummer].filter((s) => s.trim()).join(', ')),
    features: { updateFields: true },
    pageNumbers,
    styles: reportStyles(locale),
    numbering: reportNumbering(),
    sections: docSections(m, parts)
  })
  doc.CoreProperties.addChildElement(new CoreLanguage(locale))
  return packDocx(doc)
}
