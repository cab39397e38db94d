import os from 'node:os'
import QRCode from 'qrcode'
import { ApiError } from '../../../shared/api/errors.ts'
import type { ApiEvent } from '../../../shared/api/events.ts'
import { listInterfaces, originFor } from '../../../shared/participants/interfaces.ts'
import { PHONE_ROUTES } from '../../../shared/participants/protocol.ts'
import type { ParticipantMode, ParticipantStatus } from '../../../shared/participants/schemas.ts'
import type { Core } from '../../core/core.ts'
import type { ParticipantService } from '../../core/handlers/participants.ts'
import { loadPhoneAssets } from './page.ts'
import { joinUrl, startPhoneServer, type RunningPhoneServer } from './server.ts'
import { ParticipantSession } from './session.ts'

// "Let participants join" for every open workshop: at most one participant server per workshop,
// each on the address the facilitator picked. It stops when asked, when the meeting finishes, when
// the workshop closes and when the core closes — and "stops" means nothing listens any more.

export interface ParticipantServiceOptions {
  /** The built phone page (out/phone); a missing build gives a page that says so. */
  phoneDir: string
  /** Unexpected errors only; never client addresses. Defaults to stderr. */
  log?: (line: string) => void
  now?: () => number
  /** Tried first when start names no port; any free port if it is taken. */
  preferredPort?: number
}

/** What of the core the service uses; `emit` carries its status to the laptop's views. */
export type ParticipantCore = Pick<Core, 'call' | 'subscribe' | 'emit' | 'services' | 'projector'>

/** A phone counts as connected while it has asked for the state within this time (it asks every 2 s). */
export const CONNECTED_WITHIN_MS = 30_000
const STATUS_TICK_MS = 5_000
export const PREFERRED_PORT = 8080

interface Running {
  readonly session: ParticipantSession
  readonly server: RunningPhoneServer
  readonly address: string
  readonly port: number
  qrDataUrl: string
  /** The counts last announced, to announce only changes. */
  announced: string
}

function stoppedStatus(docId: string, mode: ParticipantMode): ParticipantStatus {
  return {
    docId,
    running: false,
    mode,
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

async function qrFor(url: string): Promise<string> {
  // Medium error correction survives a smudged projector; the margin is the quiet zone scanners need.
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}

export class ParticipantServers implements ParticipantService {
  readonly #core: ParticipantCore
  readonly #opts: ParticipantServiceOptions
  readonly #running = new Map<string, Running>()
  /** The mode chosen last per workshop, so turning phones on again keeps the facilitator's choice. */
  readonly #modes = new Map<string, ParticipantMode>()
  /** One operation at a time per workshop: a double click on "start" must not start two servers. */
  readonly #queues = new Map<string, Promise<unknown>>()
  readonly #unsubscribe: () => void
  #timer: ReturnType<typeof setInterval> | null = null

  constructor(core: ParticipantCore, opts: ParticipantServiceOptions) {
    this.#core = core
    this.#opts = opts
    this.#unsubscribe = core.subscribe((event) => this.#onEvent(event))
  }

  #now(): number {
    return (this.#opts.now ?? Date.now)()
  }

  #log(line: string): void {
    ;(this.#opts.log ?? ((l: string) => void process.stderr.write(`${l}\n`)))(line)
  }

  #serial<T>(docId: string, fn: () => Promise<T>): Promise<T> {
    const before = this.#queues.get(docId) ?? Promise.resolve()
    const next = before.then(fn, fn)
    const settled = next.then(
      () => undefined,
      () => undefined
    )
    this.#queues.set(docId, settled)
    void settled.then(() => {
      if (this.#queues.get(docId) === settled) this.#queues.delete(docId)
    })
    return next
  }

  status(docId: string): ParticipantStatus {
    const r = this.#running.get(docId)
    const mode = this.#modes.get(docId) ?? 'controlled'
    if (!r) return stoppedStatus(docId, mode)
    const origin = originFor(r.address, r.port)
    return {
      docId,
      running: true,
      mode: r.session.mode,
      address: r.address,
      port: r.port,
      url: joinUrl(origin, r.session.code),
      typeUrl: `${origin}${PHONE_ROUTES.page}`,
      joinCode: r.session.code,
      qrDataUrl: r.qrDataUrl,
      connectedDevices: r.session.devices.active(CONNECTED_WITHIN_MS),
      joinedDevices: r.session.devices.size,
      joinPaused: r.session.joins.paused
    }
  }

  #announce(docId: string): ParticipantStatus {
    const status = this.status(docId)
    const r = this.#running.get(docId)
    if (r) r.announced = JSON.stringify(status)
    this.#core.emit({ type: 'participants', docId, status })
    // The projector shows the join code; it must follow at once, not at the next board change.
    this.#core.projector.refresh(docId)
    return status
  }

  start(opts: { docId: string; address: string; port: number | undefined; mode: ParticipantMode }): Promise<ParticipantStatus> {
    return this.#serial(opts.docId, async () => {
      const address = this.#checkAddress(opts.address)
      this.#modes.set(opts.docId, opts.mode)
      const current = this.#running.get(opts.docId)
      if (current && current.address === address && (opts.port === undefined || opts.port === current.port)) {
        current.session.mode = opts.mode
        return this.#announce(opts.docId)
      }
      if (current) await this.#stopNow(opts.docId)

      const session = new ParticipantSession({ core: this.#core, docId: opts.docId, mode: opts.mode, now: () => this.#now() })
      const assets = loadPhoneAssets(this.#opts.phoneDir)
      const listen = (port: number): Promise<RunningPhoneServer> =>
        startPhoneServer({ address, port, session, assets, log: (line) => this.#log(line) })
      let server: RunningPhoneServer
      try {
        if (opts.port !== undefined) server = await listen(opts.port)
        else {
          try {
            server = await listen(this.#opts.preferredPort ?? PREFERRED_PORT)
          } catch (e) {
            if (!isPortProblem(e)) throw e
            server = await listen(0)
          }
        }
      } catch (e) {
        session.close()
        throw listenError(e, address, opts.port)
      }
      const origin = originFor(address, server.port)
      const running: Running = { session, server, address, port: server.port, qrDataUrl: '', announced: '' }
      running.qrDataUrl = await qrFor(joinUrl(origin, session.code))
      this.#running.set(opts.docId, running)
      this.#tick()
      return this.#announce(opts.docId)
    })
  }

  stop(docId: string): Promise<ParticipantStatus> {
    return this.#serial(docId, async () => {
      await this.#stopNow(docId)
      return this.#announce(docId)
    })
  }

  setMode(docId: string, mode: ParticipantMode): ParticipantStatus {
    this.#modes.set(docId, mode)
    const r = this.#running.get(docId)
    if (r) r.session.mode = mode
    return this.#announce(docId)
  }

  rotateCode(docId: string): Promise<ParticipantStatus> {
    return this.#serial(docId, async () => {
      const r = this.#running.get(docId)
      if (!r) throw new ApiError('conflict', 'phones are not allowed to join now: let participants join first')
      r.session.rotate()
      r.qrDataUrl = await qrFor(joinUrl(originFor(r.address, r.port), r.session.code))
      return this.#announce(docId)
    })
  }

  closeAll(): Promise<void> {
    this.#unsubscribe()
    // Every listening socket closes here, synchronously, before any await.
    const closing = [...this.#running.keys()].map((docId) => this.#stopNow(docId))
    return Promise.all(closing).then(() => undefined)
  }

  /** Close one server; its listening socket is gone when this returns (the promise is the rest). */
  #stopNow(docId: string): Promise<void> {
    const r = this.#running.get(docId)
    if (!r) return Promise.resolve()
    this.#running.delete(docId)
    r.session.close()
    const closed = r.server.close()
    if (this.#running.size === 0 && this.#timer) {
      clearInterval(this.#timer)
      this.#timer = null
    }
    return closed
  }

  /** The listed addresses only: never a wildcard, never someone else's address. */
  #checkAddress(address: string): string {
    const known = listInterfaces(os.networkInterfaces())
    const match = known.find((i) => i.address.toLowerCase() === address.trim().toLowerCase())
    if (!match) {
      throw new ApiError(
        'invalid_input',
        `address: "${address}" is not a network address of this computer; choose one from participants.interfaces`,
        [{ path: 'address', message: 'not an address of this computer' }]
      )
    }
    return match.address
  }

  /** The laptop's "3 phones connected" follows the room without every poll sending an event. */
  #tick(): void {
    if (this.#timer) return
    this.#timer = setInterval(() => {
      for (const [docId, r] of this.#running) {
        const status = JSON.stringify(this.status(docId))
        if (status !== r.announced) this.#announce(docId)
      }
    }, STATUS_TICK_MS)
    this.#timer.unref()
  }

  #onEvent(event: ApiEvent): void {
    if (event.type === 'closed' && this.#running.has(event.docId)) {
      void this.stop(event.docId)
      return
    }
    if (event.type !== 'changes' || !this.#running.has(event.docId)) return
    const finished = event.changes.some(
      (c) => c.entity === 'meeting' && c.value !== null && (c.value as { status?: string }).status === 'done'
    )
    if (!finished) return
    // Ending the meeting ends the phones' part in it: stop when the room's meeting is no longer running.
    void this.#core
      .call('participants.view', { docId: event.docId })
      .then((view) => (view.meetingRunning ? undefined : this.stop(event.docId)))
      .catch((e: unknown) => this.#log(`participant server: could not check the meeting: ${String(e)}`))
  }
}

function isPortProblem(e: unknown): boolean {
  const code = (e as { code?: unknown }).code
  return code === 'EADDRINUSE' || code === 'EACCES'
}

function listenError(e: unknown, address: string, port: number | undefined): Error {
  const code = (e as { code?: unknown }).code
  if (code === 'EADDRINUSE') return new ApiError('conflict', `port ${port} on ${address} is already in use: choose another port, or none for any free port`)
  if (code === 'EACCES') return new ApiError('conflict', `not allowed to listen on port ${port}: choose a port above 1023, or none`)
  if (code === 'EADDRNOTAVAIL') return new ApiError('conflict', `the address ${address} is no longer on this computer (network changed?): choose again`)
  return e instanceof Error ? e : new Error(String(e))
}

/**
 * Give a running core its participant server: the composition roots (host/serve.ts, the Electron
 * shell, tests) call this once after createCore.
 */
export function installParticipants(core: ParticipantCore, opts: ParticipantServiceOptions): ParticipantServers {
  const servers = new ParticipantServers(core, opts)
  core.services.participants = servers
  return servers
}
