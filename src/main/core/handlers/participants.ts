import os from 'node:os'
import { ApiError } from '../../../shared/api/errors.ts'
import type { participantsMethods } from '../../../shared/api/methods/participants.ts'
import type { Sticky } from '../../../shared/domain/entities.ts'
import { voteOptions } from '../../../shared/board/votes.ts'
import { listInterfaces } from '../../../shared/participants/interfaces.ts'
import { PHONE_NOTE_MAX, phoneModeFor } from '../../../shared/participants/protocol.ts'
import type { ParticipantMode, ParticipantStatus } from '../../../shared/participants/schemas.ts'
import { sanitizeText } from '../../../shared/text/sanitize.ts'
import type { Tx } from '../../db/store.ts'
import { optionData } from '../board/common.ts'
import type { CoreContext, Handlers } from '../context.ts'
import { systemIds } from '../ids.ts'

// Residents' phones. The participant server itself lives in a host (src/main/host/participants):
// the core never imports a host, so the host that runs the core sets ctx.services.participants,
// and these handlers explain when there is none (the CLI). Notes from phones carry nothing about
// the device: no author, no address, no token (issue 8, point 4).

/** What the core asks of the participant server; implemented in src/main/host/participants/service.ts. */
export interface ParticipantService {
  start(opts: { docId: string; address: string; port: number | undefined; mode: ParticipantMode }): Promise<ParticipantStatus>
  stop(docId: string): Promise<ParticipantStatus>
  status(docId: string): ParticipantStatus
  setMode(docId: string, mode: ParticipantMode): ParticipantStatus
  rotateCode(docId: string): Promise<ParticipantStatus>
  /** Stop every server now (the listening sockets close before this returns); resolves when all is closed. */
  closeAll(): Promise<void>
}

function service(ctx: CoreContext): ParticipantService {
  const s = ctx.services.participants
  if (!s) {
    throw new ApiError(
      'not_found',
      ctx.host === 'cli'
        ? "phones cannot join from the command line: start Medskapa (npm start) to let participants join"
        : 'phones cannot join in this window: the participant server is not available'
    )
  }
  return s
}

function stopped(docId: string): ParticipantStatus {
  return {
    docId,
    running: false,
    mode: 'controlled',
    address: null,
    port: null,
    url: null,
    typeUrl: null,
    joinCode: null,
    qrDataUrl: null,
    connectedDevices: 0,
    joinedDevices: 0,
    joinPaused: false
  }
}

/** Inbox notes named once each, all from phones and all still waiting. */
function requireInboxNotes(tx: Tx, ids: readonly string[]): Sticky[] {
  if (new Set(ids).size !== ids.length) throw new ApiError('invalid_input', 'ids: a note is named twice')
  return ids.map((id) => {
    const s = tx.get('sticky', id)
    if (!s) throw new ApiError('not_found', `no sticky with id "${id}"`)
    if (s.source !== 'participant' || s.status !== 'inbox') {
      throw new ApiError('conflict', `the note "${id}" is not waiting in the inbox (it is ${s.status === 'inbox' ? 'not from a phone' : `on the ${s.status}`})`)
    }
    return s
  })
}

export const participantsHandlers: Handlers<keyof typeof participantsMethods> = {
  'participants.interfaces': () => ({ interfaces: listInterfaces(os.networkInterfaces()) }),

  'participants.start': async (input, ctx) => {
    ctx.docs.get(input.docId)
    return service(ctx).start({ docId: input.docId, address: input.address, port: input.port, mode: input.mode })
  },

  'participants.stop': async (input, ctx) => {
    const s = ctx.services.participants
    return s ? s.stop(input.docId) : stopped(input.docId)
  },

  'participants.status': (input, ctx) => ctx.services.participants?.status(input.docId) ?? stopped(input.docId),

  'participants.setMode': (input, ctx) => service(ctx).setMode(input.docId, input.mode),

  'participants.rotateCode': (input, ctx) => service(ctx).rotateCode(input.docId),

  // Not undoable, on purpose: undo and redo restore whole rows, so a later undo could bring a note
  // the facilitator removed from the inbox back, and the undo log (kept in the file) would hold its
  // text. Moderation is a decision, like the phone's own act of sending.
  'inbox.approve': (input, ctx) =>
    ctx.mutate(input.docId, null, (tx) => {
      const notes = requireInboxNotes(tx, input.ids)
      const now = systemIds.now()
      const stickies = notes.map((s) => {
        const phase = tx.get('phase', s.phaseId)
        return tx.update('sticky', s.id, { status: 'board', hidden: phase?.silent ?? false, updatedAt: now })
      })
      return { stickies }
    }),

  // Deleted, not marked 'removed': a removed note is then in no view, export or report by
  // construction, and the file keeps nothing of it (secure_delete is on, see db/open.ts).
  'inbox.remove': (input, ctx) =>
    ctx.mutate(input.docId, null, (tx) => {
      const notes = requireInboxNotes(tx, input.ids)
      for (const s of notes) tx.remove('sticky', s.id)
      return { removed: notes.length }
    }),

  'participants.view': (input, ctx) => {
    const store = ctx.docs.get(input.docId).store
    const workshop = store.list('workshop')[0]
    const meeting = workshop.currentMeetingId ? store.get('meeting', workshop.currentMeetingId) : undefined
    const meetingRunning = meeting?.status === 'running'
    const phase = meetingRunning && workshop.currentPhaseId ? store.get('phase', workshop.currentPhaseId) : undefined
    if (!meeting || !phase || phase.meetingId !== meeting.id) {
      return { meetingId: meeting?.id ?? null, meetingRunning, phase: null, vote: null }
    }
    const mode = phoneModeFor(phase.kind)
    return {
      meetingId: meeting.id,
      meetingRunning,
      phase: { id: phase.id, kind: phase.kind, title: phase.title, prompt: phase.prompt, mode },
      vote:
        mode === 'vote'
          ? {
              closed: phase.votesRevealed,
              dotsPerParticipant: phase.dotsPerParticipant,
              maxDotsPerItem: phase.maxDotsPerItem,
              options: voteOptions(optionData(store, phase.id), phase.id)
            }
          : null
    }
  },

  // The phase is the one the phone showed when the resident began to write: a note finished just
  // after the facilitator moved on still belongs to the question it answers, as long as that phase
  // is a writing phase of the meeting that is running.
  'participants.note': (input, ctx) =>
    ctx.mutate(input.docId, null, (tx) => {
      const phase = tx.get('phase', input.phaseId)
      if (!phase) throw new ApiError('not_found', `no phase with id "${input.phaseId}"`)
      const workshop = tx.list('workshop')[0]
      const meeting = tx.get('meeting', phase.meetingId)
      if (meeting?.status !== 'running' || workshop.currentMeetingId !== meeting.id || phoneModeFor(phase.kind) !== 'write') {
        throw new ApiError('conflict', 'notes from phones are not collected in that phase now')
      }
      const text = sanitizeText(input.text).trim()
      if (text === '') throw new ApiError('invalid_input', 'text: must not be empty')
      if (text.length > PHONE_NOTE_MAX) throw new ApiError('invalid_input', `text: at most ${PHONE_NOTE_MAX} characters`)
      const now = systemIds.now()
      return tx.insert('sticky', {
        id: systemIds.newId(),
        phaseId: phase.id,
        text,
        colour: 'yellow',
        authorLabel: null,
        hidden: phase.silent,
        source: 'participant',
        status: input.to,
        clusterId: null,
        position: tx.nextPosition('sticky', { phaseId: phase.id }),
        happening: false,
        createdAt: now,
        updatedAt: now
      })
    })
}
