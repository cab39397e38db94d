import type { FileChild, Paragraph } from 'docx'
import type { Body, Response } from '../../../shared/domain/entities.ts'
import { formatLongDate } from '../../../shared/report/dates.ts'
import type { NumberedProposal, ReportModel } from '../model.ts'
import { STYLE } from '../styles.ts'
import { dataTable, type Cell } from '../tables.ts'
import { heading, para, paragraphs } from '../text.ts'
import { proposalTitle } from './recommendations.ts'
import type { SectionDef } from './types.ts'

// "Svar från nämnderna" as the ECAR report has it: per recommendation, what each nämnd answered,
// what it commits to, who is responsible and by when — and, just as visibly, who has not answered.

const cellPara = (text: string, bold = false): Paragraph => para(text, { style: STYLE.tableText }, { bold })

/** The answer that counts: the newest one recorded for this nämnd. */
function latest(responses: readonly Response[]): Response | undefined {
  return [...responses].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.createdAt - b.createdAt).at(-1)
}

/** The commitment, then who carries it out and by when, each on its own line. */
function commitment(m: ReportModel, answer: Response | undefined): Paragraph[] {
  if (!answer) return []
  const out = paragraphs(answer.commitment, { style: STYLE.tableText })
  if (answer.responsible.trim()) out.push(cellPara(`${m.labels.responsible}: ${answer.responsible}`))
  if (answer.due.trim()) out.push(cellPara(`${m.labels.dueBy}: ${answer.due}`))
  return out
}

function row(m: ReportModel, body: Body, answer: Response | undefined): Cell[] {
  const { labels, options } = m
  const decision: Paragraph[] = []
  if (!answer || answer.decision === 'not_answered') {
    decision.push(cellPara(labels.missingAnswer, true))
    if (body.answerBy) {
      const late = body.answerBy < m.date ? ` (${labels.overdue})` : ''
      decision.push(cellPara(`${labels.answerRequestedBy(formatLongDate(body.answerBy, options.language))}${late}`))
    }
  } else {
    decision.push(cellPara(labels.decisions[answer.decision], true))
    if (answer.date) decision.push(cellPara(formatLongDate(answer.date, options.language)))
  }
  return [body.name, decision, commitment(m, answer)]
}

function forProposal(m: ReportModel, p: NumberedProposal): FileChild[] {
  const responses = m.responsesOf.get(p.proposal.id) ?? []
  const bodyIds = new Set([...p.proposal.receiverIds, ...responses.map((r) => r.bodyId)])
  const bodies = [...bodyIds]
    .map((id) => m.bodies.get(id))
    .filter((b): b is Body => b !== undefined)
    .sort((a, b) => a.position - b.position)
  if (bodies.length === 0) return []
  const c = m.labels.responseColumns
  return [
    heading(proposalTitle(p), 2),
    ...paragraphs(p.proposal.text, { style: STYLE.quote }),
    dataTable(
      [
        { header: c.body, weight: 3.9 },
        { header: c.decision, weight: 2.6 },
        { header: c.commitment, weight: 5.5 }
      ],
      bodies.map((b) => row(m, b, latest(responses.filter((r) => r.bodyId === b.id))))
    )
  ]
}

function build(m: ReportModel): FileChild[] {
  const parts = m.proposals.flatMap((p) => forProposal(m, p))
  return parts.length === 0 ? [] : [heading(m.labels.sections.responses, 1), ...parts]
}

export const responsesSection: SectionDef = { id: 'responses', build }
