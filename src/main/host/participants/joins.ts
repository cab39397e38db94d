// Guessing the join code. Per client address (kept in memory only, for these counters, and never
// written or logged): after 10 wrong codes in a row that address is locked out for 5 minutes. For
// the room as a whole: after 500 wrong codes for one code, joining pauses until the facilitator
// makes a new code — with 32^6 codes that caps an attacker's chance near 5 × 10^-7 (quality anchors
// §2.3 S4), while a room of residents mistyping now and then never gets near it.

export const MAX_WRONG_PER_CLIENT = 10
export const LOCKOUT_MS = 5 * 60_000
export const MAX_WRONG_PER_CODE = 500
/** Bounds the map under a flood of spoofed addresses; the oldest entries go first. */
const MAX_CLIENTS = 10_000

export type JoinVerdict = 'ok' | 'wrong' | 'locked' | 'paused'

interface ClientRecord {
  wrong: number
  lockedUntil: number
}

export class JoinGuard {
  readonly #clients = new Map<string, ClientRecord>()
  readonly #now: () => number
  #wrongForCode = 0

  constructor(now: () => number) {
    this.#now = now
  }

  /** True once the room as a whole has guessed too often: a new code lifts it. */
  get paused(): boolean {
    return this.#wrongForCode >= MAX_WRONG_PER_CODE
  }

  /** Whether this client may try at all right now (checked before the code is even looked at). */
  check(client: string): JoinVerdict {
    if (this.paused) return 'paused'
    const rec = this.#clients.get(client)
    if (rec && rec.lockedUntil > this.#now()) return 'locked'
    return 'ok'
  }

  /** Record the outcome of one attempt. */
  record(client: string, correct: boolean): void {
    const now = this.#now()
    let rec = this.#clients.get(client)
    if (rec && rec.lockedUntil !== 0 && rec.lockedUntil <= now) rec = { wrong: 0, lockedUntil: 0 }
    if (correct) {
      this.#clients.delete(client)
      return
    }
    rec ??= { wrong: 0, lockedUntil: 0 }
    rec.wrong += 1
    if (rec.wrong >= MAX_WRONG_PER_CLIENT) rec.lockedUntil = now + LOCKOUT_MS
    this.#clients.delete(client)
    this.#clients.set(client, rec)
    if (this.#clients.size > MAX_CLIENTS) this.#clients.delete(this.#clients.keys().next().value as string)
    this.#wrongForCode += 1
  }

  /** A new code: the room-wide count starts over (per-client lock-outs stay). */
  newCode(): void {
    this.#wrongForCode = 0
  }

  clear(): void {
    this.#clients.clear()
    this.#wrongForCode = 0
  }
}
