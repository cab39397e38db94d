import { createHash, createHmac, randomBytes } from 'node:crypto'

// The phones that have joined, in memory only: a token is handed out once, after the right code,
// and lives in the phone's cookie; the server keeps only a hash of it. Nothing here is ever written
// to the workshop file. The key that dots are stored under (the "voter") is an HMAC of the token
// with a secret that exists only while this server runs, so a stored vote cannot be traced back
// to a cookie, and the next run cannot link its phones to this run's votes.

export interface Device {
  /** sha256 of the token, hex: the map key and the rate limiter's key. */
  readonly key: string
  /** What votes are stored under in the workshop (fits the Vote.voter limit of 64). */
  readonly voter: string
  readonly joinedAt: number
  lastSeen: number
}

/** More phones than any room; beyond this, joining is refused rather than memory growing. */
export const MAX_DEVICES = 2_000

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** Tokens are 32 random bytes in base64url: exactly 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/

export class DeviceRegistry {
  readonly #secret = randomBytes(32)
  readonly #devices = new Map<string, Device>()
  readonly #now: () => number

  constructor(now: () => number) {
    this.#now = now
  }

  get size(): number {
    return this.#devices.size
  }

  get full(): boolean {
    return this.#devices.size >= MAX_DEVICES
  }

  /** A new device: its token goes into the cookie and is not kept here. */
  issue(): { token: string; device: Device } {
    const token = randomBytes(32).toString('base64url')
    const now = this.#now()
    const device: Device = {
      key: hashToken(token),
      voter: `ph-${createHmac('sha256', this.#secret).update(token).digest('hex').slice(0, 40)}`,
      joinedAt: now,
      lastSeen: now
    }
    this.#devices.set(device.key, device)
    return { token, device }
  }

  /** The device a cookie's token belongs to, if it joined during this run. */
  find(token: string | undefined): Device | undefined {
    if (token === undefined || !TOKEN_SHAPE.test(token)) return undefined
    return this.#devices.get(hashToken(token))
  }

  /** The rate limiter's key for a token: the same hash the map uses, never the token itself. */
  keyOf(token: string | undefined): string | undefined {
    return this.find(token)?.key
  }

  touch(device: Device): void {
    device.lastSeen = this.#now()
  }

  /** Phones heard from within `withinMs`: the "connected" count the laptop shows. */
  active(withinMs: number): number {
    const since = this.#now() - withinMs
    let n = 0
    for (const d of this.#devices.values()) if (d.lastSeen >= since) n++
    return n
  }

  clear(): void {
    this.#devices.clear()
  }
}
