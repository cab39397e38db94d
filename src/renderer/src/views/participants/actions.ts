import type { ParticipantMode, ParticipantStatus } from '../../../../shared/participants/schemas.ts'
import { i18next } from '../../i18n/index.ts'
import { requireApi } from '../../store/connectionSlice.ts'
import { useAppStore } from '../../store/index.ts'

// What the facilitator does with the participant server and the inbox. Each answer from the core
// is kept at once (the event that follows says the same), so the dialog never shows a stale state
// even when the event line is down; each act is announced for screen readers.

function keep(status: ParticipantStatus): ParticipantStatus {
  useAppStore.getState().setParticipants(status)
  return status
}

function say(text: string): void {
  useAppStore.getState().announce(text)
}

export async function startParticipants(docId: string, address: string, mode: ParticipantMode): Promise<ParticipantStatus> {
  // No port: the host takes 8080 when it is free (easy to type), else any free port.
  const status = keep(await requireApi(useAppStore.getState()).call('participants.start', { docId, address, mode }))
  say(i18next.t('participants.dialog.startedAnnounce', { code: status.joinCode ?? '' }))
  return status
}

export async function stopParticipants(docId: string): Promise<ParticipantStatus> {
  const status = keep(await requireApi(useAppStore.getState()).call('participants.stop', { docId }))
  say(i18next.t('participants.dialog.stoppedAnnounce'))
  return status
}

export async function setParticipantMode(docId: string, mode: ParticipantMode): Promise<ParticipantStatus> {
  const status = keep(await requireApi(useAppStore.getState()).call('participants.setMode', { docId, mode }))
  say(i18next.t(mode === 'open' ? 'participants.mode.nowOpen' : 'participants.mode.nowControlled'))
  return status
}

export async function rotateJoinCode(docId: string): Promise<ParticipantStatus> {
  const status = keep(await requireApi(useAppStore.getState()).call('participants.rotateCode', { docId }))
  say(i18next.t('participants.running.rotatedAnnounce', { code: status.joinCode ?? '' }))
  return status
}

/** Put waiting notes on the board; the change event moves them out of the inbox and onto the wall. */
export async function approveNotes(docId: string, ids: readonly string[]): Promise<void> {
  const out = await useAppStore.getState().mutate(docId, 'inbox.approve', { docId, ids: [...ids] })
  say(i18next.t('participants.inbox.approved', { count: out.stickies.length }))
}

/** Delete waiting notes for good (not an undo step: the core keeps nothing of them). */
export async function removeNotes(docId: string, ids: readonly string[]): Promise<void> {
  const out = await useAppStore.getState().mutate(docId, 'inbox.remove', { docId, ids: [...ids] })
  say(i18next.t('participants.inbox.removed', { count: out.removed }))
}
