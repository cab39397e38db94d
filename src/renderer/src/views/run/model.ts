import type { Meeting, Phase, Workshop } from '../../../../shared/domain/entities.ts'
import { findBuiltInMethod } from '../../../../shared/methods/index.ts'
import type { MethodTemplate } from '../../../../shared/methods/schema.ts'
import { meetingsInOrder, phasesOf } from '../../../../shared/run/navigation.ts'
import type { EntityTables } from '../../store/index.ts'

// Pure reads of a workshop's cached rows for run mode: which meeting and phase the room is in,
// and what comes next. Commands and views share them so the keyboard and the buttons agree.

export interface RunPlace {
  workshop: Workshop
  meetings: Meeting[]
  meeting: Meeting | null
  /** 1-based, as the facilitator counts meetings. */
  meetingNumber: number
  /** The current meeting's phases, in order. */
  phases: Phase[]
  /** Every phase of the workshop, for looking at another meeting. */
  allPhases: Phase[]
  phase: Phase | null
  phaseIndex: number
}

/** The tables run mode reads; a change to a note leaves them (and so the views) untouched. */
export type RunTables = Pick<EntityTables, 'workshop' | 'meeting' | 'phase'>

export function runPlace(tables: RunTables | null): RunPlace | null {
  const workshop = tables ? Object.values(tables.workshop)[0] : undefined
  if (!tables || !workshop) return null
  const meetings = meetingsInOrder(Object.values(tables.meeting))
  const meeting = (workshop.currentMeetingId ? tables.meeting[workshop.currentMeetingId] : undefined) ?? meetings[0] ?? null
  const allPhases = Object.values(tables.phase)
  const phases = meeting ? phasesOf(allPhases, meeting.id) : []
  const phase = (workshop.currentPhaseId ? tables.phase[workshop.currentPhaseId] : undefined) ?? null
  return {
    workshop,
    meetings,
    meeting,
    meetingNumber: meeting ? meetings.findIndex((m) => m.id === meeting.id) + 1 : 0,
    phases,
    allPhases,
    phase,
    phaseIndex: phase ? phases.findIndex((p) => p.id === phase.id) : -1
  }
}

export const isRunning = (place: RunPlace | null): boolean => place?.meeting?.status === 'running'

export function canGoNext(place: RunPlace | null): boolean {
  return isRunning(place) && place !== null && place.phaseIndex >= 0 && place.phaseIndex < place.phases.length - 1
}

export function canGoPrevious(place: RunPlace | null): boolean {
  return isRunning(place) && place !== null && place.phaseIndex > 0
}

export function atLastPhase(place: RunPlace | null): boolean {
  return isRunning(place) && place !== null && place.phaseIndex === place.phases.length - 1
}

/**
 * The meeting a "start" means now: the current one while it has not started, else the first
 * planned meeting after it (the next meeting of a circle). Null when there is nothing to start.
 */
export function meetingToStart(place: RunPlace | null): { meeting: Meeting; number: number } | null {
  if (!place?.meeting) return null
  if (place.meeting.status === 'planned') return { meeting: place.meeting, number: place.meetingNumber }
  if (place.meeting.status === 'running') return null
  const i = place.meetings.findIndex((m, j) => j >= place.meetingNumber && m.status === 'planned')
  return i >= 0 ? { meeting: place.meetings[i], number: i + 1 } : null
}

/** Another meeting still in progress, when the room has gone back to look at a finished one. */
export function otherRunningMeeting(place: RunPlace | null): { meeting: Meeting; number: number; phase: Phase | null } | null {
  if (!place) return null
  const i = place.meetings.findIndex((m) => m.status === 'running' && m.id !== place.meeting?.id)
  if (i < 0) return null
  const meeting = place.meetings[i]
  const phases = phasesOf(place.allPhases, meeting.id)
  return { meeting, number: i + 1, phase: phases.find((p) => p.state === 'active') ?? phases.find((p) => p.state !== 'done') ?? phases[0] ?? null }
}

/** Built-in methods are known here; own templates come from the template library. */
export function findMethod(methodId: string, own: readonly MethodTemplate[]): MethodTemplate | undefined {
  return findBuiltInMethod(methodId) ?? own.find((m) => m.id === methodId)
}
