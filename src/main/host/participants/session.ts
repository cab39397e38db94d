import { randomBytes } from 'node:crypto'
import type { ApiOutput } from '../../../shared/api/contract.ts'
import { ApiError } from '../../../shared/api/errors.ts'
import { newJoinCode, normalizeJoinCode } from '../../../shared/participants/codes.ts'
import { PHONE_NOTE_MAX, type PhoneErrorCode } from '../../../shared/participants/protocol.ts'
import type { NoteBody, ParticipantMode, PhoneState, VoteBody } from '../../../shared/participants/schemas.ts'
import { sanitizeText } from '../../../shared/text/sanitize.ts'
import type { Core } from '../../core/core.ts'
import { tokensEqual } from '../security.ts'
import { DeviceRegistry, type Device } from './devices.ts'
import { JoinGuard } from './joins.ts'

// One workshop's phones while the participant server runs: the join code, the joined devices, the
// guessing counters, and what a phone may do, each done through the core's own methods so the
// same rules (vote limits, sanitizing, change events) apply as for the facilitator.

export type CorePort = Pick<Core, 'call' | 'subscribe'>

/** A refusal with the HTTP status and the code the phone turns into a sentence. */
export class PhoneError extends Error {
  readonly status: number
  readonly code: PhoneErrorCode
  constructor(status: number, code: PhoneErrorCode, message: string = code) {
    super(message)
    this.status = status
    this.code = code
  }
}

type View = ApiOutput<'participants.view'>

export class ParticipantSession {
  readonly docId: string
  readonly devices: DeviceRegistry
  readonly joins: JoinGuard
  mode: ParticipantMode
  #code: string
  readonly #core: CorePort
  // The shared part of every phone's state, read once per change of the workshop rather than once
  // per poll: sixty phones asking every two seconds cost one read between two changes.
  #view: Promise<View> | null = null
  #generation = 0
  readonly #unsubscribe: () => void

  constructor(opts: { core: CorePort; docId: string; mode: ParticipantMode; now: () => number }) {
    this.docId = opts.docId
    this.mode = opts.mode
    this.#core = opts.core
    this.devices = new DeviceRegistry(opts.now)
    this.joins = new JoinGuard(opts.now)
    this.#code = newJoinCode((n) => randomBytes(n))
    this.#unsubscribe = opts.core.subscribe((event) => {
      if (event.type === 'changes' && event.docId === this.docId) this.#invalidate()
    })
  }

  get code(): string {
    return this.#code
  }

  /** A new code: the old one stops working; phones that joined stay joined. */
  rotate(): void {
    this.#code = newJoinCode((n) => randomBytes(n))
    this.joins.newCode()
  }

  #invalidate(): void {
    this.#generation++
    this.#view = null
  }

  view(): Promise<View> {
    if (this.#view) return this.#view
    const generation = this.#generation
    const pending = this.#core.call('participants.view', { docId: this.docId })
    this.#view = pending
    // A failed read is not kept; neither is one a change overtook while it was under way.
    pending.then(
      () => {
        if (generation !== this.#generation && this.#view === pending) this.#view = null
      },
      () => {
        if (this.#view === pending) this.#view = null
      }
    )
    return pending
  }

  /**
   * One join attempt from `client` (its address, kept only in the guard's memory). Throws a
   * PhoneError for a wrong code (403), a locked-out client or a paused room (429), or a full room.
   */
  join(code: string, client: string): { token: string; device: Device } {
    const verdict = this.joins.check(client)
    if (verdict === 'locked') throw new PhoneError(429, 'locked')
    if (verdict === 'paused') throw new PhoneError(429, 'join_paused')
    const given = normalizeJoinCode(code)
    // Constant time, so how much of a guess was right does not show in the answer's timing.
    const correct = tokensEqual(given ?? '', this.#code)
    this.joins.record(client, correct)
    if (!correct) throw new PhoneError(403, 'wrong_code')
    if (this.devices.full) throw new PhoneError(503, 'unavailable')
    return this.devices.issue()
  }

  async state(device: Device): Promise<PhoneState> {
    this.devices.touch(device)
    const view = await this.view()
    let vote: PhoneState['vote'] = null
    if (view.phase && view.vote) {
      const mine = await this.#core.call('vote.mine', { docId: this.docId, phaseId: view.phase.id, voter: device.voter })
      const count = new Map(mine.items.map((i) => [`${i.targetType}:${i.targetId}`, i.count]))
      vote = {
        closed: view.vote.closed,
        dotsPerParticipant: view.vote.dotsPerParticipant,
        maxDotsPerItem: view.vote.maxDotsPerItem,
        used: mine.used,
        remaining: mine.remaining,
        options: view.vote.options.map((o) => ({ ...o, mine: count.get(`${o.targetType}:${o.targetId}`) ?? 0 }))
      }
    }
    return { meetingRunning: view.meetingRunning, phase: view.phase, vote, noteMaxLength: PHONE_NOTE_MAX }
  }

  async note(device: Device, body: NoteBody): Promise<void> {
    this.devices.touch(device)
    const text = sanitizeText(body.text).trim()
    if (text === '') throw new PhoneError(400, 'empty')
    if (text.length > PHONE_NOTE_MAX) throw new PhoneError(400, 'too_long')
    try {
      await this.#core.call('participants.note', {
        docId: this.docId,
        phaseId: body.phaseId,
        text,
        to: this.mode === 'open' ? 'board' : 'inbox'
      })
    } catch (e) {
      throw refusal(e, 'closed')
    }
  }

  async vote(device: Device, body: VoteBody): Promise<PhoneState> {
    this.devices.touch(device)
    const view = await this.view()
    // Dots go only to the vote the phone is looking at, and only while it is open.
    if (!view.phase || !view.vote || view.phase.id !== body.phaseId || view.vote.closed) throw new PhoneError(409, 'closed')
    try {
      await this.#core.call('vote.cast', {
        docId: this.docId,
        phaseId: body.phaseId,
        voter: device.voter,
        targetType: body.targetType,
        targetId: body.targetId,
        delta: body.delta
      })
    } catch (e) {
      throw refusal(e, 'vote_refused')
    }
    return this.state(device)
  }

  close(): void {
    this.#unsubscribe()
    this.#invalidate()
    this.devices.clear()
    this.joins.clear()
  }
}

/** The core said no: a rule (409) or a vanished phase or item; anything else is our fault (500). */
function refusal(e: unknown, code: PhoneErrorCode): Error {
  if (e instanceof ApiError && (e.code === 'conflict' || e.code === 'not_found' || e.code === 'invalid_input')) {
    return new PhoneError(409, code, e.message)
  }
  return e as Error
}
