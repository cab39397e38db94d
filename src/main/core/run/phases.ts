import { ApiError } from '../../../shared/api/errors.ts'
import type { Phase } from '../../../shared/domain/entities.ts'
import { PHASE_KIND_DEFAULTS } from '../../../shared/methods/kinds.ts'
import { makePhase } from '../../../shared/methods/instantiate.ts'
import { positionAfter } from '../../../shared/run/navigation.ts'
import { addMinute, pauseTimer, resetTimer, startTimer, type TimerFields } from '../../../shared/run/timer.ts'
import { sanitizeLine, sanitizeText } from '../../../shared/text/sanitize.ts'
import type { Tx } from '../../db/store.ts'
import type { CoreContext, Handler, Handlers } from '../context.ts'
import { idsOf, requireMeeting, requirePhase, restate, workshopOf } from './common.ts'

type Keys =
  | 'phase.add'
  | 'phase.update'
  | 'phase.remove'
  | 'phase.reorder'
  | 'timer.start'
  | 'timer.pause'
  | 'timer.addMinute'
  | 'timer.reset'

/** After the agenda of a running meeting changes, its rail is set around the current phase again. */
function restateIfCurrent(tx: Tx, meetingId: string): void {
  const current = workshopOf(tx).currentPhaseId
  const meeting = requireMeeting(tx, meetingId)
  if (meeting.status !== 'running' || !current) return
  if (tx.get('phase', current)?.meetingId === meetingId) restate(tx, meetingId, current)
}

const timer =
  (fn: (p: Phase, now: number) => TimerFields): Handler<'timer.start' | 'timer.pause' | 'timer.addMinute' | 'timer.reset'> =>
  (input, ctx: CoreContext) =>
    ctx.mutate(input.docId, null, (tx) => {
      const phase = requirePhase(tx, input.phaseId)
      return tx.update('phase', phase.id, fn(phase, ctx.now()))
    })

export const phaseHandlers: Handlers<Keys> = {
  'phase.add': (input, ctx) =>
    ctx.mutate(input.docId, 'phase.add', (tx) => {
      const meeting = requireMeeting(tx, input.meetingId)
      const siblings = tx.list('phase', { meetingId: meeting.id })
      if (input.afterPhaseId && !siblings.some((p) => p.id === input.afterPhaseId)) {
        throw new ApiError('not_found', `no phase with id "${input.afterPhaseId}" in this meeting`)
      }
      const defaults = PHASE_KIND_DEFAULTS[input.kind]
      const lang = workshopOf(tx).language
      const phase = makePhase({
        id: idsOf(ctx).newId(),
        meetingId: meeting.id,
        position: positionAfter(siblings, input.afterPhaseId),
        kind: input.kind,
        title: sanitizeLine(input.title ?? '') || defaults[lang].title,
        prompt: sanitizeText(input.prompt ?? ''),
        guidance: sanitizeText(input.guidance ?? ''),
        durationSec: input.durationSec ?? defaults.durationMin * 60
      })
      if (meeting.status === 'done') phase.state = 'done'
      tx.insert('phase', phase)
      restateIfCurrent(tx, meeting.id)
      return requirePhase(tx, phase.id)
    }),

  'phase.update': (input, ctx) =>
    ctx.mutate(input.docId, 'phase.update', (tx) => {
      const phase = requirePhase(tx, input.id)
      const patch: Partial<Phase> = { ...input.patch }
      if (patch.title !== undefined) patch.title = sanitizeLine(patch.title)
      if (patch.prompt !== undefined) patch.prompt = sanitizeText(patch.prompt)
      if (patch.guidance !== undefined) patch.guidance = sanitizeText(patch.guidance)
      // An untouched timer follows the new plan; one in use keeps what the facilitator set.
      const idle = phase.timerStartedAt === null && phase.timerElapsedMs === 0
      if (patch.durationSec !== undefined && idle) patch.timerDurationMs = patch.durationSec * 1000
      return tx.update('phase', phase.id, patch)
    }),

  'phase.remove': (input, ctx) =>
    ctx.mutate(input.docId, 'phase.remove', (tx) => {
      const phase = requirePhase(tx, input.id)
      const siblings = tx.list('phase', { meetingId: phase.meetingId })
      if (siblings.length <= 1) throw new ApiError('conflict', 'a meeting keeps at least one phase')
      const workshop = workshopOf(tx)
      if (workshop.currentPhaseId === phase.id) {
        const i = siblings.findIndex((p) => p.id === phase.id)
        const next = siblings[i + 1] ?? siblings[i - 1]
        tx.update('workshop', workshop.id, { currentPhaseId: next.id })
      }
      tx.remove('phase', phase.id)
      restateIfCurrent(tx, phase.meetingId)
      return {}
    }),

  'phase.reorder': (input, ctx) =>
    ctx.mutate(input.docId, 'phase.reorder', (tx) => {
      const meeting = requireMeeting(tx, input.meetingId)
      const phases = tx.list('phase', { meetingId: meeting.id })
      const wanted = new Set(input.phaseIds)
      if (wanted.size !== input.phaseIds.length || wanted.size !== phases.length || phases.some((p) => !wanted.has(p.id))) {
        throw new ApiError('invalid_input', 'phaseIds: must list each phase of the meeting exactly once', [
          { path: 'phaseIds', message: 'must list each phase of the meeting exactly once' }
        ])
      }
      input.phaseIds.forEach((id, i) => {
        if (phases.find((p) => p.id === id)?.position !== i + 1) tx.update('phase', id, { position: i + 1 })
      })
      restateIfCurrent(tx, meeting.id)
      return tx.list('phase', { meetingId: meeting.id })
    }),

  'timer.start': timer((p, now) => startTimer(p, now)),
  'timer.pause': timer((p, now) => pauseTimer(p, now)),
  'timer.addMinute': timer((p) => addMinute(p)),
  'timer.reset': timer((p) => resetTimer(p.durationSec * 1000))
}
