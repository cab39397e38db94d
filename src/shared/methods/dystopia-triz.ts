import { meeting, phase } from './build.ts'
import type { MethodTemplate } from './schema.ts'

// TRIZ from Liberating Structures ("make a list of all you can do to achieve the worst result…"),
// steps and times from the domain brief §3.2: about 40 minutes as rounds of 1-2-4-All.
export const dystopiaTriz: MethodTemplate = {
  id: 'dystopia-triz',
  requiresAnchoring: false,
  sv: {
    name: 'Dystopi enligt TRIZ',
    description:
      'En kortare dystopiövning i tre steg: lista hur vi garanterar det sämsta resultatet, se vad vi redan gör av det, och bestäm första stegen för att sluta.'
  },
  en: {
    name: 'Dystopia, TRIZ variant',
    description:
      'A shorter dystopia exercise in three steps: list how to guarantee the worst result, see what we already do of it, and decide the first steps to stop.'
  },
  meetings: [
    meeting('TRIZ', 'TRIZ', [
      phase(
        'inform',
        5,
        [
          'Vad vill vi undvika?',
          'Vilket resultat vill vi absolut undvika?',
          'Skriv upp det oönskade resultatet så att alla ser det. Berätta vem som tar emot det ni kommer fram till.'
        ],
        [
          'What do we want to avoid?',
          'Which result do we want to avoid at all costs?',
          'Write the unwanted result where everyone can see it. Say who receives what the group finds.'
        ]
      ),
      phase(
        'capture',
        12,
        [
          'Det sämsta resultatet',
          'Lista allt vi kan göra för att garantera att det går så illa som möjligt.',
          'Arbeta 1-2-4-alla: en minut själv, två minuter i par, fyra minuter fyra och fyra, fem minuter alla. Be om handlingar, inte risker. Skratt hjälper.'
        ],
        [
          'The worst result',
          'List everything we can do to make sure it goes as badly as possible.',
          'Work 1-2-4-All: one minute alone, two in pairs, four in fours, five all together. Ask for actions, not risks. Laughter helps.'
        ]
      ),
      phase(
        'reflect',
        12,
        [
          'Gör vi redan detta?',
          'Gör vi redan något som liknar detta – om än lite?',
          'Gå igenom listan punkt för punkt och var ärliga. Markera det som redan händer.'
        ],
        [
          'Are we doing this already?',
          'Are we already doing anything like this, even a little?',
          'Go down the list item by item and be honest. Mark what is already happening.'
        ]
      ),
      phase(
        'invert',
        12,
        [
          'Första steget',
          'Vilket första steg tar vi för att sluta med det?',
          'Ta de markerade punkterna. Ett första steg per punkt, med vem som gör det och när.'
        ],
        [
          'First step',
          'What first step do we take to stop doing it?',
          'Take the marked items. One first step each, with who does it and by when.'
        ]
      ),
      phase(
        'free_notes',
        5,
        ['Vad överraskade er?', 'Vad överraskade er?', 'Skriv ner det som sägs. Det brukar visa vad gruppen tar med sig.'],
        ['What surprised you?', 'What surprised you?', 'Write down what is said. It often shows what the group takes away.']
      )
    ])
  ]
}
