import { meeting, phase } from './build.ts'
import type { MethodTemplate } from './schema.ts'

// The positive inventory from the Borås slides (seed S3), which there came before the dystopia:
// "Orsaker till varför deltagarna bor där de bor -> Faktorer … viktiga för trivsamt boende och närmiljön".
export const varforBorDu: MethodTemplate = {
  id: 'varfor-bor-du',
  requiresAnchoring: false,
  sv: {
    name: 'Varför bor du där du bor?',
    description:
      'Deltagarna berättar varför de bor där de bor. Svaren visar vad som gör ett boende och en närmiljö bra. Passar som början före dystopiövningen.'
  },
  en: {
    name: 'Why do you live where you live?',
    description:
      'Participants say why they live where they live. The answers show what makes a home and its surroundings good. Works well before the dystopia exercise.'
  },
  meetings: [
    meeting('Varför bor du där du bor?', 'Why do you live where you live?', [
      phase(
        'inform',
        3,
        [
          'Vi börjar med det som är bra',
          'Först samlar vi det som gör ett område bra att bo i.',
          'Berätta att alla svar räknas och att ingen behöver säga var hen bor.'
        ],
        [
          'We start with what is good',
          'First we collect what makes an area good to live in.',
          'Say that every answer counts and that nobody has to say where they live.'
        ]
      ),
      phase(
        'capture',
        12,
        [
          'Varför bor du där du bor?',
          'Varför bor du där du bor?',
          'Arbeta 1-2-4-alla: en minut själv, två minuter i par, fyra minuter fyra och fyra, fem minuter alla. Även "en slump" och "det första bästa" är svar.'
        ],
        [
          'Why do you live where you live?',
          'Why do you live where you live?',
          'Work 1-2-4-All: one minute alone, two in pairs, four in fours, five all together. "By chance" and "the first place we found" are answers too.'
        ]
      ),
      phase(
        'cluster',
        10,
        [
          'Vad gör ett boende bra?',
          'Vilka saker är viktiga för ett trivsamt boende och en bra närmiljö?',
          'Gruppera svaren och ge varje grupp ett namn, till exempel närhet, natur, service, grannar.'
        ],
        [
          'What makes a good place to live?',
          'What matters for a pleasant home and good surroundings?',
          'Group the answers and name each group, for example nearness, nature, services, neighbours.'
        ]
      ),
      phase(
        'reflect',
        5,
        [
          'Vad vill vi värna?',
          'Vad av det här är viktigast att behålla?',
          'Markera det gruppen vill skydda. Det blir en bra motbild när ni sedan gör dystopin.'
        ],
        [
          'What do we want to protect?',
          'What here matters most to keep?',
          'Mark what the group wants to protect. It makes a useful contrast when you then do the dystopia.'
        ]
      )
    ])
  ]
}
