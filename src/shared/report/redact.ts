import type { WorkshopData } from '../domain/interchange.ts'
import type { Language } from '../domain/enums.ts'
import { detectPersonalData, emptyPseudonymMap, pseudonymise, type KnownNameRef, type PiiKind, type PseudonymMap } from '../text/pii.ts'
import { lexicalText, parseLexical, replaceInLexical } from '../text/pii-lexical.ts'
import { sanitizeText } from '../text/sanitize.ts'

export { PSEUDONYM_SETTING, savedPseudonyms } from '../text/pseudonyms.ts'

/** Where a piece of text the report prints comes from, so the dialog can point at it. */
export interface TextSource {
  entity: 'workshop' | 'meeting' | 'phase' | 'sticky' | 'cluster' | 'countermeasure' | 'note' | 'effectRow' | 'proposal' | 'response' | 'feedback' | 'question' | 'header'
  id: string
  field: string
}

export interface ReportHit {
  kind: PiiKind
  match: string
  /** The words around the find, so a person can judge it without opening the note. */
  excerpt: string
  source: TextSource
}

const EXCERPT = 40

function excerptOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT)
  const to = Math.min(text.length, end + EXCERPT)
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ').trim()
}

/**
 * Finds personal data in the report's texts and, when asked, replaces it. One pseudonym map
 * serves the whole report, so "Anna" is "Deltagare A" in every note that mentions her.
 */
export class Redactor {
  readonly hits: ReportHit[] = []
  #map: PseudonymMap = emptyPseudonymMap()
  readonly #names: KnownNameRef[]
  readonly #replace: boolean
  readonly #language: Language

  /** `pseudonyms`: the workshop's saved map, so a person has the same pseudonym in the app and the report. */
  constructor(knownNames: readonly KnownNameRef[], replace: boolean, language: Language, pseudonyms: PseudonymMap = emptyPseudonymMap()) {
    this.#names = [...knownNames]
    this.#replace = replace
    this.#language = language
    this.#map = pseudonyms
  }

  /** The pseudonym map as it stands now, with any names replaced so far (to save it for next time). */
  get pseudonyms(): PseudonymMap {
    return this.#map
  }

  /** The text as the report prints it; every find is recorded in `hits`. */
  text(value: string, source: TextSource): string {
    const clean = sanitizeText(value)
    const found = detectPersonalData(clean, { knownNames: this.#names })
    if (found.length === 0) return clean
    for (const h of found) this.hits.push({ kind: h.kind, match: h.match, excerpt: excerptOf(clean, h.start, h.end), source })
    if (!this.#replace) return clean
    const r = pseudonymise(clean, found, 'pseudonym', { language: this.#language, map: this.#map })
    this.#map = r.map
    return r.text
  }

  /**
   * A note's Lexical state with the finds replaced inside its text nodes, so formatting survives;
   * the plain text is redacted alongside for the fallback. An unreadable state is left for the
   * renderer to fall back on the (redacted) plain text.
   */
  note(lexicalJson: string, plainText: string, id: string): { lexicalJson: string; plainText: string } {
    const plain = this.text(plainText, { entity: 'note', id, field: 'plainText' })
    // Nothing to replace: the renderer reads the state as it is (and falls back on the plain text).
    if (!this.#replace || plain === sanitizeText(plainText)) return { lexicalJson, plainText: plain }
    const parsed = parseLexical(lexicalJson)
    if (!parsed.ok) return { lexicalJson: '', plainText: plain }
    const { text } = lexicalText(parsed.state)
    const found = detectPersonalData(text, { knownNames: this.#names })
    // Back to front, so earlier positions stay valid while later ones are replaced.
    const ordered = [...found].sort((a, b) => b.start - a.start)
    for (const h of ordered) {
      const r = pseudonymise(h.match, [{ ...h, start: 0, end: h.match.length }], 'pseudonym', { language: this.#language, map: this.#map })
      this.#map = r.map
      replaceInLexical(parsed.state, h.start, h.end, r.text)
    }
    return { lexicalJson: JSON.stringify(parsed.state), plainText: plain }
  }
}

/**
 * The workshop as the report may print it: author labels gone unless chosen, and every text the
 * report prints passed through the redactor (which records finds, and replaces them when asked).
 * Public facts (names of nämnder, the municipality, the handläggare) are not personal data here.
 */
export function redactWorkshop(data: WorkshopData, r: Redactor, includeAuthorLabels: boolean): WorkshopData {
  const w = data.workshop
  return {
    ...data,
    workshop: {
      ...w,
      title: r.text(w.title, { entity: 'workshop', id: w.id, field: 'title' }),
      purpose: r.text(w.purpose, { entity: 'workshop', id: w.id, field: 'purpose' }),
      commissionedBy: r.text(w.commissionedBy, { entity: 'workshop', id: w.id, field: 'commissionedBy' }),
      anchoringOverride: w.anchoringOverride === null ? null : r.text(w.anchoringOverride, { entity: 'workshop', id: w.id, field: 'anchoringOverride' })
    },
    meetings: data.meetings.map((m) => ({ ...m, title: r.text(m.title, { entity: 'meeting', id: m.id, field: 'title' }) })),
    phases: data.phases.map((p) => ({ ...p, title: r.text(p.title, { entity: 'phase', id: p.id, field: 'title' }) })),
    stickies: data.stickies
      .filter((s) => s.status === 'board')
      .map((s) => ({
        ...s,
        text: r.text(s.text, { entity: 'sticky', id: s.id, field: 'text' }),
        authorLabel: includeAuthorLabels && s.authorLabel ? r.text(s.authorLabel, { entity: 'sticky', id: s.id, field: 'authorLabel' }) : null
      })),
    clusters: data.clusters.map((c) => ({ ...c, title: r.text(c.title, { entity: 'cluster', id: c.id, field: 'title' }) })),
    countermeasures: data.countermeasures.map((c) => ({
      ...c,
      text: r.text(c.text, { entity: 'countermeasure', id: c.id, field: 'text' }),
      owner: r.text(c.owner, { entity: 'countermeasure', id: c.id, field: 'owner' }),
      due: r.text(c.due, { entity: 'countermeasure', id: c.id, field: 'due' })
    })),
    notes: data.notes.map((n) => ({ ...n, ...r.note(n.lexicalJson, n.plainText, n.id) })),
    effectRows: data.effectRows.map((e) => {
      const f = (field: 'goalArea' | 'longTerm' | 'shortTerm' | 'output' | 'activity' | 'time' | 'resources'): string =>
        r.text(e[field], { entity: 'effectRow', id: e.id, field })
      return { ...e, goalArea: f('goalArea'), longTerm: f('longTerm'), shortTerm: f('shortTerm'), output: f('output'), activity: f('activity'), time: f('time'), resources: f('resources') }
    }),
    proposals: data.proposals.map((p) => ({
      ...p,
      text: r.text(p.text, { entity: 'proposal', id: p.id, field: 'text' }),
      theme: r.text(p.theme, { entity: 'proposal', id: p.id, field: 'theme' })
    })),
    responses: data.responses.map((x) => ({
      ...x,
      commitment: r.text(x.commitment, { entity: 'response', id: x.id, field: 'commitment' }),
      responsible: r.text(x.responsible, { entity: 'response', id: x.id, field: 'responsible' }),
      due: r.text(x.due, { entity: 'response', id: x.id, field: 'due' })
    })),
    feedback: data.feedback.map((f) => ({
      ...f,
      channel: r.text(f.channel, { entity: 'feedback', id: f.id, field: 'channel' }),
      text: r.text(f.text, { entity: 'feedback', id: f.id, field: 'text' })
    })),
    questions: data.questions.map((q) => ({ ...q, text: r.text(q.text, { entity: 'question', id: q.id, field: 'text' }) })),
    // Never printed; dropped so no section can reach them by accident.
    knownNames: []
  }
}
