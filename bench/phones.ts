import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { createCore } from '../src/main/core/core.ts'
import { installParticipants } from '../src/main/host/participants/service.ts'
import { PHONE_POLL_MS, PHONE_ROUTES } from '../src/shared/participants/protocol.ts'
import { summarize, type Sample } from './stats.ts'

// Issue 8's load test: a room of phones (60 × 10 notes within a minute), each joining with the code
// and asking for the state every two seconds as the phone page does, on the real participant server
// and core. Runs on 127.0.0.1 only.

export interface PhonesOptions {
  /** The join URL with the code, as in the QR code: http://127.0.0.1:PORT/j?c=CODE */
  url: string
  phones?: number
  notesEach?: number
  /** The notes are spread at random over this window (default a minute). */
  windowMs?: number
  /** Poll the state every 2 s while sending, as real phones do (default true). */
  poll?: boolean
}

export interface PhonesResult {
  phones: number
  sent: number
  acknowledged: number
  /** Sent but not acknowledged with 200 (refused, failed or timed out). */
  lost: number
  p95AckMs: number
  ack: Sample
  polls: number
  failedPolls: number
  durationMs: number
}

interface Answer {
  status: number
  body: string
  setCookie?: string
}

function send(agent: http.Agent, url: URL, method: 'GET' | 'POST', route: string, cookie: string | undefined, body?: unknown): Promise<Answer> {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: route,
        agent,
        timeout: 15_000,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...(cookie ? { cookie } : {}),
          origin: url.origin
        }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), setCookie: res.headers['set-cookie']?.[0] })
        )
      }
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', () => resolve({ status: 0, body: '' }))
    if (payload) req.write(payload)
    req.end()
  })
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** Simulate a room of phones against a running participant server; resolves when all are done. */
export async function simulatePhones(opts: PhonesOptions): Promise<PhonesResult> {
  const url = new URL(opts.url)
  const code = url.searchParams.get('c') ?? ''
  const phones = opts.phones ?? 60
  const notesEach = opts.notesEach ?? 10
  const windowMs = opts.windowMs ?? 60_000
  const poll = opts.poll ?? true
  const ackTimes: number[] = []
  let sent = 0
  let acknowledged = 0
  let polls = 0
  let failedPolls = 0
  const started = Date.now()

  const phone = async (n: number): Promise<void> => {
    // A phone has one or two connections, like a browser on a small device.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 2 })
    try {
      const joined = await send(agent, url, 'POST', PHONE_ROUTES.join, undefined, { code })
      if (joined.status !== 200 || !joined.setCookie) throw new Error(`phone ${n} could not join (${joined.status})`)
      const cookie = joined.setCookie.split(';')[0]
      const first = await send(agent, url, 'GET', PHONE_ROUTES.state, cookie)
      const phaseId = (JSON.parse(first.body) as { state?: { phase?: { id?: string } } }).state?.phase?.id
      if (!phaseId) throw new Error(`phone ${n} sees no phase to write in`)

      let writing = true
      const poller = (async () => {
        while (poll && writing) {
          await sleep(PHONE_POLL_MS)
          const r = await send(agent, url, 'GET', PHONE_ROUTES.state, cookie)
          polls++
          if (r.status !== 200) failedPolls++
        }
      })()
      const times = Array.from({ length: notesEach }, () => Math.random() * windowMs).sort((a, b) => a - b)
      for (let i = 0; i < notesEach; i++) {
        const wait = started + times[i] - Date.now()
        if (wait > 0) await sleep(wait)
        sent++
        const t = process.hrtime.bigint()
        const r = await send(agent, url, 'POST', PHONE_ROUTES.note, cookie, { phaseId, text: `Telefon ${n}, lapp ${i + 1}: otrygg gångtunnel vid stationen` })
        if (r.status === 200) {
          acknowledged++
          ackTimes.push(Number(process.hrtime.bigint() - t) / 1e6)
        }
      }
      writing = false
      await poller
    } finally {
      agent.destroy()
    }
  }

  await Promise.all(Array.from({ length: phones }, (_, n) => phone(n + 1)))
  const ack = summarize(ackTimes.length > 0 ? ackTimes : [0])
  return {
    phones,
    sent,
    acknowledged,
    lost: sent - acknowledged,
    p95AckMs: ack.p95,
    ack,
    polls,
    failedPolls,
    durationMs: Date.now() - started
  }
}

/**
 * The whole benchmark: a real core and participant server on 127.0.0.1, a started meeting in a
 * writing phase, open mode (notes straight to the board), the simulated room, then a count of what
 * the workshop file really holds.
 */
export async function benchPhones(opts: Omit<PhonesOptions, 'url'> = {}): Promise<PhonesResult & { stored: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-bench-phones-'))
  const core = createCore({ dataDir: dir, host: 'cli' })
  try {
    installParticipants(core, { phoneDir: path.join(dir, 'no-phone-page'), log: (l) => process.stderr.write(`${l}\n`) })
    const { docId } = await core.call('library.create', { title: 'Belastningsprov', methodId: 'dystopia' })
    const data = (await core.call('workshop.get', { docId })).data
    await core.call('meeting.start', { docId, meetingId: data.meetings[0].id })
    const capture = data.phases.find((p) => p.kind === 'capture')
    if (!capture) throw new Error('the dystopia method has no capture phase')
    await core.call('run.goToPhase', { docId, phaseId: capture.id })
    const status = await core.call('participants.start', { docId, address: '127.0.0.1', port: 0, mode: 'open' })
    const result = await simulatePhones({ ...opts, url: status.url ?? '' })
    const stored = (await core.call('workshop.get', { docId })).data.stickies.filter((s) => s.source === 'participant').length
    await core.call('participants.stop', { docId })
    return { ...result, stored }
  } finally {
    core.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

// `node bench/phones.ts [phones] [notesEach] [windowMs]`: run once and print the numbers.
if (import.meta.main) {
  const [phones, notesEach, windowMs] = process.argv.slice(2).map(Number)
  const r = await benchPhones({ phones: phones || 60, notesEach: notesEach || 10, windowMs: windowMs || 60_000 })
  process.stdout.write(`${JSON.stringify({ ...r, ack: { ...r.ack } }, null, 2)}\n`)
}
