import type { FileChild } from 'docx'
import type { Body, EffectRow } from '../../../shared/domain/entities.ts'
import { shortName, type ReportModel } from '../model.ts'
import { dataTable, type Cell, type Column } from '../tables.ts'
import { heading, para } from '../text.ts'
import type { SectionDef } from './types.ts'

// Effect chains as the Borås slides lay them out: one table per målområde, long-term effect on the
// left, then short-term effect, output, activity, who is responsible, time and resources. The
// long-term effect is repeated on each row rather than merged across rows: a screen reader reads
// a merged cell only once, and a row without it no longer says what it serves.

function groups(rows: readonly EffectRow[]): Map<string, EffectRow[]> {
  const out = new Map<string, EffectRow[]>()
  for (const r of rows) {
    const key = r.goalArea.trim()
    const list = out.get(key)
    if (list) list.push(r)
    else out.set(key, [r])
  }
  return out
}

function responsible(m: ReportModel, r: EffectRow): string {
  return r.responsibleIds
    .map((id) => m.bodies.get(id))
    .filter((b): b is Body => b !== undefined)
    .map(shortName)
    .join(', ')
}

function table(m: ReportModel, rows: EffectRow[]): FileChild {
  const c = m.labels.effectColumns
  const collab = rows.some((r) => r.collabNow !== null || r.collabNeeded !== null)
  const columns: Column[] = [
    { header: c.longTerm, weight: 3 },
    { header: c.shortTerm, weight: 3 },
    { header: c.output, weight: 3 },
    { header: c.activity, weight: 3 },
    { header: c.responsible, weight: 1.6 },
    { header: c.time, weight: 1.2 },
    { header: c.resources, weight: 1.4 },
    ...(collab ? [{ header: c.collab, weight: 2 }] : [])
  ]
  const level = (v: EffectRow['collabNow']): string => (v ? m.labels.collabLevels[v] : m.labels.none)
  const cells: Cell[][] = rows.map((r) => [
    r.longTerm,
    r.shortTerm,
    r.output,
    r.activity,
    responsible(m, r),
    r.time,
    r.resources,
    ...(collab ? [r.collabNow || r.collabNeeded ? `${level(r.collabNow)} → ${level(r.collabNeeded)}` : ''] : [])
  ])
  return dataTable(columns, cells, 'landscape')
}

function legend(m: ReportModel): FileChild[] {
  const used = new Set(m.effectRows.flatMap((r) => r.responsibleIds))
  const bodies = m.data.bodies
    .filter((b) => used.has(b.id) && b.abbreviation.trim() !== '')
    .sort((a, b) => a.abbreviation.localeCompare(b.abbreviation, 'sv'))
  if (bodies.length === 0) return []
  return [
    heading(m.labels.legend, 2),
    dataTable(
      [
        { header: m.labels.legendColumns.abbreviation, weight: 1 },
        { header: m.labels.legendColumns.name, weight: 4 }
      ],
      bodies.map((b) => [b.abbreviation.trim(), b.name]),
      'landscape'
    )
  ]
}

function build(m: ReportModel): FileChild[] {
  if (m.effectRows.length === 0) return []
  const out: FileChild[] = [heading(m.labels.sections.effectChains, 1)]
  for (const [area, rows] of groups(m.effectRows)) {
    out.push(heading(area ? m.labels.goalArea(area) : m.labels.noGoalArea, 2), table(m, rows))
  }
  // A section break needs a paragraph to sit in; the last table must not be left to carry it.
  out.push(...legend(m), para(''))
  return out
}

export const effectChainsSection: SectionDef = { id: 'effectChains', build, landscape: true }
