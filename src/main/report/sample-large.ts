import type { Body, Cluster, Countermeasure, Note, Phase, Sticky, Vote } from '../../shared/domain/entities.ts'
import type { WorkshopData } from '../../shared/domain/interchange.ts'
import { lexicalPlainText, parseLexical } from '../../shared/text/pii-lexical.ts'
import { prng } from '../../shared/prng.ts'
import {
  bodyRow,
  clusterRow,
  countermeasureRow,
  effectRow,
  lex,
  meetingRow,
  noteRow,
  phaseRow,
  proposalRow,
  responseRow,
  SampleIds,
  stickyRow,
  voteRow,
  workshopRow
} from './sample-build.ts'

// The benchmark workshop (DESIGN.md budgets): 6 meetings, 2,000 notes in 60 clusters and about
// 100 pages of meeting notes, from a seeded generator so every run builds the same report.

const WORDS = (
  'kommunen invånarna mötesplats skolan fritidsgården biblioteket trygghet delaktighet förtroende språk arbete ' +
  'bostad grannar föreningar ungdomar föräldrar lärare bussen kvällen helgen information dialog samverkan ' +
  'förvaltningen nämnden ansvar uppföljning resurser behov erfarenhet diskriminering rasism vardag framtid ' +
  'området centrum parken idrott kultur hälsa ekonomi utbildning praktik sommarjobb mentor ledare möte ' +
  'behöver saknar önskar tycker upplever berättar föreslår vill kan borde ska måste ofta sällan alltid ' +
  'aldrig mer mindre bättre sämre viktigt svårt enkelt nytt gammalt öppet stängt nära långt'
).split(' ')

const THEMES = ['Mötesplatser', 'Skolan', 'Arbete', 'Språk', 'Boende', 'Trygghet', 'Fritid', 'Information', 'Hälsa', 'Delaktighet']

function sentence(rand: () => number, min: number, max: number): string {
  const n = min + Math.floor(rand() * (max - min + 1))
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)])
  const s = words.join(' ')
  return `${s[0].toLocaleUpperCase('sv')}${s.slice(1)}.`
}

/**
 * A big workshop for the report benchmark. `scale` 1 gives 6 meetings, 2,000 notes, 60 clusters
 * and ~50,000 words of meeting notes (about 100 pages).
 */
export function largeSample(scale = 1, seed = 2024): WorkshopData {
  const rand = prng(seed)
  const ids = new SampleIds()
  const workshop = workshopRow(ids, {
    title: 'Socialt hållbar kommun – dialogserie',
    methodId: 'dystopia',
    purpose: sentence(rand, 25, 40),
    commissionedBy: 'Kommunstyrelsen',
    municipality: 'Borås Stad',
    department: 'Stadsledningskansliet',
    participationLevel: 'dialogue'
  })
  const bodies: Body[] = ['Grundskolenämnden GRUN', 'Fritids- och folkhälsonämnden FOFN', 'Samhällsbyggnadsnämnden SBN', 'Arbetslivsnämnden ALN', 'Sociala omsorgsnämnden SON', 'Tekniska nämnden TN'].map(
    (s, i) => {
      const abbr = s.split(' ').at(-1) as string
      return bodyRow(ids, i + 1, s.slice(0, -abbr.length - 1), abbr, { isReceiver: true, answerBy: '2025-06-30' })
    }
  )
  const meetings = Array.from({ length: 6 }, (_, i) =>
    meetingRow(ids, i + 1, `Dialog ${i + 1}: ${THEMES[i]}`, { date: `2024-${String(3 + i).padStart(2, '0')}-15`, place: 'Stadshuset', participantCount: 20 + Math.floor(rand() * 30) })
  )
  const phases: Phase[] = []
  const stickies: Sticky[] = []
  const clusters: Cluster[] = []
  const notes: Note[] = []
  const votes: Vote[] = []
  const countermeasures: Countermeasure[] = []
  const stickiesPerMeeting = Math.round((2000 * scale) / meetings.length)
  const clustersPerMeeting = Math.max(1, Math.round((60 * scale) / meetings.length))
  const wordsPerMeeting = Math.round((50_000 * scale) / meetings.length)
  for (const m of meetings) {
    const capture = phaseRow(ids, m, 1, 'capture', 'Skriv lappar')
    const cluster = phaseRow(ids, m, 2, 'cluster', 'Gruppera')
    const vote = phaseRow(ids, m, 3, 'vote', 'Prioritera')
    const invert = phaseRow(ids, m, 4, 'invert', 'Vänd till första steg')
    const free = phaseRow(ids, m, 5, 'free_notes', 'Anteckningar')
    phases.push(capture, cluster, vote, invert, free)
    const own = Array.from({ length: clustersPerMeeting }, (_, i) => clusterRow(ids, cluster, i + 1, `${THEMES[i % THEMES.length]} ${i + 1}`))
    clusters.push(...own)
    for (let i = 0; i < stickiesPerMeeting; i++) {
      const c = rand() < 0.9 ? own[Math.floor(rand() * own.length)] : null
      stickies.push(stickyRow(ids, capture, i + 1, sentence(rand, 4, 14), { clusterId: c?.id ?? null, happening: rand() < 0.1 }))
    }
    own.forEach((c, i) => {
      votes.push(voteRow(ids, vote, c, 'paper', Math.floor(rand() * 12)))
      if (i < 3) countermeasures.push(countermeasureRow(ids, c, i + 1, sentence(rand, 6, 12), 'Förvaltningen', '2025'))
    })
    const blocks: Record<string, unknown>[] = []
    let words = 0
    while (words < wordsPerMeeting) {
      if (blocks.length % 12 === 0) blocks.push(lex.heading('h2', sentence(rand, 2, 5).slice(0, -1)))
      if (blocks.length % 7 === 3) {
        const items = Array.from({ length: 4 }, () => sentence(rand, 5, 12))
        blocks.push(lex.list('bullet', items))
        words += items.join(' ').split(' ').length
      } else {
        const text = Array.from({ length: 5 }, () => sentence(rand, 8, 20)).join(' ')
        blocks.push(lex.paragraph(lex.text(text)))
        words += text.split(' ').length
      }
    }
    const json = lex.state(...blocks)
    const parsed = parseLexical(json)
    notes.push(noteRow(ids, m, free, json, parsed.ok ? lexicalPlainText(parsed.state) : ''))
  }
  const effectRows = Array.from({ length: Math.round(40 * scale) }, (_, i) =>
    effectRow(ids, i + 1, {
      goalArea: THEMES[i % 4],
      longTerm: sentence(rand, 6, 12),
      shortTerm: sentence(rand, 4, 10),
      output: sentence(rand, 3, 8),
      activity: sentence(rand, 4, 10),
      responsibleIds: [bodies[i % bodies.length].id, bodies[(i + 2) % bodies.length].id],
      time: '2025'
    })
  )
  const proposals = Array.from({ length: Math.round(30 * scale) }, (_, i) =>
    proposalRow(ids, i + 1, sentence(rand, 15, 35), THEMES[i % THEMES.length], [bodies[i % bodies.length], bodies[(i + 1) % bodies.length]])
  )
  const responses = proposals.flatMap((p, i) =>
    i % 3 === 2
      ? []
      : [responseRow(ids, p, bodies[i % bodies.length], { date: '2025-05-20', decision: i % 2 ? 'partly' : 'agreed', commitment: sentence(rand, 10, 25), responsible: 'Förvaltningschefen', due: '2025' })]
  )
  return {
    workshop,
    bodies,
    meetings,
    phases,
    stickies,
    clusters,
    votes,
    countermeasures,
    notes,
    effectRows,
    proposals,
    responses,
    feedback: [],
    knownNames: [],
    questions: [],
    summaries: [],
    corrections: [],
    settings: [],
    dismissals: []
  }
}
