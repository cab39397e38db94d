import { ApiError } from '../../../shared/api/errors.ts'
import type { RunPosition } from '../../../shared/api/methods/run.ts'
import type { Meeting, Phase, Workshop } from '../../../shared/domain/entities.ts'
import { statesAround } from '../../../shared/run/navigation.ts'
import { pauseTimer } from '../../../shared/run/timer.ts'
import type { Tx } from '../../db/store.ts'
import type { CoreContext } from '../context.ts'
import { systemIds } from '../ids.ts'
import type { IdSource } from '../../../shared/methods/instantiate.ts'

export function workshopOf(tx: Tx): Workshop {
  return tx.list('workshop')[0]
}

export function requireMeeting(tx: Tx, id: string): Meeting {
  const m = tx.get('meeting', id)
  if (!m) throw new ApiError('not_found', `no meeting with id "${id}"`)
  return m
}

export function requirePhase(tx: Tx, id: string): Phase {
  const p = tx.get('phase', id)
  if (!p) throw new ApiError('not_found', `no phase with id "${id}"`)
  return p
}

/** New ids from the system, times from the core's clock (controlled in tests). */
export function idsOf(ctx: CoreContext): IdSource {
  return { newId: systemIds.newId, now: () => ctx.now() }
}

export function position(tx: Tx, meetingId: string): RunPosition {
  return { workshop: workshopOf(tx), meeting: requireMeeting(tx, meetingId), phases: tx.list('phase', { meetingId }) }
}

/** Set a meeting's rail around `activeId`; rows already in the right state are not written. */
export function restate(tx: Tx, meetingId: string, activeId: string): void {
  const phases = tx.list('phase', { meetingId })
  const states = statesAround(
    phases.map((p) => p.id),
    activeId
  )
  for (const p of phases) {
    const state = states.get(p.id)
    if (state && state !== p.state) tx.update('phase', p.id, { state })
  }
}

/** Mark every phase of a meeting the same, e.g. all done when it finishes. */
export function setAllStates(tx: Tx, meetingId: string, state: Phase['state']): void {
  for (const p of tx.list('phase', { meetingId })) if (p.state !== state) tx.update('phase', p.id, { state })
}

/** A timer left running on a phase nobody looks at would keep counting into the report. */
export function pauseIfRunning(tx: Tx, phaseId: string | null, now: number): void {
  if (!phaseId) return
  const p = tx.get('phase', phaseId)
  if (p && p.timerStartedAt !== null) tx.update('phase', p.id, pauseTimer(p, now))
}

/**
 * Make `phase` the room's current phase: the phase left behind stops its timer, the rail of the
 * phase's meeting is set around it. Stickies, clusters and notes are never touched.
 */
export function moveTo(tx: Tx, phase: Phase, now: number): RunPosition {
  const meeting = requireMeeting(tx, phase.meetingId)
  if (meeting.status === 'planned') {
    throw new ApiError('conflict', `the meeting "${meeting.title}" has not started; start it first`)
  }
  const workshop = workshopOf(tx)
  if (workshop.currentPhaseId !== phase.id) pauseIfRunning(tx, workshop.currentPhaseId, now)
  restate(tx, meeting.id, phase.id)
  tx.update('workshop', workshop.id, { currentMeetingId: meeting.id, currentPhaseId: phase.id, updatedAt: now })
  return position(tx, meeting.id)
}
