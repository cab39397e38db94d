import type { FileChild } from 'docx'
import type { Body } from '../../../shared/domain/entities.ts'
import type { NumberedProposal, ReportModel } from '../model.ts'
import { heading, paragraphs } from '../text.ts'
import type { SectionDef } from './types.ts'

/** "Rekommendation 3: Mötesplatser": the number stays the same wherever the recommendation appears. */
export function proposalTitle(p: NumberedProposal): string {
  const theme = p.proposal.theme.trim()
  return theme ? `${p.label}: ${theme}` : p.label
}

export function receiverName(b: Body): string {
  return b.abbreviation.trim() ? `${b.name} (${b.abbreviation.trim()})` : b.name
}

function item(p: NumberedProposal): FileChild[] {
  return [heading(proposalTitle(p), 3), ...paragraphs(p.proposal.text)]
}

/** Each nämnd reads what is asked of it under its own heading; shared recommendations appear under each. */
function build(m: ReportModel): FileChild[] {
  if (m.proposals.length === 0) return []
  const { labels } = m
  const out: FileChild[] = [heading(labels.sections.recommendations, 1)]
  const addressed = [...new Set(m.proposals.flatMap((p) => p.proposal.receiverIds))]
    .map((id) => m.bodies.get(id))
    .filter((b): b is Body => b !== undefined)
    .sort((a, b) => a.position - b.position)
  for (const body of addressed) {
    out.push(heading(labels.to(receiverName(body)), 2))
    for (const p of m.proposals) if (p.proposal.receiverIds.includes(body.id)) out.push(...item(p))
  }
  const orphans = m.proposals.filter((p) => !p.proposal.receiverIds.some((id) => m.bodies.has(id)))
  if (orphans.length > 0) {
    if (addressed.length > 0) out.push(heading(labels.withoutReceiver, 2))
    for (const p of orphans) out.push(...item(p))
  }
  return out
}

export const recommendationsSection: SectionDef = { id: 'recommendations', build }
