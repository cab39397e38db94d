import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx'
import { STYLE, TABLE_BORDER, TABLE_HEADER_FILL, TEXT_WIDTH } from './styles.ts'
import { para, paragraphs } from './text.ts'

export interface Column {
  header: string
  /** Relative width; the table fills the text column. */
  weight: number
}

/** Plain text (sanitised and split into paragraphs here) or paragraphs already built. */
export type Cell = string | Paragraph[]

const border = { style: BorderStyle.SINGLE, size: 4, color: TABLE_BORDER }
const BORDERS = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }
// The table's default cell margins (tblCellMar), not each cell's: the same layout, and a report's
// hundreds of cells then carry no five-element tcMar each.
const MARGINS = { top: 40, bottom: 40, left: 100, right: 100 }

function cellChildren(cell: Cell): Paragraph[] {
  const built = typeof cell === 'string' ? paragraphs(cell, { style: STYLE.tableText }) : cell
  // A cell without a paragraph is invalid OOXML; an empty one is an empty cell.
  return built.length > 0 ? built : [new Paragraph({ style: STYLE.tableText })]
}

/**
 * A table a screen reader can read: the first row is marked as the header row (repeated on
 * every page the table runs onto), one fact per cell, no merged cells, fixed column widths.
 */
export function dataTable(columns: readonly Column[], rows: readonly Cell[][], orientation: 'portrait' | 'landscape' = 'portrait'): Table {
  const total = TEXT_WIDTH[orientation]
  const sum = columns.reduce((s, c) => s + c.weight, 0)
  const widths = columns.map((c) => Math.floor((total * c.weight) / sum))
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: TABLE_HEADER_FILL, color: 'auto' },
          children: [para(c.header, { style: STYLE.tableHeading })]
        })
    )
  })
  const body = rows.map(
    (cells) =>
      new TableRow({
        children: columns.map(
          (_, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              children: cellChildren(cells[i] ?? '')
            })
        )
      })
  )
  return new Table({
    rows: [header, ...body],
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: MARGINS,
    borders: BORDERS
  })
}

/** Space after a table: Word puts the next paragraph hard against the table's last border otherwise. */
export function afterTable(): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, children: [] })
}
