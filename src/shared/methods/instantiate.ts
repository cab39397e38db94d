import type { Meeting, Phase, Workshop } from '../domain/entities.ts'
import type { Language, PhaseKind } from '../domain/enums.ts'
import type { MeetingTemplate, MethodTemplate } from './schema.ts'

export interface IdSource {
  newId(): string
  now(): number
}

/** A phase row with the default tool settings; the timer waits at the planned duration. */
export function makePhase(fields: {
  id: string
  meetingId: string
  position: number
  kind: PhaseKind
  title: string
  prompt: string
  guidance: string
  durationSec: number
}): Phase {
  return {
    ...fields,
    state: 'pending',
    timerStartedAt: null,
    timerElapsedMs: 0,
    timerDurationMs: fields.durationSec * 1000,
    silent: false,
    dotsPerParticipant: 3,
    maxDotsPerItem: 3,
    voteTarget: 'sticky',
    votesRevealed: false
  }
}

export function phasesFromTemplate(
  template: MeetingTemplate,
  meetingId: string,
  language: Language,
  ids: IdSource
): Phase[] {
  return template.phases.map((p, i) =>
    makePhase({
      id: ids.newId(),
      meetingId,
      position: i + 1,
      kind: p.kind,
      title: p[language].title,
      prompt: p[language].prompt,
      guidance: p[language].guidance,
      durationSec: p.durationMin * 60
    })
  )
}

/** A method's meetings (all planned, no dates yet) and their phases. */
export function meetingsFromMethod(
  method: MethodTemplate,
  language: Language,
  ids: IdSource
): { meetings: Meeting[]; phases: Phase[] } {
  const meetings: Meeting[] = method.meetings.map((m, i) => ({
    id: ids.newId(),
    position: i + 1,
    title: m[language].title,
    date: null,
    place: '',
    status: 'planned',
    participantCount: null
  }))
  const phases = method.meetings.flatMap((m, i) => phasesFromTemplate(m, meetings[i].id, language, ids))
  return { meetings, phases }
}

/** A new workshop's root row, meetings and phases from a method template. */
export function instantiateMethod(
  method: MethodTemplate,
  opts: { title: string; language: Language },
  ids: IdSource
): { workshop: Workshop; meetings: Meeting[]; phases: Phase[] } {
  const now = ids.now()
  const { meetings, phases } = meetingsFromMethod(method, opts.language, ids)
  const workshop: Workshop = {
    id: ids.newId(),
    title: opts.title,
    methodId: method.id,
    purpose: '',
    organiser: '',
    commissionedBy: '',
    municipality: '',
    department: '',
    place: '',
    participationLevel: null,
    language: opts.language,
    currentMeetingId: meetings[0]?.id ?? null,
    currentPhaseId: phases.find((p) => p.meetingId === meetings[0]?.id)?.id ?? null,
    anchoringOverride: null,
    participantInfoGivenAt: null,
    showAuthorsOnProjector: false,
    createdAt: now,
    updatedAt: now
  }
  return { workshop, meetings, phases }
}
