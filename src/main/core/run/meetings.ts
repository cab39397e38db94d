import { ApiError } from '../../../shared/api/errors.ts'
import type { Meeting } from '../../../shared/domain/entities.ts'
import { DEFAULT_MEETING } from '../../../shared/methods/default-meeting.ts'
import { meetingsFromMethod, phasesFromTemplate } from '../../../shared/methods/instantiate.ts'
import { positionAfter } from '../../../shared/run/navigation.ts'
import { sanitizeLine } from '../../../shared/text/sanitize.ts'
import type { Handlers } from '../context.ts'
import { TemplatesLibrary } from '../templates-library.ts'
import { idsOf, requireMeeting, setAllStates, workshopOf } from './common.ts'
import { finishMeeting } from './navigation.ts'

type Keys = 'meeting.add' | 'meeting.update' | 'meeting.remove' | 'method.apply'

export const meetingHandlers: Handlers<Keys> = {
  'meeting.add': (input, ctx) => {
    const templates = new TemplatesLibrary(ctx.library.dataDir)
    return ctx.mutate(input.docId, 'meeting.add', (tx) => {
      const workshop = workshopOf(tx)
      const lang = workshop.language
      let template = DEFAULT_MEETING
      if (input.templateMeetingIndex !== undefined) {
        const method = templates.findMethod(workshop.methodId)
        if (!method) {
          throw new ApiError(
            'conflict',
            `the workshop's method "${workshop.methodId}" is no longer in the template library; add a general meeting instead`
          )
        }
        const picked = method.meetings[input.templateMeetingIndex]
        if (!picked) {
          const count = method.meetings.length
          throw new ApiError('invalid_input', `templateMeetingIndex: the method "${workshop.methodId}" has ${count} meeting(s)`, [
            { path: 'templateMeetingIndex', message: `must be below ${count}` }
          ])
        }
        template = picked
      }
      const existing = tx.list('meeting')
      if (input.afterMeetingId) requireMeeting(tx, input.afterMeetingId)
      const title =
        sanitizeLine(input.title ?? '') ||
        (template === DEFAULT_MEETING ? `${template[lang].title} ${existing.length + 1}` : template[lang].title)
      const ids = idsOf(ctx)
      const meeting: Meeting = {
        id: ids.newId(),
        position: positionAfter(existing, input.afterMeetingId),
        title,
        date: input.date ?? null,
        place: sanitizeLine(input.place ?? ''),
        status: 'planned',
        participantCount: null
      }
      tx.insert('meeting', meeting)
      const phases = phasesFromTemplate(template, meeting.id, lang, ids).map((p) => tx.insert('phase', p))
      if (workshop.currentMeetingId === null) {
        tx.update('workshop', workshop.id, { currentMeetingId: meeting.id, currentPhaseId: phases[0]?.id ?? null })
      }
      return { meeting, phases }
    })
  },

  'meeting.update': (input, ctx) =>
    // A status change is run state, like starting; the other fields are undoable set-up edits.
    ctx.mutate(input.docId, input.patch.status ? null : 'meeting.update', (tx) => {
      const meeting = requireMeeting(tx, input.id)
      const { status, ...rest } = input.patch
      const patch = { ...rest }
      if (patch.title !== undefined) patch.title = sanitizeLine(patch.title)
      if (patch.place !== undefined) patch.place = sanitizeLine(patch.place)
      if (Object.keys(patch).length > 0) tx.update('meeting', meeting.id, patch)
      if (status === 'done' && meeting.status !== 'done') finishMeeting(tx, meeting.id, ctx.now())
      if (status === 'planned' && meeting.status !== 'planned') {
        // Back to "not started", e.g. after starting by mistake; the rail starts from the top again.
        setAllStates(tx, meeting.id, 'pending')
        tx.update('meeting', meeting.id, { status: 'planned' })
      }
      return requireMeeting(tx, meeting.id)
    }),

  'meeting.remove': (input, ctx) =>
    ctx.mutate(input.docId, 'meeting.remove', (tx) => {
      requireMeeting(tx, input.id)
      const meetings = tx.list('meeting')
      if (meetings.length <= 1) throw new ApiError('conflict', 'a workshop keeps at least one meeting')
      const workshop = workshopOf(tx)
      if (workshop.currentMeetingId === input.id) {
        // The room moves to the neighbouring meeting, so the workshop never points at nothing.
        const i = meetings.findIndex((m) => m.id === input.id)
        const next = meetings[i - 1] ?? meetings[i + 1]
        const phases = tx.list('phase', { meetingId: next.id })
        const phase = phases.find((p) => p.state === 'active') ?? phases[0]
        tx.update('workshop', workshop.id, { currentMeetingId: next.id, currentPhaseId: phase?.id ?? null })
      }
      tx.remove('meeting', input.id)
      return {}
    }),

  'method.apply': (input, ctx) => {
    const method = new TemplatesLibrary(ctx.library.dataDir).findMethod(input.methodId)
    if (!method) {
      throw new ApiError('invalid_input', `methodId: there is no method "${input.methodId}"`, [
        { path: 'methodId', message: 'unknown method' }
      ])
    }
    return ctx.mutate(input.docId, 'method.apply', (tx) => {
      const meetings = tx.list('meeting')
      if (meetings.some((m) => m.status !== 'planned')) {
        throw new ApiError('conflict', 'a meeting has already started, so the method can no longer be changed; add or change phases instead')
      }
      for (const e of ['sticky', 'cluster', 'vote', 'note', 'question', 'summary'] as const) {
        if (tx.list(e).length > 0) {
          throw new ApiError('conflict', 'the workshop already holds notes or other work, so the method can no longer be changed')
        }
      }
      const workshop = workshopOf(tx)
      for (const m of meetings) tx.remove('meeting', m.id)
      const made = meetingsFromMethod(method, workshop.language, idsOf(ctx))
      for (const m of made.meetings) tx.insert('meeting', m)
      for (const p of made.phases) tx.insert('phase', p)
      const first = made.meetings[0]
      const updated = tx.update('workshop', workshop.id, {
        methodId: method.id,
        currentMeetingId: first?.id ?? null,
        currentPhaseId: made.phases.find((p) => p.meetingId === first?.id)?.id ?? null,
        updatedAt: ctx.now()
      })
      return { workshop: updated, meetings: made.meetings, phases: made.phases }
    })
  }
}
