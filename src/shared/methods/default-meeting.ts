import { meeting, phase } from './build.ts'
import type { MeetingTemplate } from './schema.ts'

/**
 * The meeting added when the facilitator does not pick one of the method's meetings: the shape
 * of a circle's ordinary working meeting (look back, talk, sort, agree what comes next).
 */
export const DEFAULT_MEETING: MeetingTemplate = meeting('Möte', 'Meeting', [
  phase(
    'inform',
    10,
    ['Återblick', 'Det här tog vi med oss från förra mötet.', 'Visa teman och öppna frågor från tidigare möten.'],
    ['Looking back', 'This is what we brought with us from last time.', 'Show themes and open questions from earlier meetings.']
  ),
  phase(
    'capture',
    30,
    ['Samtal', 'Vad har hänt, och vad har vi lärt oss sedan sist?', 'En tanke per lapp. Skriv inga namn.'],
    ['Conversation', 'What has happened, and what have we learnt since last time?', 'One thought per note. Write no names.']
  ),
  phase(
    'cluster',
    15,
    ['Ordna', 'Under vilka teman hör det hemma?', 'Använd teman från tidigare möten, eller skapa nya.'],
    ['Sort', 'Under which themes does it belong?', 'Use themes from earlier meetings, or make new ones.']
  ),
  phase(
    'free_notes',
    10,
    ['Till nästa gång', 'Vad tar vi med oss till nästa möte?', 'Bestäm datum och plats. Skriv upp öppna frågor så att de följer med.'],
    ['Until next time', 'What do we take to the next meeting?', 'Agree date and place. Write down open questions so they carry forward.']
  )
])
