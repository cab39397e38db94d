import { z } from 'zod'
import { Sticky } from '../../domain/entities.ts'
import { PhaseKind, VoteTarget } from '../../domain/enums.ts'
import { Id } from '../../domain/primitives.ts'
import { NetworkInterface, ParticipantMode, ParticipantStatus } from '../../participants/schemas.ts'
import { method } from '../define.ts'

// Residents' phones on the room's network (issue 8). The facilitator turns the participant server
// on for one workshop, on one chosen address; phones join with the code on the projector and
// write notes (to the inbox or straight to the board) and spend dots. The participant server is a
// separate server with its own narrow routes (src/main/host/participants); the last two methods
// here are what it calls on the core, and are harmless for the facilitator's app to call.

const Scope = { docId: z.string() }
const Ids = z.array(Id).min(1, 'must name at least one note').max(5_000)

export const participantsMethods = {
  'participants.interfaces': method(
    z.object({}),
    z.object({ interfaces: z.array(NetworkInterface) }),
    "This computer's network addresses to let phones join on, the room's network first; loopback is marked as reachable from this computer only."
  ),
  'participants.start': method(
    z.object({
      ...Scope,
      /** One of participants.interfaces; never a wildcard such as 0.0.0.0. */
      address: z.string().min(1).max(64),
      /** Absent: 8080 when free, else any free port. 0: any free port. */
      port: z.number().int().min(0).max(65_535).optional(),
      mode: ParticipantMode.default('controlled')
    }),
    ParticipantStatus,
    "Let participants join: start the participant server on that address only, with a new join code. Already running on that address: only the mode changes; on another address it moves there (new code)."
  ),
  'participants.stop': method(
    z.object(Scope),
    ParticipantStatus,
    'Stop the participant server at once: nothing listens any more and every phone must join again.'
  ),
  'participants.status': method(z.object(Scope), ParticipantStatus, 'Whether phones may join now, the join address and code, and how many phones are connected.'),
  'participants.setMode': method(
    z.object({ ...Scope, mode: ParticipantMode }),
    ParticipantStatus,
    "Where new notes from phones go: the facilitator's inbox first (controlled) or straight to the board (open)."
  ),
  'participants.rotateCode': method(
    z.object(Scope),
    ParticipantStatus,
    'A new join code (the old one stops working; phones already joined stay joined). Also lifts a pause after many wrong codes.'
  ),
  'inbox.approve': method(
    z.object({ ...Scope, ids: Ids }),
    z.object({ stickies: z.array(Sticky) }),
    "Put notes from phones that wait in the inbox on the board (hidden while the phase is silent). A moderation act, not an undo step."
  ),
  'inbox.remove': method(
    z.object({ ...Scope, ids: Ids }),
    z.object({ removed: z.number().int() }),
    'Delete notes from phones that wait in the inbox, for good: they never reach the projector, the export or the report, and are not kept for undo.'
  ),

  // --- what the participant server asks of the core --------------------------------------------
  'participants.view': method(
    z.object(Scope),
    z.object({
      meetingId: Id.nullable(),
      meetingRunning: z.boolean(),
      phase: z
        .object({ id: Id, kind: PhaseKind, title: z.string(), prompt: z.string(), mode: z.enum(['write', 'vote', 'wait']) })
        .nullable(),
      vote: z
        .object({
          closed: z.boolean(),
          dotsPerParticipant: z.number().int(),
          maxDotsPerItem: z.number().int(),
          options: z.array(z.object({ targetType: VoteTarget, targetId: Id, label: z.string() }))
        })
        .nullable()
    }),
    "What every phone sees now, the same for all: the current phase's question and, in a vote phase, what the dots go on (notes already on the wall only)."
  ),
  'participants.note': method(
    z.object({ ...Scope, phaseId: Id, text: z.string().max(2_000), to: z.enum(['inbox', 'board']) }),
    Sticky,
    "A note from a phone: no author, no device, source 'participant'. Only in a writing phase of the running meeting; a participant's act, so not an undo step."
  )
} as const
