import { meeting, phase } from './build.ts'
import type { MethodTemplate } from './schema.ts'

// Liberating Structures' 1-2-4-All with its standard times: 1, 2, 4 and 5 minutes (domain brief §3.3).
// Ideas are written up only in the last step; the earlier steps are talk, so the app shows the
// question and keeps time.
const QUESTION_SV = 'Vilka idéer har du om dagens fråga?'
const QUESTION_EN = "What ideas do you have about today's question?"

export const oneTwoFourAll: MethodTemplate = {
  id: 'one-two-four-all',
  requiresAnchoring: false,
  sv: {
    name: '1-2-4-alla',
    description:
      'Alla tänker först själva, sedan två och två, sedan fyra och fyra, och sist delar grupperna sina bästa idéer med alla. Tar ungefär en kvart.'
  },
  en: {
    name: '1-2-4-All',
    description:
      'Everyone thinks alone first, then in pairs, then in fours, and finally the groups share their best ideas with everyone. Takes about a quarter of an hour.'
  },
  meetings: [
    meeting('1-2-4-alla', '1-2-4-All', [
      phase(
        'inform',
        1,
        ['1 – själv', QUESTION_SV, 'Byt ut frågan mot er egen innan ni börjar. Var och en tänker och skriver ner idéer för sig själv, under tystnad.'],
        ['1 – alone', QUESTION_EN, 'Replace the question with your own before you start. Everyone thinks and notes ideas alone, in silence.']
      ),
      phase(
        'inform',
        2,
        ['2 – två och två', 'Berätta för varandra och bygg vidare på varandras idéer.', 'Para ihop deltagarna med den som sitter närmast.'],
        ['2 – in pairs', "Tell each other and build on each other's ideas.", 'Pair people with their nearest neighbour.']
      ),
      phase(
        'inform',
        4,
        ['4 – fyra och fyra', 'Vad är lika, vad skiljer? Välj den starkaste idén.', 'Två par går ihop.'],
        ['4 – in fours', 'What is alike, what differs? Pick the strongest idea.', 'Two pairs join up.']
      ),
      phase(
        'capture',
        5,
        ['Alla', 'Vilken idé från er grupp sticker ut?', 'Varje grupp delar en idé som inte redan har sagts. Skriv upp den så att alla ser.'],
        ['All', 'Which idea from your group stands out?', 'Each group shares one idea that has not been heard yet. Write it where everyone can see.']
      )
    ])
  ]
}
