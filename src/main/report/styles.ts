import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx'

// The look of a Swedish municipal report: one sans-serif family that every Windows machine has,
// 11 pt body, headings in sentence case set by size and weight rather than colour alone, A4.

export const FONT = 'Arial'
export const HEADING_COLOUR = '1B365D'
export const MUTED_COLOUR = '4D4D4D'
export const TABLE_HEADER_FILL = 'DCE3EC'
export const TABLE_BORDER = '8C8C8C'

const MM = 56.7 // twips per millimetre
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(25 * MM), right: Math.round(22 * MM), header: Math.round(10 * MM), footer: Math.round(10 * MM) }
}
/** Width of the text column in twips, portrait and landscape. */
export const TEXT_WIDTH = {
  portrait: PAGE.width - PAGE.margin.left - PAGE.margin.right,
  landscape: PAGE.height - PAGE.margin.left - PAGE.margin.right
}

export const STYLE = {
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  quote: 'Quote',
  small: 'Small',
  headerBlock: 'HeaderBlock',
  item: 'NumberedItem',
  tocHeading: 'TOCHeading',
  subtitle: 'Subtitle',
  hyperlink: 'Hyperlink',
  bullet: 'ListBullet'
} as const

export const LIST = { bullet: 'report-bullets', number: 'report-numbers' } as const

/** Indent and spacing of a list level: 6.35 mm a level, as Word's own lists. */
const BULLET_LEVEL = (i: number) => ({ indent: { left: 360 * (i + 1), hanging: 360 }, spacing: { after: 60 } })

export function reportStyles(locale: string): IStylesOptions {
  const heading = (size: number, before: number, colour: string, italics = false) => ({
    run: { font: FONT, size, bold: true, italics, color: colour },
    paragraph: { spacing: { before, after: 100 }, keepNext: true, keepLines: true }
  })
  return {
    default: {
      document: {
        run: {
          font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
          size: 22,
          sizeComplexScript: 22,
          // The document's language: Word's proofing, screen readers and PDF export read it here.
          language: { value: locale, bidirectional: 'ar-SA' }
        },
        paragraph: { spacing: { after: 120, line: 264 } }
      },
      title: { run: { font: FONT, size: 40, bold: true, color: HEADING_COLOUR }, paragraph: { spacing: { before: 360, after: 120 } } },
      heading1: heading(32, 360, HEADING_COLOUR),
      heading2: heading(26, 280, HEADING_COLOUR),
      heading3: heading(23, 220, '1A1A1A'),
      heading4: heading(22, 180, '1A1A1A', true),
      heading5: heading(22, 160, '1A1A1A', true),
      heading6: heading(22, 160, '1A1A1A', true),
      hyperlink: { run: { color: '1F4E9A', underline: {} } }
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 26, color: MUTED_COLOUR },
        paragraph: { spacing: { after: 240 } }
      },
      {
        id: STYLE.headerBlock,
        name: 'Header Block',
        basedOn: 'Normal',
        run: { size: 19 },
        paragraph: { spacing: { after: 0, line: 240 } }
      },
      { id: STYLE.small, name: 'Small', basedOn: 'Normal', run: { size: 17, color: MUTED_COLOUR }, paragraph: { spacing: { after: 0 } } },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: 19, sizeComplexScript: 19 },
        paragraph: { spacing: { before: 40, after: 40, line: 240 } }
      },
      {
        id: STYLE.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        run: { bold: true, boldComplexScript: true },
        paragraph: { keepNext: true }
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, italicsComplexScript: true },
        paragraph: { indent: { left: 567, right: 567 } }
      },
      {
        id: STYLE.item,
        name: 'Numbered Item',
        basedOn: 'Normal',
        paragraph: { indent: { left: 567, hanging: 567 }, spacing: { after: 80 } }
      },
      {
        // The first level of the bullet list as a style, as Word's own List Bullet is: an item is
        // then one style reference instead of a style and three numbering elements, which on the
        // thousands of notes a report lists is a tenth of the time it takes to write. The list
        // level's indent, so readers that take the indent from the style place it alike; no
        // spacing, which readers take from the level (Word) or from Normal (LibreOffice) as before.
        id: STYLE.bullet,
        name: 'List Bullet',
        basedOn: 'ListParagraph',
        paragraph: { numbering: { reference: LIST.bullet, level: 0 }, indent: BULLET_LEVEL(0).indent }
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 26, bold: true, color: HEADING_COLOUR },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true }
      }
    ]
  }
}

/** Bullet and numbered lists, nine levels each, indented 6.35 mm a level as Word's own are. */
export function reportNumbering(): INumberingOptions {
  const bullets = ['•', '◦', '▪']
  const level = (i: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: i,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: BULLET_LEVEL(i), ...(format === LevelFormat.BULLET && i === 0 ? { style: STYLE.bullet } : {}) }
  })
  return {
    config: [
      { reference: LIST.bullet, levels: Array.from({ length: 9 }, (_, i) => level(i, LevelFormat.BULLET, bullets[i % 3])) },
      {
        reference: LIST.number,
        levels: Array.from({ length: 9 }, (_, i) =>
          level(i, [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][i % 3], `%${i + 1}.`)
        )
      }
    ]
  }
}
