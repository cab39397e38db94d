import { formatLongDate } from '../report/dates.ts'
import { lexicalText, parseLexical, type LexNode } from '../text/pii-lexical.ts'
import type { SummaryContent } from './content.ts'
import { SUMMARY_LABELS } from './labels.ts'

// The summary as plain text, to paste into an e-mail: the same content and order as the Word
// file, headings in capitals (e-mail programs drop formatting), lists with "–".

/** "Träff 2: Hur gör vi …" for a series; the workshop's own title for a one-off. */
export function summaryTitle(c: SummaryContent): string {
  const labels = SUMMARY_LABELS[c.language]
  if (c.meeting.number === null) return c.meeting.title || c.workshopTitle
  return `${labels.meeting(c.meeting.number)}${c.meeting.title ? `: ${c.meeting.title}` : ''}`
}

/** "10 oktober 2024 · Fittja centrum · 12 deltagare". */
export function summaryFacts(c: SummaryContent): string {
  const labels = SUMMARY_LABELS[c.language]
  return [
    c.meeting.date ? formatLongDate(c.meeting.date, c.language) : '',
    c.meeting.place,
    c.meeting.participantCount ? labels.participants(c.meeting.participantCount) : ''
  ]
    .filter(Boolean)
    .join(' · ')
}

/** "First step (Responsible, when)". */
export function firstStepLine(s: SummaryContent['firstSteps'][number]): string {
  const who = [s.owner, s.due].filter(Boolean).join(', ')
  return `${s.text}${who ? ` (${who})` : ''}`
}

export function nextMeetingLine(c: SummaryContent): string | null {
  const labels = SUMMARY_LABELS[c.language]
  const n = c.nextMeeting
  if (!n) return null
  if (!n.date) return labels.nextMeetingNoDate
  return labels.nextMeeting([formatLongDate(n.date, c.language), n.place].filter(Boolean).join(', '))
}

/** What a participant needs to send a correction: by when and how. */
export function correctionsLine(c: SummaryContent): string {
  return SUMMARY_LABELS[c.language].checkBy(formatLongDate(c.corrections.by, c.language), c.corrections.contact)
}

/** The running header: "Botkyrka kommun · Minnesanteckningar · Version 2 · 2025-04-10". */
export function summaryHeaderLine(c: SummaryContent): string {
  const labels = SUMMARY_LABELS[c.language]
  return [c.municipality, labels.documentType, `${labels.version(c.version)} · ${c.date}`].filter(Boolean).join(' · ')
}

function inlineText(node: LexNode): string {
  return lexicalText({ root: { type: 'root', children: [node] } }).text.replace(/\n{2,}/g, '\n')
}

/**
 * A note as an e-mail shows it: paragraphs and headings as lines, list items with "–" or their
 * number, quotes in quotation marks. Falls back on the stored plain text when the state is unreadable.
 */
export function notePlainText(lexicalJson: string, plainText: string): string {
  const parsed = lexicalJson === '' ? null : parseLexical(lexicalJson)
  if (!parsed?.ok) return plainText.trim()
  const lines: string[] = []
  const walk = (nodes: readonly LexNode[], depth: number): void => {
    for (const n of nodes) {
      if (n.type === 'list' && Array.isArray(n.children)) {
        n.children.forEach((item, i) => {
          const nested = (item.children ?? []).filter((c) => c.type === 'list')
          const own = { ...item, children: (item.children ?? []).filter((c) => c.type !== 'list') }
          const mark = n.listType === 'number' ? `${Number(n.start ?? 1) + i}.` : '–'
          lines.push(`${'  '.repeat(depth)}${mark} ${inlineText(own)}`)
          walk(nested, depth + 1)
        })
      } else if (n.type === 'quote') {
        lines.push(`”${inlineText(n)}”`)
      } else {
        const text = inlineText(n)
        if (text.trim() !== '') lines.push(text)
      }
    }
  }
  walk(parsed.state.root.children ?? [], 0)
  return lines.join('\n').trim() || plainText.trim()
}

export function summaryPlainText(c: SummaryContent): string {
  const labels = SUMMARY_LABELS[c.language]
  const out: string[] = []
  const heading = (text: string): void => {
    out.push('', text.toLocaleUpperCase(c.language === 'sv' ? 'sv-SE' : 'en-GB'))
  }
  const sub = (text: string): void => {
    out.push('', text)
  }
  const item = (text: string): void => {
    out.push(`– ${text.replace(/\n+/g, ' ')}`)
  }
  out.push(summaryHeaderLine(c), '')
  out.push(summaryTitle(c))
  if (c.meeting.number !== null || (c.meeting.title && c.meeting.title !== c.workshopTitle)) out.push(c.workshopTitle)
  const facts = summaryFacts(c)
  if (facts) out.push(facts)
  out.push('', `${labels.lead} ${labels.leadCheck(formatLongDate(c.corrections.by, c.language))}`)
  if (c.changes) {
    heading(labels.changedSince(c.changes.since))
    out.push(labels.changedIntro)
    c.changes.items.forEach(item)
  }
  if (c.steps.length > 0) {
    heading(labels.did)
    for (const s of c.steps) item(s.question ? `${s.title}: ${s.question}` : s.title)
  }
  if (c.themes.length + c.votes.length + c.notes.length > 0) {
    heading(labels.found)
    for (const t of c.themes) {
      sub(t.happening ? `${t.title} (${labels.happening})` : t.title)
      for (const n of t.notes) item(n.happening ? `${n.text} (${labels.happening})` : n.text)
    }
    for (const v of c.votes) {
      sub(c.votes.length > 1 ? `${labels.votesHeading} (${v.title})` : labels.votesHeading)
      for (const l of v.lines) out.push(`${l.rank}. ${l.label.replace(/\n+/g, ' ')} – ${labels.votes(l.votes)}`)
      if (v.more > 0) out.push(`   … ${labels.moreVotes(v.more)}`)
    }
    if (c.notes.length > 0) {
      sub(labels.notes)
      for (const n of c.notes) out.push(notePlainText(n.lexicalJson, n.plainText))
    }
  }
  const next = nextMeetingLine(c)
  if (c.firstSteps.length + c.proposals.length + c.questions.length > 0 || next) {
    heading(labels.next)
    if (c.firstSteps.length > 0) {
      sub(labels.firstSteps)
      for (const s of c.firstSteps) item(firstStepLine(s))
    }
    if (c.proposals.length > 0) {
      sub(labels.proposals)
      for (const p of c.proposals) item(`${p.label}: ${p.text}`)
    }
    if (c.questions.length > 0) {
      sub(labels.questions)
      c.questions.forEach(item)
    }
    if (next) out.push('', next)
  }
  heading(labels.checkHeading)
  out.push(correctionsLine(c), labels.checkHow, '', labels.publicNote)
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`
}
