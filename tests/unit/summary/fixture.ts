import path from 'node:path'
import { afterEach } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import {
  clusterRow,
  countermeasureRow,
  lex,
  meetingRow,
  noteRow,
  phaseRow,
  SampleIds,
  stickyRow,
  voteRow,
  workshopRow
} from '../../../src/main/report/sample-build.ts'
import { emptyCollections } from '../../../src/main/core/demo.ts'
import type { ApiErrorBody } from '../../../src/shared/api/errors.ts'
import type { Sticky } from '../../../src/shared/domain/entities.ts'
import { FORMAT_NAME, FORMAT_VERSION, type WorkshopData } from '../../../src/shared/domain/interchange.ts'
import { lexicalPlainText, parseLexical } from '../../../src/shared/text/pii-lexical.ts'
import { tempDir } from '../../helpers/tmp.ts'

const cores: Core[] = []
afterEach(() => {
  while (cores.length) cores.pop()?.close()
})

/** 10 April 2025, 09:00 UTC: what the tests' exports are dated. */
export const TODAY_MS = Date.UTC(2025, 3, 10, 9, 0, 0)

export function newCore(clock: () => number = () => TODAY_MS): Core {
  const core = createCore({ dataDir: tempDir(), host: 'cli', clock })
  cores.push(core)
  return core
}

export async function failure(core: Core, method: string, input: unknown): Promise<ApiErrorBody> {
  const r = await core.invoke(method, input)
  if (r.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(r.value)}`)
  return r.error
}

/** A valid personnummer (the privacy tests use it too) and a signature written on a note. */
export const PNR = '811218-9876'
export const AUTHOR_LABEL = 'Signatur Qvist'
export const PNR_NOTE = `Ring mig om bostaden, mitt personnummer är ${PNR}`
/** A note a participant will ask to have corrected. */
export const WRONG = 'Busshållplatsen vid Fittja torg saknar belysning'
export const RIGHT = 'Busshållplatsen vid Fittja centrum saknar belysning'

const CAPTURED: [string, string | null][] = [
  [WRONG, 'light'],
  ['Gångtunneln under motorvägen är mörk och luktar illa', 'light'],
  ['Buskarna vid skolan skymmer sikten på kvällen', 'light'],
  ['Det är skräpigt runt återvinningen', 'light'],
  ['Gatlyktorna lagas för sällan', 'light'],
  ['Fler vuxna ute på kvällarna skulle kännas tryggt', 'meet'],
  ['Fritidsgården stänger klockan 20 på fredagar', 'meet'],
  ['Biblioteket är den enda platsen där alla möts', 'meet'],
  ['Vi saknar en träffpunkt för äldre', 'meet'],
  ['Det finns ingenstans att vara när det regnar', 'meet'],
  ['Ingen svarar när man ringer om trasiga lampor', 'contact'],
  ['Information kommer bara på svenska', 'contact'],
  ['Kommunen kommer hit bara när något har hänt', 'contact'],
  ['Vi vet inte vem vi ska vända oss till', 'contact'],
  ['Bussen går för sällan efter klockan 22', 'bus'],
  ['Pendeltåget är ofta inställt', 'bus'],
  ['Det är långt att gå till hållplatsen från Fittja gård', 'bus'],
  ['Jag känner mig trygg i mitt eget trapphus', null],
  ['Grannarna hjälper varandra', null],
  ['Polisen syns mest när det är stökigt', null]
]

function plain(json: string): string {
  const parsed = parseLexical(json)
  if (!parsed.ok) throw new Error(parsed.message)
  return lexicalPlainText(parsed.state)
}

/**
 * A research circle of three meetings. Meeting 2 is a typical evening: twenty notes in four
 * themes, a vote, first steps, the secretary's note and two questions to carry on, plus one note
 * with a personnummer and an author label that must never reach a participant.
 */
export function circle(): WorkshopData & { ids: { m1: string; m2: string; m3: string; pnrSticky: string; wrongSticky: string; capture: string; note: string } } {
  const ids = new SampleIds()
  const workshop = workshopRow(ids, {
    title: 'Trygghet i Fittja – forskarcirkel',
    methodId: 'ecar-circle',
    municipality: 'Botkyrka kommun',
    department: 'Kommunledningsförvaltningen',
    organiser: 'Sara Lind'
  })
  const m1 = meetingRow(ids, 1, 'Start och frågor', { date: '2025-03-13', place: 'Fittja bibliotek', participantCount: 9 })
  const m2 = meetingRow(ids, 2, 'Var känner vi oss trygga?', { date: '2025-04-10', place: 'Fittja bibliotek', participantCount: 8 })
  const m3 = meetingRow(ids, 3, 'Från erfarenheter till förslag', { date: '2025-05-08', place: 'Fittja centrum', status: 'planned' })
  const p11 = phaseRow(ids, m1, 1, 'capture', 'Våra frågor', 'Vad vill vi veta mer om?')
  const p21 = phaseRow(ids, m2, 1, 'inform', 'Välkomna tillbaka')
  const p22 = phaseRow(ids, m2, 2, 'capture', 'Egna erfarenheter', 'När känner du dig trygg eller otrygg i Fittja?')
  const p23 = phaseRow(ids, m2, 3, 'cluster', 'Gruppera')
  const p24 = phaseRow(ids, m2, 4, 'vote', 'Vad är viktigast?')
  const p25 = phaseRow(ids, m2, 5, 'reflect', 'Samtal', 'Vad tar vi med oss till nästa gång?')
  const p31 = phaseRow(ids, m3, 1, 'proposals', 'Förslag')
  for (const p of [p31]) p.state = 'pending'
  const clusters = {
    light: clusterRow(ids, p23, 1, 'Belysning och miljö'),
    meet: clusterRow(ids, p23, 2, 'Mötesplatser'),
    contact: clusterRow(ids, p23, 3, 'Kontakt med kommunen', true),
    bus: clusterRow(ids, p23, 4, 'Kollektivtrafik')
  }
  let pos = 0
  const stickies: Sticky[] = CAPTURED.map(([text, c]) =>
    stickyRow(ids, p22, ++pos, text, { clusterId: c ? clusters[c as keyof typeof clusters].id : null })
  )
  const pnrSticky = stickyRow(ids, p22, ++pos, PNR_NOTE, { authorLabel: AUTHOR_LABEL })
  stickies.push(pnrSticky, stickyRow(ids, p11, 1, 'Hur många känner sig otrygga?'))
  const votes = [
    voteRow(ids, p24, clusters.light, 'paper', 7),
    voteRow(ids, p24, clusters.meet, 'paper', 5),
    voteRow(ids, p24, clusters.contact, 'paper', 5),
    voteRow(ids, p24, clusters.bus, 'paper', 2),
    voteRow(ids, p24, stickies[18], 'paper', 1)
  ]
  const countermeasures = [
    countermeasureRow(ids, clusters.light, 1, 'Gå en trygghetsvandring med kommunen och bostadsbolaget', 'Samhällsbyggnadsförvaltningen', 'maj 2025'),
    countermeasureRow(ids, clusters.meet, 2, 'Fråga fritidsgården om längre öppettider på fredagar', 'Kultur- och fritidsförvaltningen', 'Före sommaren'),
    countermeasureRow(ids, clusters.contact, 3, 'Ta reda på hur felanmälan fungerar och berätta det på nästa träff', 'Cirkelledaren', 'Nästa träff')
  ]
  const noteJson = lex.state(
    lex.paragraph(lex.text('Samtalet var lugnt och många ville säga något. Flera tyckte att '), lex.text('mörkret', 1), lex.text(' är det största problemet på vintern.')),
    lex.paragraph(lex.text('Gruppen vill bjuda in någon från bostadsbolaget till en senare träff.')),
    lex.list('bullet', ['Belysningen kom upp oftast', 'Äldre och unga saknar olika saker'])
  )
  const note = noteRow(ids, m2, p25, noteJson, plain(noteJson))
  const data: WorkshopData = {
    ...emptyCollections(),
    workshop,
    meetings: [m1, m2, m3],
    phases: [p11, p21, p22, p23, p24, p25, p31],
    stickies,
    clusters: Object.values(clusters),
    votes,
    countermeasures,
    notes: [note],
    questions: [
      { id: ids.id('q'), meetingId: m2.id, text: 'Vem ansvarar för belysningen i gångtunneln?', resolved: false, position: 1 },
      { id: ids.id('q'), meetingId: m2.id, text: 'Kan bostadsbolaget komma på en träff?', resolved: false, position: 2 }
    ]
  }
  return { ...data, ids: { m1: m1.id, m2: m2.id, m3: m3.id, pnrSticky: pnrSticky.id, wrongSticky: stickies[0].id, capture: p22.id, note: note.id } }
}

/** The workshop as a real file, opened in the core the way the app imports one. */
export async function openCircle(core: Core): Promise<{ docId: string; data: ReturnType<typeof circle>; file: string }> {
  const data = circle()
  const { ids: _ids, ...rows } = data
  const file = path.join(tempDir(), 'fittja.medskapa')
  const json = { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, exportedAt: new Date(TODAY_MS).toISOString(), ...rows }
  const { docId } = await core.call('library.import', { json, path: file })
  return { docId, data, file }
}
