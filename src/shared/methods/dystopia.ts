import { meeting, phase } from './build.ts'
import type { MethodTemplate } from './schema.ts'

// The Borås exercise (seed S3: "Övning – skapa dystopi", "Reflektion: Våra farhågor är på väg att …")
// with TRIZ's inversion into first steps and the effect chain. Durations from the domain brief's
// suggested 90-minute agenda (§3.1), which the seed itself does not give.
export const dystopia: MethodTemplate = {
  id: 'dystopia',
  requiresAnchoring: false,
  sv: {
    name: 'Dystopiövningen',
    description:
      'Gruppen listar allt som skulle få något att misslyckas, ser vad som redan händer och vänder det till första steg och en effektkedja. Kan inledas med "Varför bor du där du bor?".'
  },
  en: {
    name: 'Dystopia exercise',
    description:
      'The group lists everything that would make something fail, sees what is already happening, and turns it into first steps and an effect chain. Can follow "Why do you live where you live?".'
  },
  meetings: [
    meeting('Dystopiövning', 'Dystopia exercise', [
      phase(
        'inform',
        10,
        [
          'Inledning',
          'Varför är vi här, och vad händer med det vi kommer fram till?',
          'Berätta syftet, nivån på delaktighetstrappan och vem som tar emot resultatet och när.'
        ],
        [
          'Introduction',
          'Why are we here, and what happens to what we find?',
          'State the purpose, the level on the participation ladder and who receives the results, and when.'
        ]
      ),
      phase(
        'capture',
        15,
        [
          'Skapa dystopin',
          'Hur ska vi göra om vi vill misslyckas med integrationen?',
          'Be om handlingar, inte risker: "vad skulle vi göra för att garantera att det går illa?". Skratt är bra här. Byt gärna ut "integrationen" mot er egen fråga.'
        ],
        [
          'Create the dystopia',
          'How would we make sure we fail at integration?',
          'Ask for actions, not risks: "what would we do to make sure it goes wrong?". Laughter helps here. Replace "integration" with your own question if you like.'
        ]
      ),
      phase(
        'cluster',
        10,
        ['Gruppera', 'Vilka lappar hör ihop?', 'Gruppera under tystnad först, namnge grupperna sedan.'],
        ['Group', 'Which notes belong together?', 'Group in silence first, name the groups afterwards.']
      ),
      phase(
        'reflect',
        12,
        [
          'Reflektion',
          'Våra farhågor är på väg att …',
          'Gå igenom lapp för lapp: gör vi redan något som liknar detta, om än lite? Markera det som redan händer.'
        ],
        [
          'Reflection',
          'Our fears are on their way to …',
          'Go item by item: are we already doing anything like this, even a little? Mark what is already happening.'
        ]
      ),
      phase(
        'vote',
        8,
        [
          'Prioritera',
          'Vad är viktigast att stoppa först?',
          'Alla har lika många prickar. Rösta samtidigt så att ingen påverkas av andras prickar.'
        ],
        [
          'Prioritise',
          'What matters most to stop first?',
          'Everyone has the same number of dots. Vote at the same time so nobody follows the others.'
        ]
      ),
      phase(
        'invert',
        15,
        [
          'Vänd till första steg',
          'Vilket första steg tar vi för att sluta med det?',
          'Ett första steg per prioriterad farhåga, med vem som äger det och när.'
        ],
        [
          'Invert into first steps',
          'What first step do we take to stop doing it?',
          'One first step per prioritised fear, with who owns it and by when.'
        ]
      ),
      phase(
        'effect_chain',
        10,
        [
          'Effektkedja',
          'Från aktivitet till långsiktig effekt',
          'Fyll i aktivitet, prestation, kortsiktig och långsiktig effekt och vem som ansvarar. Tid och resurser kan vänta.'
        ],
        [
          'Effect chain',
          'From activity to long-term effect',
          'Fill in activity, output, short- and long-term effect and who is responsible. Time and resources can wait.'
        ]
      ),
      phase(
        'inform',
        8,
        [
          'Avslutning',
          'Vad händer nu, och när får ni veta mer?',
          'Berätta vem som tar emot resultatet, när de ska svara och hur deltagarna får återkoppling. Lova bara det ni kan hålla.'
        ],
        [
          'Closing',
          'What happens now, and when will you hear more?',
          'Say who receives the results, when they will answer and how participants will hear back. Only promise what you can keep.'
        ]
      )
    ])
  ]
}
