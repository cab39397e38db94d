import { meeting, phase } from './build.ts'
import type { MethodTemplate } from './schema.ts'

// Jiro Kawakita's KJ method as an affinity session: one idea per card, silent grouping, naming,
// relations. About 45 minutes (domain brief §3.7). Grouping and naming share one phase so the
// same board carries from the silent step into the naming.
export const kjAffinity: MethodTemplate = {
  id: 'kj-affinity',
  requiresAnchoring: false,
  sv: {
    name: 'KJ-metoden (släktskapsdiagram)',
    description:
      'En tanke per lapp, sedan grupperar alla lapparna under tystnad och namnger grupperna. Till sist ser gruppen hur grupperna hänger ihop. Tar ungefär 45 minuter.'
  },
  en: {
    name: 'KJ affinity session',
    description:
      'One thought per note, then everyone groups the notes in silence and names the groups. Finally the group sees how the groups relate. Takes about 45 minutes.'
  },
  meetings: [
    meeting('KJ-session', 'KJ session', [
      phase(
        'inform',
        5,
        ['Fokusfråga', 'Vilken fråga vill vi förstå bättre?', 'Skriv upp en tydlig fråga som alla ser under hela passet.'],
        ['Focus question', 'Which question do we want to understand better?', 'Write a clear question where everyone can see it all the time.']
      ),
      phase(
        'capture',
        10,
        ['En tanke per lapp', 'Skriv en tanke eller ett faktum per lapp.', 'Korta lappar. Ingen diskussion ännu.'],
        ['One thought per note', 'Write one thought or fact per note.', 'Short notes. No discussion yet.']
      ),
      phase(
        'cluster',
        20,
        [
          'Gruppera och namnge',
          'Flytta lappar som hör ihop – utan att prata.',
          'Först under tystnad, utan att namnge. Flytta gärna en lapp igen om du inte håller med. Namnge sedan varje grupp: vad säger lapparna i gruppen?'
        ],
        [
          'Group and name',
          'Move notes that belong together – without talking.',
          'First in silence, without naming. Move a note again if you disagree. Then name each group: what do its notes say?'
        ]
      ),
      phase(
        'reflect',
        10,
        [
          'Samband',
          'Hur hänger grupperna ihop? Vad leder till vad, och vad går emot varandra?',
          'Berätta bilden högt och ändra det som inte stämmer.'
        ],
        [
          'Relations',
          'How do the groups relate? What leads to what, and what contradicts what?',
          'Tell the picture aloud and change what does not fit.'
        ]
      )
    ])
  ]
}
