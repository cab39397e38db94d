import type { FileChild, Paragraph } from 'docx'
import type { Cluster, Phase, Sticky } from '../../../shared/domain/entities.ts'
import { noteBlocks } from '../lexical.ts'
import type { ReportModel } from '../model.ts'
import { STYLE } from '../styles.ts'
import { dataTable, type Cell } from '../tables.ts'
import { bullet, bulletOf, heading, para, textRuns } from '../text.ts'

// What one phase produced, in the form that suits it: ranked votes as a table, dystopia items
// beside their first countermeasures, clusters as headed lists of their notes (verbatim), then
// the phase's notes as written.

/** A note as printed: its text verbatim, then its author label in italics when labels were chosen. */
export function stickyItem(m: ReportModel, s: Sticky, level = 0): Paragraph {
  const extra = [s.happening ? m.labels.happeningNote : '', s.authorLabel ?? ''].filter(Boolean)
  if (extra.length === 0) return bullet(s.text, level)
  const suffix = ` (${extra.join(', ')})`
  return bulletOf([...textRuns(s.text), ...textRuns(suffix, { italics: true })], s.text, level)
}

function clusterTitle(m: ReportModel, c: Cluster): string {
  const title = c.title.trim() || m.labels.untitledCluster
  return c.happening ? `${title} (${m.labels.happeningNote})` : title
}

function votes(m: ReportModel, phase: Phase): FileChild[] {
  const lines = m.votesOf.get(phase.id)
  if (!lines) return []
  const { labels } = m
  return [
    dataTable(
      [
        { header: labels.voteRank, weight: 1 },
        { header: labels.voteItem, weight: 7 },
        { header: labels.voteCount, weight: 1.3 }
      ],
      lines.map((l) => [String(l.rank), l.label, String(l.votes)])
    )
  ]
}

interface Item {
  cluster: Cluster | null
  stickies: Sticky[]
  id: string
}

function itemsOf(m: ReportModel, phase: Phase): Item[] {
  const clusters = (m.clustersOf.get(phase.id) ?? []).map((c) => ({ cluster: c, stickies: m.stickiesInCluster.get(c.id) ?? [], id: c.id }))
  const loose = (m.looseStickiesOf.get(phase.id) ?? []).map((s) => ({ cluster: null, stickies: [s], id: s.id }))
  return [...clusters.filter((c) => c.stickies.length > 0 || m.countermeasuresOf.has(c.id)), ...loose]
}

/**
 * What the inversion step works on: every item of the meeting that got a first step, wherever it
 * was written (dystopia notes are captured and grouped in earlier phases), plus the step's own notes.
 */
function invertItems(m: ReportModel, phase: Phase): Item[] {
  const out: Item[] = []
  const measured = (id: string): boolean => m.countermeasuresOf.has(id)
  for (const p of m.phasesOf.get(phase.meetingId) ?? []) {
    for (const item of itemsOf(m, p)) {
      if (p.id === phase.id || measured(item.id)) out.push(item)
      // A note inside a cluster can have a first step of its own.
      if (item.cluster) for (const s of item.stickies) if (measured(s.id)) out.push({ cluster: null, stickies: [s], id: s.id })
    }
  }
  return out
}

/** Whether a meeting has an inversion step, which then shows every first step in one table. */
function hasInvert(m: ReportModel, meetingId: string): boolean {
  return (m.phasesOf.get(meetingId) ?? []).some((p) => p.kind === 'invert')
}

/**
 * Dystopia items paired with what the group said would stop them. A cluster grouped in an earlier
 * phase is named with its size (its notes are listed under that phase already); one grouped in
 * the inversion step itself shows its notes here, the only place they appear in the results.
 */
function pairs(m: ReportModel, phase: Phase, items: Item[]): FileChild[] {
  const { labels } = m
  const rows: Cell[][] = items.map((item) => {
    const cell = (text: string, bold = false): Paragraph => para(text, { style: STYLE.tableText }, { bold })
    let what: Paragraph[]
    if (!item.cluster) what = [cell(item.stickies[0].text)]
    else if (item.cluster.phaseId === phase.id) what = [cell(clusterTitle(m, item.cluster), true), ...item.stickies.map((s) => cell(`– ${s.text}`))]
    else what = [cell(clusterTitle(m, item.cluster), true), cell(`(${labels.noteCount(item.stickies.length)})`)]
    const happening = item.cluster ? item.cluster.happening : item.stickies[0].happening
    const measures = (m.countermeasuresOf.get(item.id) ?? []).flatMap((c) => [
      para(c.text, { style: STYLE.tableText }),
      ...(c.owner.trim() ? [para(`${labels.responsible}: ${c.owner}`, { style: STYLE.tableText })] : []),
      ...(c.due.trim() ? [para(`${labels.due}: ${c.due}`, { style: STYLE.tableText })] : [])
    ])
    return [what, happening ? labels.yes : labels.no, measures]
  })
  return [
    dataTable(
      [
        { header: labels.dystopiaItem, weight: 4.2 },
        { header: labels.alreadyHappening, weight: 1.3 },
        { header: labels.countermeasure, weight: 5.8 }
      ],
      rows
    )
  ]
}

/** First steps as sub-items, where no inversion step gathers them into a table. */
function measuresUnder(m: ReportModel, id: string, show: boolean): Paragraph[] {
  if (!show) return []
  return (m.countermeasuresOf.get(id) ?? []).map((c) => {
    const who = [c.owner, c.due].filter((x) => x.trim()).join(', ')
    return bullet(`${m.labels.countermeasure}: ${c.text}${who ? ` (${who})` : ''}`, 1)
  })
}

function clusters(m: ReportModel, items: Item[], showMeasures: boolean): FileChild[] {
  const out: FileChild[] = []
  const hasClusters = items.some((i) => i.cluster)
  const loose = items.filter((i) => !i.cluster).flatMap((i) => i.stickies)
  for (const item of items) {
    if (!item.cluster) continue
    out.push(heading(clusterTitle(m, item.cluster), 4), ...measuresUnder(m, item.id, showMeasures))
    for (const s of item.stickies) out.push(stickyItem(m, s), ...measuresUnder(m, s.id, showMeasures))
  }
  if (loose.length > 0) {
    if (hasClusters) out.push(heading(m.labels.unclustered, 4))
    for (const s of loose) out.push(stickyItem(m, s), ...measuresUnder(m, s.id, showMeasures))
  }
  return out
}

/** Everything the phase produced, or nothing (then the phase gets no heading at all). */
export function phaseContent(m: ReportModel, phase: Phase): FileChild[] {
  const out: FileChild[] = [...votes(m, phase)]
  if (phase.kind === 'invert') {
    const items = invertItems(m, phase)
    if (items.length > 0) out.push(...pairs(m, phase, items))
  } else {
    const items = itemsOf(m, phase)
    if (items.length > 0) out.push(...clusters(m, items, !hasInvert(m, phase.meetingId)))
  }
  for (const note of m.notesOfPhase.get(phase.id) ?? []) {
    out.push(...noteBlocks(note.lexicalJson, note.plainText, { headingBase: 4, nextListInstance: m.nextListInstance }))
  }
  return out
}
