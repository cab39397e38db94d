// The workshop the views tour walks through: one dystopia exercise, in Swedish or in English,
// filled through the API with everything a facilitator would have by the end of it (notes,
// groups, "already happening", first steps, a revealed vote, an effect chain, recommendations,
// answers, notes in the editor and two phone notes waiting in the inbox). The phases a dystopia
// lacks (recommendations, answers, free notes) are added at the end of its meeting.

type Api = <T = unknown>(method: string, input?: unknown) => Promise<T>
export type Language = 'sv' | 'en'

interface Phase {
  id: string
  kind: string
  title: string
  position: number
}

const TEXT = {
  sv: {
    title: 'Trygghet i Alby – träff 2',
    capture: 'Vad gör att du känner dig otrygg i Alby?',
    notes: [
      'Bussen slutar gå klockan sju på kvällen',
      'Ingen belysning i gångtunneln vid skolan',
      'Fritids stänger tidigt och barnen är ensamma i flera timmar',
      'الحافلة لا تأتي بعد الساعة السابعة',
      'Ungdomsgården har lagts ner och de unga samlas i trapphusen, så grannarna blir oroliga och ringer polisen',
      'Ingen vuxen finns på torget',
      'Föräldrar känner inte varandra',
      'Vi vet inte vem vi ska ringa',
      'Biblioteket har kortare öppettider 📚'
    ],
    clusters: ['Kollektivtrafiken på kvällen', 'Otrygga platser', 'Inget att göra för unga', 'Vi känner inte varandra'],
    measures: [
      ['Be tekniska förvaltningen sätta upp belysning', 'Tekniska', 'maj'],
      ['Öppna skolans idrottshall på fredagskvällar', 'Fritid', 'hösten']
    ],
    bodies: [
      ['Tekniska nämnden', 'TN'],
      ['Kultur- och fritidsnämnden', 'KFN']
    ],
    rows: [
      ['Trygghet', 'Fler känner sig trygga ute på kvällen', 'Gångtunneln är upplyst', 'Ny belysning', 'Belysa gångtunneln vid skolan', '2026'],
      ['Trygghet', 'Unga har en plats att vara på', 'Idrottshallen är öppen fredagar', 'Fredagsöppet', 'Öppna idrottshallen på fredagskvällar med fritidsledare', 'Hösten 2026']
    ],
    proposals: [
      ['Belys alla gångtunnlar i Alby före vintern', 'Trygghet'],
      ['Öppna skolans lokaler för unga på kvällar och helger', 'Unga']
    ],
    answers: ['Vi belyser två tunnlar i år', 'Fredagar från hösten'],
    proposalsPhase: ['Rekommendationer', 'Vad rekommenderar vi nämnderna?'],
    responsesPhase: ['Svar från nämnderna', 'Vad svarade nämnderna?'],
    notesPhase: ['Anteckningar', 'Vad tar vi med oss till nästa träff?'],
    meetingNote: ['Gruppen var överens om att belysningen är viktigast.', 'Nästa gång: bjud in fritidsgården och tekniska förvaltningen.'],
    phaseNote: 'Nästa gång börjar vi med svaren från tekniska nämnden.',
    inbox: ['Lampan vid busshållplatsen är trasig sedan i höstas', 'لا أشعر بالأمان في الحديقة بعد حلول الظلام']
  },
  en: {
    title: 'Safety in Alby – meeting 2',
    capture: 'What makes you feel unsafe in Alby?',
    notes: [
      'The bus stops running at seven in the evening',
      'No lighting in the underpass by the school',
      'After-school care closes early and children are alone for hours',
      'الحافلة لا تأتي بعد الساعة السابعة',
      'The youth centre has closed and young people gather in the stairwells, so neighbours worry and call the police',
      'No adult is around in the square',
      'Parents do not know each other',
      'We do not know whom to call',
      'The library has shorter opening hours 📚'
    ],
    clusters: ['Evening buses', 'Unsafe places', 'Nothing to do for young people', 'We do not know each other'],
    measures: [
      ['Ask the technical department to put up lighting', 'Technical', 'May'],
      ['Open the school sports hall on Friday evenings', 'Leisure', 'autumn']
    ],
    bodies: [
      ['Technical committee', 'TC'],
      ['Culture and leisure committee', 'CLC']
    ],
    rows: [
      ['Safety', 'More people feel safe outside in the evening', 'The underpass is lit', 'New lighting', 'Light the underpass by the school', '2026'],
      ['Safety', 'Young people have a place to be', 'The sports hall is open on Fridays', 'Open on Fridays', 'Open the sports hall on Friday evenings with youth workers', 'Autumn 2026']
    ],
    proposals: [
      ['Light every underpass in Alby before winter', 'Safety'],
      ['Open school premises to young people in the evenings and at weekends', 'Young people']
    ],
    answers: ['We will light two underpasses this year', 'Fridays from the autumn'],
    proposalsPhase: ['Recommendations', 'What do we recommend to the committees?'],
    responsesPhase: ['Answers from the committees', 'What did the committees answer?'],
    notesPhase: ['Notes', 'What do we take with us to the next meeting?'],
    meetingNote: ['The group agreed that lighting matters most.', 'Next time: invite the youth centre and the technical department.'],
    phaseNote: 'Next time we start with the answers from the technical committee.',
    inbox: ['The lamp at the bus stop has been broken since the autumn', 'لا أشعر بالأمان في الحديقة بعد حلول الظلام']
  }
} as const

/** A Lexical editor state of plain paragraphs, as the notes editor saves it. */
function lexical(paragraphs: readonly string[]): string {
  const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
  const paragraph = (t: string) => ({ type: 'paragraph', children: [text(t)], direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' })
  return JSON.stringify({ root: { type: 'root', children: paragraphs.map(paragraph), direction: null, format: '', indent: 0, version: 1 } })
}

export interface TourWorkshop {
  docId: string
  path: string
  title: string
  /** Phase ids by kind (the first of each kind). */
  phase(kind: string): string
  phaseTitle(kind: string): string
  goTo(kind: string): Promise<void>
  /** The phones' join address with the code, and the address to type the code at. */
  join: { url: string; typeUrl: string }
}

export async function seedTour(api: Api, language: Language): Promise<TourWorkshop> {
  const x = TEXT[language]
  const { docId, path } = await api<{ docId: string; path: string }>('library.create', { title: x.title, methodId: 'dystopia', language })
  const first = (await api<{ data: { meetings: Array<{ id: string }> } }>('workshop.get', { docId })).data
  const meetingId = first.meetings[0].id
  await api('phase.add', { docId, meetingId, kind: 'proposals', title: x.proposalsPhase[0], prompt: x.proposalsPhase[1] })
  await api('phase.add', { docId, meetingId, kind: 'responses', title: x.responsesPhase[0], prompt: x.responsesPhase[1] })
  await api('phase.add', { docId, meetingId, kind: 'free_notes', title: x.notesPhase[0], prompt: x.notesPhase[1] })
  const phases = (await api<{ data: { phases: Phase[] } }>('workshop.get', { docId })).data.phases
  const byKind = (kind: string): Phase => {
    const p = [...phases].sort((a, b) => a.position - b.position).find((q) => q.kind === kind)
    if (!p) throw new Error(`no ${kind} phase`)
    return p
  }
  const phase = (kind: string): string => byKind(kind).id
  await api('meeting.start', { docId, meetingId })
  await api('phase.update', { docId, id: phase('capture'), patch: { prompt: x.capture } })

  // Written in the capture phase, brought into grouping and grouped there, as in the room.
  const written = await api<{ stickies: Array<{ id: string }> }>('sticky.addMany', { docId, phaseId: phase('capture'), texts: x.notes })
  const brought = await api<{ stickies: Array<{ id: string; text: string }> }>('sticky.bringIn', {
    docId,
    ids: written.stickies.map((s) => s.id),
    toPhaseId: phase('cluster')
  })
  const note = (i: number): string => brought.stickies.find((s) => s.text === x.notes[i])!.id
  const groups: number[][] = [[0, 3], [1, 5], [2, 4], [6, 7]]
  const colours = ['blue', 'green', 'pink', 'orange']
  const clusters: string[] = []
  for (const [i, members] of groups.entries()) {
    await api('sticky.update', { docId, id: note(members[0]), patch: { colour: colours[i] } })
    clusters.push((await api<{ id: string }>('cluster.create', { docId, phaseId: phase('cluster'), stickyIds: members.map(note), title: x.clusters[i] })).id)
  }
  await api('board.setHappening', { docId, targetType: 'cluster', id: clusters[1], happening: true })
  for (const [i, [text, owner, due]] of x.measures.entries()) {
    await api('countermeasure.add', { docId, targetType: 'cluster', targetId: clusters[i + 1], text, owner, due })
  }

  const vote = phase('vote')
  await api('vote.configure', { docId, phaseId: vote, voteTarget: 'cluster', dotsPerParticipant: 3 })
  for (const [i, count] of [9, 6, 12, 4].entries()) await api('vote.setTally', { docId, phaseId: vote, targetType: 'cluster', targetId: clusters[i], count })
  await api('vote.reveal', { docId, phaseId: vote })

  const bodies: string[] = []
  for (const [name, abbreviation] of x.bodies) {
    bodies.push((await api<{ id: string }>('body.add', { docId, name, abbreviation, isReceiver: true, answerBy: '2030-06-30' })).id)
  }
  for (const [i, [goalArea, longTerm, shortTerm, output, activity, time]] of x.rows.entries()) {
    await api('effectRow.add', { docId, goalArea, longTerm, shortTerm, output, activity, time, responsibleIds: [bodies[i]] })
  }
  const proposals: string[] = []
  for (const [text, theme] of x.proposals) proposals.push((await api<{ id: string }>('proposal.add', { docId, text, theme, receiverIds: bodies })).id)
  await api('response.record', { docId, proposalId: proposals[0], bodyId: bodies[0], decision: 'agreed', commitment: x.answers[0], date: '2026-03-12' })
  await api('response.record', { docId, proposalId: proposals[1], bodyId: bodies[1], decision: 'partly', commitment: x.answers[1] })

  await api('note.save', { docId, meetingId, phaseId: null, lexicalJson: lexical(x.meetingNote) })
  await api('note.save', { docId, meetingId, phaseId: phase('free_notes'), lexicalJson: lexical([x.phaseNote]) })

  // Phones on (this computer only), two notes waiting for the facilitator.
  await api('run.goToPhase', { docId, phaseId: phase('capture') })
  const status = await api<{ url: string; typeUrl: string }>('participants.start', { docId, address: '127.0.0.1', port: 0, mode: 'controlled' })
  for (const text of x.inbox) await api('participants.note', { docId, phaseId: phase('capture'), text, to: 'inbox' })

  return {
    docId,
    path,
    title: x.title,
    phase,
    phaseTitle: (kind) => byKind(kind).title,
    goTo: async (kind) => void (await api('run.goToPhase', { docId, phaseId: phase(kind) })),
    join: { url: status.url, typeUrl: status.typeUrl }
  }
}
