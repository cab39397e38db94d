import { ApiError } from '../../../shared/api/errors.ts'
import { ANCHORING_WHY, anchoringStatus, type AnchoringMissing } from '../../../shared/run/anchoring.ts'
import { sanitizeLine } from '../../../shared/text/sanitize.ts'
import type { Tx } from '../../db/store.ts'
import type { Handler, Handlers } from '../context.ts'
import { TemplatesLibrary } from '../templates-library.ts'
import { moveTo, pauseIfRunning, position, requireMeeting, requirePhase, restate, setAllStates, workshopOf } from './common.ts'

type Keys = 'run.goToPhase' | 'run.next' | 'run.previous' | 'meeting.start' | 'meeting.finish'

const MISSING_TEXT: Record<AnchoringMissing, { path: string; message: string }> = {
  receiver: { path: 'bodies', message: 'no receiver is named (a nämnd or förvaltning marked as receiver)' },
  answerBy: { path: 'bodies.answerBy', message: 'no receiver has a date by which it answers' }
}

const step =
  (dir: 1 | -1): Handler<'run.next' | 'run.previous'> =>
  (input, ctx) =>
    ctx.mutate(input.docId, null, (tx) => {
      const current = workshopOf(tx).currentPhaseId
      if (!current) throw new ApiError('conflict', 'no phase is current; start a meeting first')
      const phase = requirePhase(tx, current)
      const list = tx.list('phase', { meetingId: phase.meetingId })
      const target = list[list.findIndex((p) => p.id === phase.id) + dir]
      if (!target) {
        throw new ApiError(
          'conflict',
          dir === 1 ? 'this is the last phase of the meeting; finish the meeting or add a phase' : 'this is the first phase of the meeting'
        )
      }
      return moveTo(tx, target, ctx.now())
    })

/** Finish: every phase done and no timer left running. Shared with meeting.update {status: 'done'}. */
export function finishMeeting(tx: Tx, meetingId: string, now: number): void {
  requireMeeting(tx, meetingId)
  for (const p of tx.list('phase', { meetingId })) pauseIfRunning(tx, p.id, now)
  setAllStates(tx, meetingId, 'done')
  tx.update('meeting', meetingId, { status: 'done' })
}

export const navigationHandlers: Handlers<Keys> = {
  'run.goToPhase': (input, ctx) => ctx.mutate(input.docId, null, (tx) => moveTo(tx, requirePhase(tx, input.phaseId), ctx.now())),
  'run.next': step(1),
  'run.previous': step(-1),

  'meeting.start': (input, ctx) => {
    const templates = new TemplatesLibrary(ctx.library.dataDir)
    return ctx.mutate(input.docId, null, (tx) => {
      const meeting = requireMeeting(tx, input.meetingId)
      const workshop = workshopOf(tx)
      const status = anchoringStatus(
        { workshop, bodies: tx.list('body'), meetings: tx.list('meeting') },
        templates.findMethod(workshop.methodId)
      )
      let override = workshop.anchoringOverride
      if (status.blocksStart) {
        const reason = input.override ? sanitizeLine(input.override.reason) : ''
        if (reason === '') {
          throw new ApiError(
            'conflict',
            `Mötet kan inte starta ännu. ${ANCHORING_WHY.sv} (The meeting cannot start yet. ${ANCHORING_WHY.en})`,
            status.missing.map((m) => MISSING_TEXT[m])
          )
        }
        override = reason
      }
      const now = ctx.now()
      const phases = tx.list('phase', { meetingId: meeting.id })
      // Resume where the meeting was left; otherwise its first phase not yet done.
      const target = phases.find((p) => p.state === 'active') ?? phases.find((p) => p.state === 'pending') ?? phases[0]
      if (workshop.currentPhaseId !== target?.id) pauseIfRunning(tx, workshop.currentPhaseId, now)
      if (target) restate(tx, meeting.id, target.id)
      if (meeting.status !== 'running') tx.update('meeting', meeting.id, { status: 'running' })
      tx.update('workshop', workshop.id, {
        currentMeetingId: meeting.id,
        currentPhaseId: target?.id ?? null,
        anchoringOverride: override,
        updatedAt: now
      })
      return position(tx, meeting.id)
    })
  },

  'meeting.finish': (input, ctx) =>
    ctx.mutate(input.docId, null, (tx) => {
      finishMeeting(tx, input.meetingId, ctx.now())
      return position(tx, input.meetingId)
    })
}
