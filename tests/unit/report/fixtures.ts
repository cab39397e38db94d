import type { WorkshopData } from '../../../src/shared/domain/interchange.ts'
import { clusterRow, effectRow, lex, meetingRow, noteRow, phaseRow, proposalRow, responseRow, SampleIds, stickyRow, workshopRow, bodyRow } from '../../../src/main/report/sample-build.ts'
import { sanitizeText } from '../../../src/shared/text/sanitize.ts'

function empty(): Omit<WorkshopData, 'workshop'> {
  return {
    bodies: [],
    meetings: [],
    phases: [],
    stickies: [],
    clusters: [],
    votes: [],
    countermeasures: [],
    notes: [],
    effectRows: [],
    proposals: [],
    responses: [],
    feedback: [],
    knownNames: [],
    questions: [],
    summaries: [],
    corrections: [],
    settings: [],
    dismissals: []
  }
}

/** A workshop with a title and one meeting with one note: most sections have nothing to say. */
export function minimalWorkshop(): WorkshopData {
  const ids = new SampleIds()
  const m = meetingRow(ids, 1, 'Enda träffen', { date: '2025-01-20' })
  const p = phaseRow(ids, m, 1, 'capture', 'Skriv lappar')
  return {
    ...empty(),
    workshop: workshopRow(ids, { title: 'Liten workshop' }),
    meetings: [m],
    phases: [p],
    stickies: [stickyRow(ids, p, 1, 'En ensam lapp')]
  }
}

/** Every character XML 1.0 forbids, one by one, plus the ones it allows but people fear. */
export const CONTROL_CHARS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007F\uFFFE\uFFFF'

/** Strings that break documents built by string concatenation; each must print literally. */
export const NASTY = {
  controls: `före${CONTROL_CHARS}efter`,
  cdata: 'slut på CDATA ]]> och <![CDATA[ början',
  markup: '<w:p><w:r><w:t>injicerat</w:t></w:r></w:p>',
  entities: '&amp; &lt; &#0; &#x1F; &nbsp; & < > " \'',
  surrogates: `ensam hög \uD83D och låg \uDE42 halva`,
  formFeed: 'LaTeX \\frac blev\f ett sidbyte',
  rtlMixed: `Svenska först, sedan نحتاج إلى أماكن och 🙂 sist`,
  hebrew: 'שלום עולם',
  syriac: 'ܫܠܡܐ ܥܠܡܐ'
}

/** What a reader should see for a nasty string: the text as sanitised (control characters removed). */
export function shown(text: string): string {
  return sanitizeText(text)
}

export const LONG_TEXT = Array.from({ length: 12_500 }, (_, i) => `ord${i % 10}`).join(' ').slice(0, 100_000)

/** A workshop whose every text field is hostile: must still open in LibreOffice and print literally. */
export function nastyWorkshop(): WorkshopData {
  const ids = new SampleIds()
  const m = meetingRow(ids, 1, `Träff ${NASTY.markup}`, { date: '2025-01-20' })
  const p = phaseRow(ids, m, 1, 'capture', `Fas ${NASTY.cdata}`)
  const c = clusterRow(ids, p, 1, `Tema ${NASTY.entities}`)
  const body = bodyRow(ids, 1, `Nämnd ${NASTY.markup}`, 'N&<', { isReceiver: true })
  const proposal = proposalRow(ids, 1, `Förslag ${NASTY.controls}`, `Tema ${NASTY.cdata}`, [body])
  const note = lex.state(
    lex.paragraph(lex.text(NASTY.formFeed)),
    lex.paragraph(lex.link('https://example.org/?a=1&b="<x>"', 'länk med & och <')),
    lex.paragraph(lex.text(NASTY.surrogates))
  )
  return {
    ...empty(),
    workshop: workshopRow(ids, { title: `Titel ${NASTY.markup} ${NASTY.controls}`, purpose: NASTY.entities, commissionedBy: NASTY.cdata }),
    bodies: [body],
    meetings: [m],
    phases: [p],
    clusters: [c],
    stickies: Object.values(NASTY).map((text, i) => stickyRow(ids, p, i + 1, text, { clusterId: i % 2 === 0 ? c.id : null })),
    notes: [noteRow(ids, m, p, note, 'fallback'), noteRow(ids, m, null, '', LONG_TEXT)],
    effectRows: [effectRow(ids, 1, { goalArea: NASTY.markup, longTerm: NASTY.controls, activity: NASTY.rtlMixed })],
    proposals: [proposal],
    responses: [responseRow(ids, proposal, body, { decision: 'agreed', date: '2025-02-01', commitment: NASTY.cdata, responsible: NASTY.entities })],
    feedback: [{ id: ids.id('f'), date: null, channel: NASTY.hebrew, text: NASTY.syriac, createdAt: ids.now() }]
  }
}
