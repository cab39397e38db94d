import type { Setting, Sticky } from '../../shared/domain/entities.ts'
import type { WorkshopData } from '../../shared/domain/interchange.ts'
import { REPORT_HEADER_SETTING, type ReportHeader } from '../../shared/report/options.ts'
import { lexicalPlainText, parseLexical } from '../../shared/text/pii-lexical.ts'
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

// A full research circle in the spirit of Botkyrka's ECAR circles (seed S2) with a dystopia
// meeting in the Borås manner (seed S3): what the report tests and the look of the report are
// judged against. Texts mix Swedish, Arabic, Tigrinya and emoji, as real notes do.

export const SAMPLE_ARABIC = 'نحتاج إلى أماكن للقاء في الحي'
export const SAMPLE_TIGRINYA = 'ቋንቋና ባህልና ኣብ ቤት ትምህርቲ ክኽበር ኣለዎ'
export const SAMPLE_EMOJI_NOTE = 'Jag söker jobb med mitt riktiga namn och får aldrig svar 🙂 fast det inte är roligt'
export const SAMPLE_AUTHOR_LABEL = 'Grupp Ä'

function plain(json: string): string {
  const parsed = parseLexical(json)
  if (!parsed.ok) throw new Error(`sample note is not a valid editor state: ${parsed.message}`)
  return lexicalPlainText(parsed.state)
}

export function sampleWorkshop(): WorkshopData {
  const ids = new SampleIds()
  const workshop = workshopRow(ids, {
    title: 'Vardagsrasism i Botkyrka – forskarcirkel 2024',
    methodId: 'dystopia',
    purpose:
      'Att genom att involvera invånare undersöka ett nytt sätt att inhämta kunskap om hur diskriminering och rasism ser ut i Botkyrka.\n\nAtt få in kommuninvånarnas kunskap och erfarenheter av diskriminering och rasism i kommunens beslutsprocesser, samt i verksamheter som berörs av dessa frågor.',
    organiser: 'Mångkulturellt centrum',
    commissionedBy: 'Kommunstyrelsen',
    municipality: 'Botkyrka kommun',
    department: 'Kommunledningsförvaltningen',
    place: 'Alby, Fittja och Tumba',
    participationLevel: 'dialogue',
    participantInfoGivenAt: Date.UTC(2024, 8, 12, 16, 0, 0)
  })

  const ubn = bodyRow(ids, 1, 'Utbildningsnämnden', 'UBN', { isReceiver: true, answerBy: '2025-03-31' })
  const kfn = bodyRow(ids, 2, 'Kultur- och fritidsnämnden', 'KFN', { isReceiver: true, answerBy: '2025-03-31' })
  const sbn = bodyRow(ids, 3, 'Samhällsbyggnadsnämnden', 'SBN', { isReceiver: true, answerBy: '2025-02-28' })
  const von = bodyRow(ids, 4, 'Vård- och omsorgsnämnden', 'VON', { isReceiver: true, answerBy: '2025-03-31' })
  const klf = bodyRow(ids, 5, 'Kommunledningsförvaltningen', 'KLF', { kind: 'forvaltning' })
  const bb = bodyRow(ids, 6, 'Botkyrkabyggen', 'BB', { kind: 'bolag' })
  const bodies = [ubn, kfn, sbn, von, klf, bb]

  const m1 = meetingRow(ids, 1, 'Erfarenheter av diskriminering', { date: '2024-09-12', place: 'Alby bibliotek', participantCount: 11 })
  const m2 = meetingRow(ids, 2, 'Hur gör vi för att misslyckas?', { date: '2024-10-10', place: 'Fittja centrum', participantCount: 12 })
  const m3 = meetingRow(ids, 3, 'Från analys till rekommendationer', { date: '2024-11-14', place: 'Tumba kulturhus', participantCount: 10 })

  const p11 = phaseRow(ids, m1, 1, 'inform', 'Välkommen och cirkelns syfte')
  const p12 = phaseRow(ids, m1, 2, 'capture', 'Egna erfarenheter', 'Var har du mött diskriminering i vardagen?')
  const p13 = phaseRow(ids, m1, 3, 'cluster', 'Gruppera erfarenheterna')
  const p14 = phaseRow(ids, m1, 4, 'reflect', 'Reflektion')
  const p21 = phaseRow(ids, m2, 1, 'capture', 'Skapa dystopin', 'Hur ska vi göra om vi vill misslyckas med integrationen?')
  const p22 = phaseRow(ids, m2, 2, 'cluster', 'Gruppera')
  const p23 = phaseRow(ids, m2, 3, 'vote', 'Prioritera')
  const p24 = phaseRow(ids, m2, 4, 'invert', 'Vänd till första steg')
  const p31 = phaseRow(ids, m3, 1, 'effect_chain', 'Effektkedja')
  const p32 = phaseRow(ids, m3, 2, 'proposals', 'Rekommendationer')
  const p33 = phaseRow(ids, m3, 3, 'free_notes', 'Anteckningar')
  const phases = [p11, p12, p13, p14, p21, p22, p23, p24, p31, p32, p33]

  // Meeting 1: experiences, grouped into themes.
  const cMeet = clusterRow(ids, p13, 1, 'Mötesplatser')
  const cSchool = clusterRow(ids, p13, 2, 'Skolan')
  const cWork = clusterRow(ids, p13, 3, 'Arbete och språk')
  let pos = 0
  const s = (phase: typeof p12, text: string, fields: Partial<Sticky> = {}): Sticky => stickyRow(ids, phase, ++pos, text, fields)
  const stickies: Sticky[] = [
    s(p12, 'Det finns för få platser där unga från olika områden möts', { clusterId: cMeet.id }),
    s(p12, SAMPLE_ARABIC, { clusterId: cMeet.id, colour: 'blue' }),
    s(p12, 'Fritidsgården i Alby stänger för tidigt på helgerna', { clusterId: cMeet.id, authorLabel: SAMPLE_AUTHOR_LABEL }),
    s(p12, 'Lärare har lägre förväntningar på elever med utländsk bakgrund', { clusterId: cSchool.id }),
    s(p12, 'Min dotter flyttades till en annan grupp utan förklaring', { clusterId: cSchool.id }),
    s(p12, SAMPLE_TIGRINYA, { clusterId: cSchool.id, colour: 'green' }),
    s(p12, SAMPLE_EMOJI_NOTE, { clusterId: cWork.id }),
    s(p12, 'Språkkunskaper borde vara en merit vid anställning i kommunen', { clusterId: cWork.id }),
    s(p12, 'Bussen till Tumba går för sällan på kvällen'),
    s(p12, 'Väntar på moderering – ska inte synas', { status: 'inbox' }),
    s(p12, 'Borttagen lapp – ska inte synas', { status: 'removed' }),
    s(p14, 'Det var första gången någon från kommunen frågade mig')
  ]

  // Meeting 2: the dystopia exercise, voted on and turned into first steps.
  const cHousing = clusterRow(ids, p22, 1, 'Segregerat boende', true)
  const d1 = s(p21, 'Stänga fritidsgårdar och skolor')
  const d2 = s(p21, 'Anställa bara folk som liknar oss själva', { happening: true })
  const d3 = s(p21, 'Aldrig fråga invånarna vad de tycker')
  const d4 = s(p21, 'Informera bara på svenska', { happening: true })
  const d5 = s(p21, 'Bygga bara hyresrätter i vissa områden', { clusterId: cHousing.id })
  const d6 = s(p21, 'Sluta underhålla fastigheterna', { clusterId: cHousing.id })
  stickies.push(d1, d2, d3, d4, d5, d6)
  const votes = [
    voteRow(ids, p23, d2, 'paper', 7),
    voteRow(ids, p23, d2, 'device-3f9a', 2),
    voteRow(ids, p23, d4, 'paper', 6),
    voteRow(ids, p23, cHousing, 'paper', 6),
    voteRow(ids, p23, d1, 'paper', 3),
    voteRow(ids, p23, d3, 'device-77c1', 1)
  ]
  const countermeasures = [
    countermeasureRow(ids, d1, 1, 'Behåll öppettiderna på fritidsgårdarna under helger', 'Kultur- och fritidsförvaltningen', '2025'),
    countermeasureRow(ids, d2, 2, 'Pröva anonymiserad rekrytering i kommunens egna verksamheter', 'Kommunledningsförvaltningen', 'Våren 2025'),
    countermeasureRow(ids, d3, 3, 'Forskarcirklar i varje kommundel, med svar från nämnderna', 'Mångkulturellt centrum', 'Löpande'),
    countermeasureRow(ids, d4, 4, 'Information om verksamheten på flera språk', 'Vård- och omsorgsförvaltningen', '2025'),
    countermeasureRow(ids, cHousing, 5, 'Blandade upplåtelseformer vid nybyggnation', 'Samhällsbyggnadsförvaltningen', '2026')
  ]

  const reflection = lex.state(
    lex.heading('h1', 'Vad vi hörde i rummet'),
    lex.paragraph(lex.text('Flera deltagare berättade att '), lex.text('ingen hade frågat dem förut', 1), lex.text('. Samtalet var '), lex.text('lugnt och öppet', 2), lex.text('.')),
    lex.list('bullet', ['Mötesplatser saknas för unga', 'Skolan upplevs som ojämlik', 'Språk är en resurs som inte tas till vara']),
    lex.quote('Vi får inte grepp om hela problembilden om vi inte frågar invånarna om deras erfarenheter.'),
    lex.paragraph(lex.text('Mer om metoden finns på '), lex.link('https://www.botkyrka.se', 'kommunens webbplats'), lex.text('.'))
  )
  const freeNotes = lex.state(
    lex.heading('h2', 'Nästa steg'),
    lex.list('number', ['Skicka rekommendationerna till nämnderna', 'Boka återträff när svaren har kommit', 'Sammanfatta för deltagarna på flera språk']),
    lex.paragraph(lex.text(SAMPLE_ARABIC)),
    lex.paragraph(lex.text('Stämningen var god 🙂 och alla ville fortsätta.'))
  )
  const notes = [noteRow(ids, m1, p14, reflection, plain(reflection)), noteRow(ids, m3, p33, freeNotes, plain(freeNotes))]

  const goalA = 'Mötesplatser och fritid'
  const goalB = 'Arbete och kompetens'
  const longA = 'I Botkyrka ska unga från alla kommundelar ha platser att mötas'
  const longB = 'I Botkyrka ska kommunens anställda spegla befolkningen'
  const effectRows = [
    effectRow(ids, 1, { goalArea: goalA, longTerm: longA, shortTerm: 'Fler unga besöker mötesplatser utanför sin egen kommundel', output: 'Plan för öppettider och gemensamma aktiviteter', activity: 'Kartlägga öppettider och besök på fritidsgårdarna', responsibleIds: [kfn.id], time: '2025', resources: 'Inom befintlig ram', collabNow: 'coordinated', collabNeeded: 'cooperation' }),
    effectRow(ids, 2, { goalArea: goalA, longTerm: longA, shortTerm: 'Ökad kunskap om ungas behov', output: 'Enkätresultat per kommundel', activity: 'Genomföra enkät med unga i Alby, Fittja och Tumba', responsibleIds: [kfn.id, ubn.id] }),
    effectRow(ids, 3, { goalArea: goalB, longTerm: longB, shortTerm: 'Fler sökande med utländsk bakgrund går vidare till intervju', output: 'Beslutsförslag om anonymiserad rekrytering', activity: 'Pilottesta anonymiserad rekrytering i två förvaltningar', responsibleIds: [klf.id], time: '2025–2026', resources: '0,5 årsarbetare' }),
    effectRow(ids, 4, { goalArea: goalB, longTerm: longB, shortTerm: 'Chefer känner igen vardagsrasism', output: 'Utbildningsprogram för chefer', activity: 'Utbilda chefer i vardagsrasism', responsibleIds: [klf.id, ubn.id, bb.id] })
  ]

  const r1 = proposalRow(ids, 1, 'Kultur- och fritidsnämnden och Utbildningsnämnden bör tillsammans utveckla befintliga mötesplatser så att unga från olika kommundelar möts, och hålla fritidsgårdarna öppna på helgerna.', 'Mötesplatser', [kfn, ubn])
  const r2 = proposalRow(ids, 2, 'Utbildningsnämnden bör se till att varje skola har en plan mot diskriminering som tas fram tillsammans med elever och föräldrar.', 'Skolan', [ubn])
  const r3 = proposalRow(ids, 3, 'Kunskaper i andra språk än svenska bör vara meriterande vid anställning, och information om verksamheten bör finnas på flera språk.', 'Språk', [sbn, von])
  const r4 = proposalRow(ids, 4, 'Kommunen bör utveckla indikatorer som visar hur olika grupper har det, i samarbete med antidiskrimineringsbyrån i Alby.', 'Indikatorer', [])
  const r5 = proposalRow(ids, 5, 'Blanda upplåtelseformer vid nybyggnation i Alby och Fittja.', 'Boende', [sbn], { kind: 'proposal' })
  const responses = [
    responseRow(ids, r1, kfn, { date: '2025-02-20', decision: 'agreed', commitment: 'Från och med 2025 finns ett särskilt rörligt bidrag för samarbete över förenings- och kommundelsgränser.', responsible: 'Kultur- och fritidsförvaltningen', due: '2025' }),
    responseRow(ids, r1, ubn, { date: '2025-03-05', decision: 'partly', commitment: 'Skolorna deltar i planeringen men har inte resurser för att hålla öppet på helger.', responsible: 'Utbildningsförvaltningen', due: 'HT 2025' }),
    responseRow(ids, r2, ubn, { date: '2025-03-05', decision: 'agreed', commitment: 'En plan mot diskriminering och kränkande behandling ska göras inom varje verksamhet.', responsible: 'Rektorerna', due: '2025-08-15' }),
    responseRow(ids, r3, von, { date: '2025-03-12', decision: 'agreed', commitment: 'Förvaltningen tar fram information om verksamheten på ett antal olika språk.', responsible: 'Vård- och omsorgsförvaltningen', due: '2025' }),
    responseRow(ids, r3, sbn, { decision: 'not_answered' })
  ]

  const feedback = [
    { id: ids.id('f'), date: '2025-04-02', channel: 'Återträff i Alby', text: 'Cirkeldeltagarna fick ta del av nämndernas svar och diskuterade vad som händer härnäst.', createdAt: ids.now() },
    { id: ids.id('f'), date: '2025-04-15', channel: 'Brev på svenska och arabiska', text: `Sammanfattning av svaren skickades till alla deltagare. ${SAMPLE_ARABIC}`, createdAt: ids.now() }
  ]

  const header: Partial<ReportHeader> = {
    diarienummer: 'KS/2024:279',
    handlaggare: 'Sara Lind',
    date: '2025-04-10',
    summary:
      'Tre forskarcirkelträffar i Alby, Fittja och Tumba samlade invånarnas erfarenheter av vardagsrasism. Cirkeln lämnar rekommendationer till fyra nämnder om mötesplatser, skolan, språk och boende.'
  }
  const settings: Setting[] = [{ id: REPORT_HEADER_SETTING, valueJson: JSON.stringify(header) }]

  return {
    workshop,
    bodies,
    meetings: [m1, m2, m3],
    phases,
    stickies,
    clusters: [cMeet, cSchool, cWork, cHousing],
    votes,
    countermeasures,
    notes,
    effectRows,
    proposals: [r1, r2, r3, r4, r5],
    responses,
    feedback,
    knownNames: [],
    questions: [{ id: ids.id('q'), meetingId: m1.id, text: 'Hur mäter kommunen diskriminering i dag?', resolved: false, position: 1 }],
    summaries: [],
    corrections: [],
    settings,
    dismissals: []
  }
}
