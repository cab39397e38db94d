import { meeting, phase } from './build.ts'
import type { MethodTemplate } from './schema.ts'

// Botkyrka's demokratilabb in Almedalen 2018 (seed S1): a challenge question, input from surveys
// and dialogues, ideas made concrete, presented at a "medskaparmingel". About three hours, as
// NOD's labs (domain brief §2.5). Ideas must reach someone who can act, hence anchoring.
export const democracyLab: MethodTemplate = {
  id: 'democracy-lab',
  requiresAnchoring: true,
  sv: {
    name: 'Demokratilabb',
    description:
      'Från en utmaning till konkreta förslag med en ägare, som presenteras på ett medskaparmingel. Nämnderna som ska ta emot förslagen måste vara utsedda innan labbet startar.'
  },
  en: {
    name: 'Democracy lab',
    description:
      'From a challenge to concrete proposals with an owner, presented at a closing mingle. The committees that receive the proposals must be named before the lab starts.'
  },
  meetings: [
    meeting('Demokratilabb', 'Democracy lab', [
      phase(
        'inform',
        15,
        [
          'Utmaningen',
          'Hur skapar vi en skola där alla har möjlighet att lyckas?',
          'Byt ut frågan mot labbets egen utmaning. Berätta vilka nämnder som tar emot förslagen, när de svarar och vilken nivå på delaktighetstrappan labbet ligger på.'
        ],
        [
          'The challenge',
          'How do we create a school where everyone can succeed?',
          "Replace the question with the lab's own challenge. Say which committees receive the proposals, when they answer and the level on the participation ladder."
        ]
      ),
      phase(
        'inform',
        15,
        [
          'Underlag',
          'Det här har invånare redan sagt i enkäter och dialoger.',
          'Visa kort vad ni redan vet. Håll det kort så att det blir tid för idéer.'
        ],
        [
          'What we already know',
          'This is what residents have already said in surveys and dialogues.',
          'Briefly show what you already know. Keep it short so there is time for ideas.'
        ]
      ),
      phase(
        'capture',
        20,
        [
          'Idéer',
          'Vilka idéer har du? Skriv en idé per lapp.',
          'Arbeta gärna 1-2-4-alla: en minut själv, två minuter i par, fyra minuter fyra och fyra, sedan alla.'
        ],
        [
          'Ideas',
          'What ideas do you have? One idea per note.',
          'Consider 1-2-4-All: one minute alone, two in pairs, four in fours, then all together.'
        ]
      ),
      phase(
        'cluster',
        15,
        ['Gruppera idéerna', 'Vilka idéer hör ihop?', 'Gruppera under tystnad först, namnge grupperna sedan.'],
        ['Group the ideas', 'Which ideas belong together?', 'Group in silence first, name the groups afterwards.']
      ),
      phase(
        'vote',
        10,
        [
          'Rösta',
          'Vilka idéer vill vi göra konkreta?',
          'Alla har lika många prickar, tre till fem. Rösta samtidigt.'
        ],
        [
          'Vote',
          'Which ideas do we want to make concrete?',
          'Everyone has the same number of dots, three to five. Vote at the same time.'
        ]
      ),
      phase(
        'proposals',
        40,
        [
          'Gör förslagen konkreta',
          'Vad ska göras, vem äger förslaget och vilken nämnd ska ta emot det?',
          'Ett förslag per vald idé. Varje förslag behöver en ägare och en mottagare bland de nämnder som är utsedda.'
        ],
        [
          'Make the proposals concrete',
          'What should be done, who owns the proposal and which committee receives it?',
          'One proposal per chosen idea. Each proposal needs an owner and a receiver among the named committees.'
        ]
      ),
      phase(
        'inform',
        30,
        [
          'Medskaparmingel',
          'Idéerna från dagens labb',
          'Grupperna presenterar sina förslag. Besökare kan lämna egna idéer – skriv upp dem i nästa fas.'
        ],
        [
          'Closing mingle',
          "Ideas from today's lab",
          'The groups present their proposals. Visitors can hand in their own ideas – write them down in the next phase.'
        ]
      ),
      phase(
        'capture',
        15,
        [
          'Idéer från minglet',
          'Har du en idé? Lämna den till oss!',
          'Skriv upp besökarnas idéer så att de följer med till nämnderna.'
        ],
        [
          'Ideas from the mingle',
          'Do you have an idea? Hand it in!',
          'Write down the visitors’ ideas so they reach the committees too.'
        ]
      )
    ])
  ]
}
