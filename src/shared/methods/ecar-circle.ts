import { meeting, phase, type PhaseTexts } from './build.ts'
import type { MethodTemplate } from './schema.ts'

// The ECAR research circles in Botkyrka (seed S2) and the research-circle method in general
// (domain brief §1.2–1.3). Anchoring (step 0) is not a meeting: it is the set-up, and the first
// meeting cannot start until a receiver and an answer-by date are named. Timings are our own
// estimate for meetings of about two hours; no source gives them.

const RECAP_SV: PhaseTexts = [
  'Återblick',
  'Det här tog vi med oss från förra mötet.',
  'Visa teman och öppna frågor från tidigare möten. Fråga om minnesanteckningarna behöver rättas.'
]
const RECAP_EN: PhaseTexts = [
  'Looking back',
  'This is what we brought with us from last time.',
  'Show themes and open questions from earlier meetings. Ask whether the notes need correcting.'
]
const NEXT_SV: PhaseTexts = [
  'Till nästa gång',
  'Vad tar vi med oss, och vad undersöker vi till nästa möte?',
  'Bestäm datum och plats för nästa möte. Skriv upp öppna frågor så att de följer med. Anteckningarna skickas till alla, som får rätta och lägga till.'
]
const NEXT_EN: PhaseTexts = [
  'Until next time',
  'What do we take with us, and what do we look into before the next meeting?',
  'Agree the date and place of the next meeting. Write down open questions so they carry forward. The notes go to everyone, who may correct and add.'
]

export const ecarCircle: MethodTemplate = {
  id: 'ecar-circle',
  requiresAnchoring: true,
  sv: {
    name: 'Forskningscirkel (ECAR)',
    description:
      'Invånare undersöker en fråga utifrån sin vardag under flera möten, med stöd av en forskare. Cirkeln skriver rekommendationer till namngivna nämnder, som svarar, och får sedan veta svaren. Mottagarna och när de ska svara måste vara klart innan första mötet.'
  },
  en: {
    name: 'Research circle (ECAR)',
    description:
      'Residents look into a question from their everyday life over several meetings, supported by a researcher. The circle writes recommendations to named committees, who answer, and then hears the answers. Who receives the results and when they answer must be settled before the first meeting.'
  },
  meetings: [
    meeting('Uppstart och teman', 'Kick-off and themes', [
      phase(
        'inform',
        15,
        [
          'Välkomna',
          'Varför finns cirkeln, och vem tar emot det vi kommer fram till?',
          'Berätta syftet, att det är frivilligt och går att sluta när som helst, hur anteckningarna förs och att inga namn kommer med i rapporten. Visa vilka nämnder som tar emot resultatet och när de ska svara, och vilken nivå på delaktighetstrappan cirkeln ligger på.'
        ],
        [
          'Welcome',
          'Why does the circle exist, and who receives what we find?',
          'State the purpose, that taking part is voluntary and can stop at any time, how notes are kept and that no names go into the report. Show which committees receive the results and when they answer, and the level on the participation ladder.'
        ]
      ),
      phase(
        'capture',
        25,
        [
          'Erfarenheter från vardagen',
          'Var i vardagen möter du frågan – i skolan, i kontakten med kommunen, i föreningslivet?',
          'En erfarenhet per lapp. Ingen behöver berätta mer än hen vill. Skriv inga namn.'
        ],
        [
          'Experiences from everyday life',
          'Where in everyday life do you meet the issue – at school, in contact with the municipality, in associations?',
          'One experience per note. Nobody has to say more than they want to. Write no names.'
        ]
      ),
      phase(
        'cluster',
        20,
        ['Hitta teman', 'Vilka lappar handlar om samma sak?', 'Gruppera under tystnad först, namnge grupperna sedan. Namnen blir cirkelns teman.'],
        ['Find themes', 'Which notes are about the same thing?', "Group in silence first, name the groups afterwards. The names become the circle's themes."]
      ),
      phase(
        'vote',
        10,
        ['Välj teman', 'Vilka teman vill cirkeln arbeta vidare med?', 'Alla har lika många prickar. Rösta samtidigt.'],
        ['Choose themes', 'Which themes does the circle want to work on?', 'Everyone has the same number of dots. Vote at the same time.']
      ),
      phase('free_notes', 10, NEXT_SV, NEXT_EN)
    ]),
    meeting('Problemformulering', 'Problem formulation', [
      phase('inform', 10, RECAP_SV, RECAP_EN),
      phase(
        'free_notes',
        15,
        [
          'Regler för samtalet',
          'Hur vill vi ha det i cirkeln?',
          'Kom överens om att det som sägs om enskilda stannar i rummet, att alla får tala till punkt och att ingen behöver berätta mer än hen vill.'
        ],
        [
          'Ground rules',
          'How do we want it to be in the circle?',
          'Agree that what is said about individuals stays in the room, that everyone may finish speaking and that nobody has to say more than they want to.'
        ]
      ),
      phase(
        'capture',
        25,
        ['Våra frågor', 'Vad vill vi ta reda på? Skriv en fråga per lapp.', 'Utgå från teman från förra mötet. Frågor om vardagen är bättre än stora frågor om allt.'],
        ['Our questions', 'What do we want to find out? One question per note.', 'Start from the themes of last time. Questions about everyday life work better than big questions about everything.']
      ),
      phase(
        'cluster',
        15,
        ['Samla frågorna', 'Vilka frågor hör ihop?', 'Slå ihop frågor som är lika. Ge varje grupp en rubrik.'],
        ['Gather the questions', 'Which questions belong together?', 'Merge questions that are alike. Give each group a heading.']
      ),
      phase(
        'vote',
        10,
        ['Välj cirkelns frågor', 'Vilka frågor ska cirkeln undersöka?', 'Välj hellre få frågor som går att undersöka än många.'],
        ["Choose the circle's questions", 'Which questions will the circle look into?', 'Better a few questions you can look into than many.']
      ),
      phase('free_notes', 10, NEXT_SV, NEXT_EN)
    ]),
    meeting('Erfarenheter och egna undersökningar', 'Experiences and own investigations', [
      phase('inform', 10, RECAP_SV, RECAP_EN),
      phase(
        'inform',
        20,
        [
          'Kunskap utifrån',
          'Vad säger forskningen och andras erfarenheter?',
          'Forskaren eller en gäst ger ett kort underlag. Lämna tid för frågor.'
        ],
        [
          'Knowledge from outside',
          "What do research and other people's experience say?",
          'The researcher or a guest gives a short input. Leave time for questions.'
        ]
      ),
      phase(
        'capture',
        30,
        [
          'Vad har vi sett och hört?',
          'Vad har du upptäckt sedan förra mötet?',
          'Egna erfarenheter och det deltagarna har undersökt. En undersökning kan vara liten: ett samtal, ett besök, en titt på en webbsida. Skriv inga namn.'
        ],
        [
          'What have we seen and heard?',
          'What have you found out since last time?',
          'Own experiences and what participants have looked into. An investigation can be small: a talk, a visit, a look at a web page. Write no names.'
        ]
      ),
      phase(
        'cluster',
        15,
        ['Ordna det vi hittat', 'Under vilka teman hör det vi hittat hemma?', 'Använd teman från tidigare möten, eller skapa nya.'],
        ['Sort what we found', 'Under which themes does what we found belong?', 'Use themes from earlier meetings, or make new ones.']
      ),
      phase('free_notes', 15, NEXT_SV, NEXT_EN)
    ]),
    meeting('Analys', 'Analysis', [
      phase('inform', 10, RECAP_SV, RECAP_EN),
      phase(
        'cluster',
        25,
        ['Mönster', 'Vilka mönster ser vi i det vi har samlat?', 'Gå igenom teman och slå ihop eller dela där det behövs.'],
        ['Patterns', 'What patterns do we see in what we have gathered?', 'Go through the themes; merge or split where needed.']
      ),
      phase(
        'reflect',
        25,
        [
          'Enskilt eller i systemet?',
          'Är det här enstaka händelser, eller något som händer gång på gång i hur verksamheter fungerar?',
          'Tema för tema. Markera det som visar på mönster i systemet.'
        ],
        [
          'Single cases or the system?',
          'Are these single events, or something that happens again and again in how services work?',
          'Theme by theme. Mark what shows a pattern in the system.'
        ]
      ),
      phase(
        'vote',
        10,
        ['Det viktigaste', 'Vilka teman är viktigast att ta vidare till rekommendationer?', 'Alla har lika många prickar. Rösta samtidigt.'],
        ['What matters most', 'Which themes matter most to take on to recommendations?', 'Everyone has the same number of dots. Vote at the same time.']
      ),
      phase('free_notes', 10, NEXT_SV, NEXT_EN)
    ]),
    meeting('Rekommendationer', 'Recommendations', [
      phase('inform', 10, RECAP_SV, RECAP_EN),
      phase(
        'proposals',
        45,
        [
          'Skriv rekommendationer',
          'Vad ska kommunen göra? En rekommendation i taget, och vem som ska ta emot den.',
          'Varje rekommendation riktas till en av de utsedda nämnderna eller förvaltningarna. Skriv konkret: vad, vem och gärna när.'
        ],
        [
          'Write recommendations',
          'What should the municipality do? One recommendation at a time, and who should receive it.',
          'Each recommendation goes to one of the named committees or departments. Be concrete: what, who and, if possible, when.'
        ]
      ),
      phase(
        'reflect',
        20,
        [
          'Granska tillsammans',
          'Förstår den som ska svara vad vi menar?',
          'Läs upp varje rekommendation. Skulle en tjänsteperson förstå vad som ska göras?'
        ],
        [
          'Review together',
          'Will the people who must answer understand what we mean?',
          'Read each recommendation aloud. Would an official understand what to do?'
        ]
      ),
      phase(
        'free_notes',
        10,
        ['Inför överlämningen', 'Hur och när lämnar vi över till nämnderna?', 'Bestäm vem som presenterar och vilka som bjuds in.'],
        ['Before the hand-over', 'How and when do we hand over to the committees?', 'Agree who presents and who is invited.']
      )
    ]),
    meeting('Överlämning', 'Hand-over', [
      phase(
        'inform',
        15,
        [
          'Cirkeln berättar',
          'Det här har vi kommit fram till.',
          'Deltagarna presenterar själva om de vill. Påminn mottagarna om datumet då de ska svara.'
        ],
        [
          'The circle reports',
          'This is what we have found.',
          'Participants present themselves if they want to. Remind the receivers of the date by which they answer.'
        ]
      ),
      phase(
        'proposals',
        30,
        ['Rekommendationerna', 'Våra rekommendationer till kommunen', 'Gå igenom rekommendationerna en i taget, med mottagare.'],
        ['The recommendations', 'Our recommendations to the municipality', 'Go through the recommendations one at a time, with their receivers.']
      ),
      phase(
        'capture',
        20,
        ['Frågor och samtal', 'Vad behöver mottagarna veta mer om?', 'Skriv upp frågorna så att de kan besvaras senare.'],
        ['Questions and talk', 'What do the receivers need to know more about?', 'Write the questions down so they can be answered later.']
      ),
      phase(
        'inform',
        10,
        [
          'Hur går det vidare?',
          'När svarar nämnderna, och hur får cirkeln veta svaren?',
          'Säg datum och hur svaren kommer tillbaka till cirkeln.'
        ],
        [
          'What happens next?',
          'When do the committees answer, and how does the circle hear the answers?',
          'Give the date and how the answers come back to the circle.'
        ]
      )
    ]),
    meeting('Svar från nämnderna', 'Answers from the committees', [
      phase(
        'responses',
        60,
        [
          'Registrera svaren',
          'Vad svarar varje nämnd på rekommendationerna?',
          'För varje rekommendation: ja, delvis eller nej, vad som ska göras, vem som ansvarar och när. Det här är oftast inget möte med cirkeln utan arbete för den som håller i rapporten.'
        ],
        [
          'Record the answers',
          'What does each committee answer to the recommendations?',
          'For each recommendation: yes, partly or no, what will be done, who is responsible and when. Usually not a meeting with the circle but work for whoever keeps the report.'
        ]
      )
    ]),
    meeting('Återkoppling till cirkeln', 'Feedback to the circle', [
      phase(
        'inform',
        20,
        [
          'Svaren',
          'Det här svarade nämnderna.',
          'Gå igenom svaren tema för tema. Säg tydligt vad som inte blir av och varför.'
        ],
        [
          'The answers',
          'This is what the committees answered.',
          'Go through the answers theme by theme. Say clearly what will not happen and why.'
        ]
      ),
      phase(
        'reflect',
        25,
        ['Vad tycker vi om svaren?', 'Vad i svaren gör skillnad, och vad saknas?', 'Skriv ner det som sägs. Det kan bli nya frågor till nämnderna.'],
        ['What do we think of the answers?', 'What in the answers makes a difference, and what is missing?', 'Write down what is said. It may become new questions to the committees.']
      ),
      phase(
        'reflect',
        20,
        ['Utvärdering', 'Vad fungerade i cirkeln, och vad borde göras annorlunda nästa gång?', 'Fråga också om formen: tider, plats, språk, tillgänglighet.'],
        ['Evaluation', 'What worked in the circle, and what should be done differently next time?', 'Ask about the form as well: times, place, language, accessibility.']
      ),
      phase(
        'free_notes',
        10,
        ['Avslutning', 'Hur fortsätter arbetet?', 'Berätta var svaren och rapporten finns och vem deltagarna kan kontakta.'],
        ['Closing', 'How does the work go on?', 'Say where the answers and the report can be found and whom participants can contact.']
      )
    ])
  ]
}
