import type { Sticky } from '../../shared/domain/entities.ts'
import type { WorkshopData } from '../../shared/domain/interchange.ts'
import { dystopia } from '../../shared/methods/dystopia.ts'
import { instantiateMethod, type IdSource } from '../../shared/methods/instantiate.ts'

// Dystopia items as the Borås group wrote them (seed S3), so the demo looks like a real room.
const DEMO_NOTES: [string, Sticky['colour']][] = [
  ['Bygga högt och stort', 'yellow'],
  ['Mycket vägar – svårt att gå', 'yellow'],
  ['Skräpigt, inga papperskorgar', 'pink'],
  ['Som fastighetsägare: sluta underhålla', 'pink'],
  ['Inte arbeta med boendeinflytande', 'blue'],
  ['Stänga fritidsgårdar och skolor', 'blue'],
  ['Inte ta emot bostadsklagomål', 'green'],
  ['Strunta i oegentligheter', 'green']
]

/** The demo workshop: a short dystopia exercise, in its capture phase, with a handful of notes. */
export function demoWorkshop(ids: IdSource): WorkshopData {
  const { workshop, meetings, phases } = instantiateMethod(
    dystopia,
    { title: 'Demo: Hur ska vi misslyckas med integrationen?', language: 'sv' },
    ids
  )
  const capture = phases.find((p) => p.kind === 'capture')
  if (!capture) throw new Error('the dystopia method has no capture phase')
  const now = ids.now()
  workshop.purpose = 'Visa hur Medskapa fungerar med en kort dystopiövning om boende och närmiljö.'
  workshop.organiser = 'Medskapa'
  workshop.place = 'Demo'
  workshop.participationLevel = 'dialogue'
  workshop.currentPhaseId = capture.id
  meetings[0].status = 'running'
  meetings[0].participantCount = 12
  phases.forEach((p) => {
    if (p.position < capture.position) p.state = 'done'
  })
  capture.state = 'active'
  const stickies: Sticky[] = DEMO_NOTES.map(([text, colour], i) => ({
    id: ids.newId(),
    phaseId: capture.id,
    text,
    colour,
    authorLabel: null,
    hidden: false,
    source: 'facilitator',
    status: 'board',
    clusterId: null,
    position: i + 1,
    happening: false,
    createdAt: now,
    updatedAt: now
  }))
  return { ...emptyCollections(), workshop, meetings, phases, stickies }
}

export function emptyCollections(): Omit<WorkshopData, 'workshop'> {
  return {
    bodies: [],
    meetings: [],
    phases: [],
    stickies: [],
    clusters: [],
    votes: [],
    countermeasures: [],
    notes: [],
    effectRows: [],
    proposals: [],
    responses: [],
    feedback: [],
    knownNames: [],
    questions: [],
    summaries: [],
    corrections: [],
    settings: [],
    dismissals: []
  }
}
