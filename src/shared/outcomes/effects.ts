import type { Body, EffectRow } from '../domain/entities.ts'

export interface LongTermGroup {
  longTerm: string
  rows: EffectRow[]
}

export interface GoalAreaGroup {
  /** '' for rows without a målområde. */
  goalArea: string
  groups: LongTermGroup[]
}

const key = (s: string): string => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv')

/**
 * Rows as the Borås tables read: one table per målområde, one long-term effect spanning the rows
 * that lead to it. Groups keep the order in which their first row appears; spelling differences in
 * case or spacing do not split a group, and the first spelling is the one shown.
 */
export function groupEffectRows(rows: readonly EffectRow[]): GoalAreaGroup[] {
  const areas = new Map<string, { area: GoalAreaGroup; byLongTerm: Map<string, LongTermGroup> }>()
  for (const row of [...rows].sort((a, b) => a.position - b.position)) {
    const ak = key(row.goalArea)
    let area = areas.get(ak)
    if (!area) {
      area = { area: { goalArea: row.goalArea.trim(), groups: [] }, byLongTerm: new Map() }
      areas.set(ak, area)
    }
    const lk = key(row.longTerm)
    let group = area.byLongTerm.get(lk)
    if (!group) {
      group = { longTerm: row.longTerm.trim(), rows: [] }
      area.byLongTerm.set(lk, group)
      area.area.groups.push(group)
    }
    group.rows.push(row)
  }
  return [...areas.values()].map((a) => a.area)
}

/**
 * The bodies named in the Ansvar column, for the report's legend: abbreviations are opaque to
 * readers and to screen readers. Sorted by what is printed in the column.
 */
export function responsibleLegend(bodies: readonly Body[], rows: readonly EffectRow[]): Body[] {
  const used = new Set(rows.flatMap((r) => r.responsibleIds))
  const label = (b: Body): string => (b.abbreviation || b.name).toLocaleLowerCase('sv')
  return bodies.filter((b) => used.has(b.id)).sort((a, b) => label(a).localeCompare(label(b), 'sv'))
}

/** The Ansvar cell: abbreviations where there are any, names otherwise, in the row's order. */
export function responsibleCell(bodies: readonly Body[], row: EffectRow): string {
  const byId = new Map(bodies.map((b) => [b.id, b]))
  return row.responsibleIds
    .map((id) => byId.get(id))
    .filter((b): b is Body => b !== undefined)
    .map((b) => b.abbreviation || b.name)
    .join(', ')
}

/**
 * Bodies named in free text such as a countermeasure's owner ("SBF, FOF och AB-Bostäder" or
 * "Kultur- och fritidsförvaltningen"), matched on full name or abbreviation, ignoring case; in the
 * order they are written.
 */
export function bodiesNamedIn(text: string, bodies: readonly Body[]): string[] {
  let rest = key(text)
  const found: { id: string; at: number }[] = []
  const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)
  // Full names first, longest first, blanked out once found so their words are not read again.
  for (const b of [...bodies].sort((x, y) => y.name.length - x.name.length)) {
    const name = key(b.name)
    if (name === '') continue
    let at = rest.indexOf(name)
    while (at >= 0 && (isLetter(rest[at - 1]) || isLetter(rest[at + name.length]))) at = rest.indexOf(name, at + 1)
    if (at < 0) continue
    found.push({ id: b.id, at })
    rest = rest.slice(0, at) + ' '.repeat(name.length) + rest.slice(at + name.length)
  }
  for (const m of rest.matchAll(/[^\s,;/&+]+/gu)) {
    const b = bodies.find((x) => x.abbreviation !== '' && key(x.abbreviation) === m[0])
    if (b) found.push({ id: b.id, at: m.index })
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.id))]
}
