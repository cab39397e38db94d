import { z } from 'zod'
import { Meeting, Phase, Question, Workshop } from '../../domain/entities.ts'
import { PhaseKind } from '../../domain/enums.ts'
import { Id, IsoDate, ShortText } from '../../domain/primitives.ts'
import { method } from '../define.ts'

// Running a workshop: where the room is (meeting, phase), the phase timers, adapting the agenda
// while it runs, and the open questions a circle carries from meeting to meeting. Navigation,
// starting/finishing and timers are not undoable (they are not board operations); agenda edits
// and questions are.

const Scope = { docId: z.string() }
const PhaseScope = { docId: z.string(), phaseId: Id }

/** Where the room is now, and the rail of the meeting it is in. */
export const RunPosition = z.object({ workshop: Workshop, meeting: Meeting, phases: z.array(Phase) })
export type RunPosition = z.infer<typeof RunPosition>

const PhaseTitle = z.string().max(200)
const PhaseText = z.string().max(20_000)

export const MeetingPatch = z
  .object({
    title: z.string().max(200),
    date: IsoDate.nullable(),
    place: ShortText,
    participantCount: Meeting.shape.participantCount,
    /** 'running' only through meeting.start, which checks anchoring; 'done' is the same as meeting.finish. */
    status: z.enum(['planned', 'done'])
  })
  .partial()

export const PhasePatch = z
  .object({ kind: PhaseKind, title: PhaseTitle, prompt: PhaseText, guidance: PhaseText, durationSec: Phase.shape.durationSec })
  .partial()

export const runMethods = {
  'run.goToPhase': method(
    z.object(PhaseScope),
    RunPosition,
    'Make a phase the current one: earlier phases of its meeting show as done, later ones as next. Nothing captured is touched. The meeting must have started.'
  ),
  'run.next': method(z.object(Scope), RunPosition, 'Go to the next phase of the current meeting.'),
  'run.previous': method(z.object(Scope), RunPosition, 'Go back to the previous phase; nothing is lost.'),

  'meeting.start': method(
    z.object({
      ...Scope,
      meetingId: Id,
      /** Start although no receiver with an answer-by date is named; the reason is kept for the report. */
      override: z.object({ reason: z.string().trim().min(1, 'give a reason').max(500) }).optional()
    }),
    RunPosition,
    'Start a meeting at its first phase (or where it was left). A research circle or democracy lab cannot start its first meeting until a receiver and an answer-by date are named, unless overridden with a reason.'
  ),
  'meeting.finish': method(
    z.object({ ...Scope, meetingId: Id }),
    RunPosition,
    'Finish a meeting: all its phases done, running timers paused.'
  ),
  'meeting.add': method(
    z.object({
      ...Scope,
      title: z.string().max(200).optional(),
      date: IsoDate.nullable().optional(),
      place: ShortText.optional(),
      /** Which meeting of the workshop's method to copy the phases from; a general meeting when omitted. */
      templateMeetingIndex: z.number().int().min(0).max(39).optional(),
      /** Insert after this meeting; null for first; at the end when omitted. */
      afterMeetingId: Id.nullable().optional()
    }),
    z.object({ meeting: Meeting, phases: z.array(Phase) }),
    'Add a meeting with its phases (undoable).'
  ),
  'meeting.update': method(
    z.object({ ...Scope, id: Id, patch: MeetingPatch }),
    Meeting,
    'Change a meeting: title, date, place, number of participants, or mark it planned or done.'
  ),
  'meeting.remove': method(
    z.object({ ...Scope, id: Id }),
    z.object({}),
    'Remove a meeting with its phases and everything captured in them (undoable). The last meeting cannot be removed.'
  ),

  'phase.add': method(
    z.object({
      ...Scope,
      meetingId: Id,
      kind: PhaseKind,
      title: PhaseTitle.optional(),
      prompt: PhaseText.optional(),
      guidance: PhaseText.optional(),
      durationSec: Phase.shape.durationSec.optional(),
      /** Insert after this phase; null for first; at the end when omitted. */
      afterPhaseId: Id.nullable().optional()
    }),
    Phase,
    'Add a phase to a meeting, also while it runs (undoable).'
  ),
  'phase.update': method(
    z.object({ ...Scope, id: Id, patch: PhasePatch }),
    Phase,
    "Change a phase's kind, texts or planned duration (undoable). A timer that has not started follows the new duration."
  ),
  'phase.remove': method(
    z.object({ ...Scope, id: Id }),
    z.object({}),
    'Remove a phase and what was captured in it (undoable). A meeting keeps at least one phase.'
  ),
  'phase.reorder': method(
    z.object({ ...Scope, meetingId: Id, phaseIds: z.array(Id).min(1).max(200) }),
    z.array(Phase),
    "Put a meeting's phases in this order; the list must hold each of its phases once (undoable)."
  ),

  'timer.start': method(z.object(PhaseScope), Phase, "Start or resume a phase's timer."),
  'timer.pause': method(z.object(PhaseScope), Phase, "Pause a phase's timer, keeping the time used."),
  'timer.addMinute': method(z.object(PhaseScope), Phase, 'Give a phase one more minute.'),
  'timer.reset': method(z.object(PhaseScope), Phase, "Stop a phase's timer and set it back to the planned duration."),

  'question.add': method(
    z.object({ ...Scope, meetingId: Id, text: Question.shape.text }),
    Question,
    'Note an open question in a meeting; it carries forward until resolved (undoable).'
  ),
  'question.update': method(
    z.object({ ...Scope, id: Id, patch: Question.pick({ text: true, resolved: true }).partial() }),
    Question,
    'Edit an open question or mark it resolved (undoable).'
  ),
  'question.remove': method(z.object({ ...Scope, id: Id }), z.object({}), 'Remove an open question (undoable).'),

  'method.apply': method(
    z.object({ ...Scope, methodId: z.string().min(1).max(64) }),
    z.object({ workshop: Workshop, meetings: z.array(Meeting), phases: z.array(Phase) }),
    "Replace the workshop's meetings and phases with a method's (built-in or own), during set-up only: refused once a meeting has started or anything is captured (undoable)."
  )
} as const
