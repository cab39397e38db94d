import { meeting, phase } from './build.ts'
import type { MethodTemplate } from './schema.ts'

// World Café: tables of four, three rounds of about 20 minutes with a host who stays, then a
// whole-group harvest (domain brief §3.5). Suited to understanding, not to deciding.
export const worldCafe: MethodTemplate = {
  id: 'world-cafe',
  requiresAnchoring: false,
  sv: {
    name: 'World Café med skörd',
    description:
      'Samtal vid bord om fyra i tre rundor. En värd stannar vid bordet, de andra byter. Till sist samlar alla det som kom fram. Passar för att förstå en fråga tillsammans, inte för att fatta beslut.'
  },
  en: {
    name: 'World Café harvest',
    description:
      'Conversations at tables of four in three rounds. One host stays at each table, the others move. Finally everyone gathers what came up. Good for understanding a question together, not for deciding.'
  },
  meetings: [
    meeting('World Café', 'World Café', [
      phase(
        'inform',
        10,
        [
          'Välkomna till caféet',
          'Fokusera på det som är viktigt. Lyssna för att förstå. Koppla ihop idéer. Rita och skriv gärna på duken.',
          'Fyra vid varje bord. Varje bord väljer en värd som stannar kvar och sammanfattar för nya gäster.'
        ],
        [
          'Welcome to the café',
          'Focus on what matters. Listen to understand. Link ideas together. Draw and write on the tablecloth.',
          'Four at each table. Each table chooses a host who stays and sums up for new guests.'
        ]
      ),
      phase(
        'inform',
        20,
        ['Runda 1', 'Vad fungerar bra i dag, och vad saknas?', 'Byt ut frågorna mot era egna. Samma fråga kan gå igen i flera rundor.'],
        ['Round 1', 'What works well today, and what is missing?', 'Replace the questions with your own. The same question may return in several rounds.']
      ),
      phase(
        'inform',
        20,
        ['Runda 2', 'Vad hörde du vid förra bordet som väckte tankar?', 'Alla utom värden byter bord. Värden sammanfattar förra rundan.'],
        ['Round 2', 'What did you hear at the last table that set you thinking?', 'Everyone except the host moves. The host sums up the last round.']
      ),
      phase(
        'inform',
        20,
        ['Runda 3', 'Vad skulle göra störst skillnad?', 'Byt bord igen, eller gå tillbaka till första bordet.'],
        ['Round 3', 'What would make the biggest difference?', 'Move again, or return to the first table.']
      ),
      phase(
        'capture',
        20,
        ['Skörd', 'Vilka insikter och mönster hörde ni vid borden?', 'Varje värd delar det viktigaste. En insikt per lapp.'],
        ['Harvest', 'What insights and patterns did you hear at the tables?', 'Each host shares what mattered most. One insight per note.']
      ),
      phase(
        'cluster',
        10,
        ['Vad återkommer?', 'Vad återkommer från flera bord?', 'Gruppera och namnge. Det som kom upp vid flera bord är ofta viktigast.'],
        ['What comes back?', 'What came up at several tables?', 'Group and name. What came up at several tables often matters most.']
      )
    ])
  ]
}
