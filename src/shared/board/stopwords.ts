import { foldText } from './text.ts'

// Function words of the two UI languages, so titles and suggestions rest on content words.
// Other languages have no list on purpose: there the similarity's IDF weighting already makes
// words that occur on many notes count for little.
const SWEDISH = `
alla allt alltid andra annan annat att av bara bli blir blev bör de dem den denna deras dess dessa det detta
dig din dina ditt du där efter eller en ens ett fast finns från får för före genom ha hade han har hela
hennes henne hon honom hos hur här i icke ingen inget inga inom inte ju kan kanske kunde man med mellan men
mer mig min mina mindre mitt mot mycket ni någon något några när nu och också om oss på samma sedan sig sin
sina sitt själv ska skall skulle som så sådan sådana till under upp ut utan vad var vara varför varit vart
vem vi vid vilka vilken vilket vill våra vår vårt än ändå är även över ej nog lite väl bra dålig dåligt
`
const ENGLISH = `
a about after all also am an and any are as at be been being but by can could did do does doing don't for
from get got had has have he her here hers him his how i if in into is it its just me more most my no not
now of off on only or other our out over own same she should so some such than that the their them then
there these they this those through to too under up us very was we were what when where which while who
why will with would you your yours lot lots
`

export const STOPWORDS: ReadonlySet<string> = new Set(
  `${SWEDISH} ${ENGLISH}`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => foldText(w).replace(/['’]/g, ''))
)

/** True for a folded word that carries no topic on its own. */
export function isStopword(foldedWord: string): boolean {
  return STOPWORDS.has(foldedWord)
}
