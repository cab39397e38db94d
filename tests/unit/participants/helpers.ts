import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import { installParticipants, type ParticipantServers } from '../../../src/main/host/participants/service.ts'
import type { Phase } from '../../../src/shared/domain/entities.ts'
import type { PhaseKind } from '../../../src/shared/domain/enums.ts'
import type { WorkshopData } from '../../../src/shared/domain/interchange.ts'
import type { ParticipantMode, ParticipantStatus } from '../../../src/shared/participants/schemas.ts'
import { tempDir } from '../../helpers/tmp.ts'

// A real core with the real participant server on 127.0.0.1 (never any other address: tests must
// not send traffic to the network), a dystopia workshop whose first meeting has started, and
// phones that speak raw HTTP so tests can set Host, Origin and cookies the way attackers would.

export const LOOPBACK = '127.0.0.1'
export const PHONE_JS = '/* test phone script */\n'

const rooms: Room[] = []
afterEach(async () => {
  while (rooms.length) await rooms.pop()?.dispose()
})

export interface Room {
  core: Core
  servers: ParticipantServers
  docId: string
  dataDir: string
  status: ParticipantStatus
  port: number
  phase(kind: PhaseKind): Phase
  read(): Promise<WorkshopData>
  /** Make a phase the room's current one. */
  goTo(kind: PhaseKind): Promise<Phase>
  phone(): Phone
  dispose(): Promise<void>
}

export async function startRoom(opts: { mode?: ParticipantMode; now?: () => number; start?: boolean } = {}): Promise<Room> {
  const dir = tempDir('medskapa-phones-')
  const phoneDir = path.join(dir, 'phone')
  fs.mkdirSync(phoneDir)
  fs.writeFileSync(path.join(phoneDir, 'phone.js'), PHONE_JS)
  fs.writeFileSync(path.join(phoneDir, 'phone.css'), 'body { margin: 0 }\n')
  const core = createCore({ dataDir: path.join(dir, 'data'), host: 'browser' })
  const servers = installParticipants(core, { phoneDir, now: opts.now, log: () => undefined })
  const { docId } = await core.call('library.create', { title: 'Trygghet i Fittja', methodId: 'dystopia' })
  const first = (await core.call('workshop.get', { docId })).data
  await core.call('meeting.start', { docId, meetingId: first.meetings[0].id })
  const phase = (kind: PhaseKind): Phase => {
    const p = first.phases.find((x) => x.kind === kind)
    if (!p) throw new Error(`no ${kind} phase`)
    return p
  }
  await core.call('run.goToPhase', { docId, phaseId: phase('capture').id })
  const status =
    opts.start === false
      ? await core.call('participants.status', { docId })
      : await core.call('participants.start', { docId, address: LOOPBACK, port: 0, mode: opts.mode ?? 'controlled' })
  let disposed = false
  const room: Room = {
    core,
    servers,
    docId,
    dataDir: path.join(dir, 'data'),
    status,
    port: status.port ?? 0,
    phase,
    read: async () => (await core.call('workshop.get', { docId })).data,
    goTo: async (kind) => {
      await core.call('run.goToPhase', { docId, phaseId: phase(kind).id })
      return phase(kind)
    },
    phone: () => new Phone(room.port),
    dispose: async () => {
      if (disposed) return
      disposed = true
      await servers.closeAll()
      core.close()
    }
  }
  rooms.push(room)
  return room
}

export interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  body: { ok?: boolean; error?: string; state?: unknown } & Record<string, unknown>
}

export function rawRequest(
  port: number,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string }
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: LOOPBACK, port, method: opts.method ?? 'GET', path: opts.path ?? '/', headers: opts.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let body: Reply['body'] = {}
          try {
            body = JSON.parse(text) as Reply['body']
          } catch {
            body = {}
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body })
        })
      }
    )
    req.on('error', reject)
    if (opts.body !== undefined) req.write(opts.body)
    req.end()
  })
}

/** One phone: keeps its device cookie like a browser would, and sends JSON like the phone page. */
export class Phone {
  readonly port: number
  cookie: string | undefined

  constructor(port: number) {
    this.port = port
  }

  async send(method: 'GET' | 'POST', route: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const reply = await rawRequest(this.port, {
      method,
      path: route,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const setCookie = reply.headers['set-cookie']?.[0]
    if (setCookie) this.cookie = setCookie.split(';')[0]
    return reply
  }

  join(code: string): Promise<Reply> {
    return this.send('POST', '/api/join', { code })
  }

  state(): Promise<Reply> {
    return this.send('GET', '/api/state')
  }

  note(phaseId: string, text: string): Promise<Reply> {
    return this.send('POST', '/api/note', { phaseId, text })
  }

  vote(phaseId: string, targetType: 'sticky' | 'cluster', targetId: string, delta: 1 | -1 = 1): Promise<Reply> {
    return this.send('POST', '/api/vote', { phaseId, targetType, targetId, delta })
  }
}

/** A plain TCP connection attempt: 'connected', or the error code (ECONNREFUSED once stopped). */
export function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const req = http.request({ host: LOOPBACK, port, path: '/j', agent: false, timeout: 2_000 }, (res) => {
      res.resume()
      resolve('connected')
    })
    req.on('timeout', () => {
      req.destroy()
      resolve('timeout')
    })
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message))
    req.end()
  })
}

/** Notes of the workshop that came from phones. */
export function phoneNotes(data: WorkshopData): WorkshopData['stickies'] {
  return data.stickies.filter((s) => s.source === 'participant')
}
