import type { ApiInput, ApiMethod, ApiOutput } from '../../../../shared/api/contract.ts'
import type { Phase } from '../../../../shared/domain/entities.ts'
import { isRunning as timerRunning } from '../../../../shared/run/timer.ts'
import { i18next } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { noteServerStamp } from './clock.ts'

// The run-mode writes, shared by buttons and commands. Each one tells screen-reader users what
// changed, and learns the core's clock from the time stamps the answer carries.

async function write<M extends ApiMethod>(
  docId: string,
  method: M,
  input: ApiInput<M>,
  stampOf?: (out: ApiOutput<M>) => number | null
): Promise<ApiOutput<M>> {
  const sentAt = Date.now()
  const out = await useAppStore.getState().mutate(docId, method, input)
  const stamp = stampOf?.(out)
  if (typeof stamp === 'number') noteServerStamp(stamp, sentAt, Date.now())
  return out
}

const announce = (text: string): void => useAppStore.getState().announce(text)

function announcePosition(out: ApiOutput<'run.goToPhase'>): void {
  const phases = [...out.phases].sort((a, b) => a.position - b.position)
  const i = phases.findIndex((p) => p.id === out.workshop.currentPhaseId)
  if (i >= 0) announce(i18next.t('run.nav.movedTo', { n: i + 1, title: phases[i].title }))
}

export async function goToPhase(docId: string, phaseId: string): Promise<void> {
  announcePosition(await write(docId, 'run.goToPhase', { docId, phaseId }, (o) => o.workshop.updatedAt))
}

export async function stepPhase(docId: string, dir: 1 | -1): Promise<void> {
  const method = dir === 1 ? 'run.next' : 'run.previous'
  announcePosition(await write(docId, method, { docId }, (o) => o.workshop.updatedAt))
}

export async function finishMeeting(docId: string, meetingId: string): Promise<void> {
  await write(docId, 'meeting.finish', { docId, meetingId })
  announce(i18next.t('run.nav.finished'))
}

export async function startMeeting(docId: string, meetingId: string, number: number, reason?: string): Promise<void> {
  const input = reason ? { docId, meetingId, override: { reason } } : { docId, meetingId }
  await write(docId, 'meeting.start', input, (o) => o.workshop.updatedAt)
  announce(i18next.t('run.start.started', { n: number }))
}

export async function toggleTimer(docId: string, phase: Phase): Promise<void> {
  if (timerRunning(phase)) {
    await write(docId, 'timer.pause', { docId, phaseId: phase.id })
    announce(i18next.t('run.timer.paused'))
  } else {
    // Only a timer that was not running is stamped with the core's "now" as it starts.
    await write(docId, 'timer.start', { docId, phaseId: phase.id }, (o) => o.timerStartedAt)
    announce(i18next.t('run.timer.started'))
  }
}

export async function addTimerMinute(docId: string, phaseId: string): Promise<void> {
  await write(docId, 'timer.addMinute', { docId, phaseId })
  announce(i18next.t('run.timer.added'))
}

export async function resetTimer(docId: string, phaseId: string): Promise<void> {
  await write(docId, 'timer.reset', { docId, phaseId })
  announce(i18next.t('run.timer.wasReset'))
}
