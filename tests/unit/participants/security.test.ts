import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../../src/main/host/participants/server.ts'
import { MAX_WRONG_PER_CLIENT } from '../../../src/main/host/participants/joins.ts'
import { JOIN_CODE_ALPHABET } from '../../../src/shared/participants/codes.ts'
import { Phone, phoneNotes, rawRequest, startRoom, tryConnect, type Room } from './helpers.ts'

// Issue 8, point 5: only the phone's routes exist; the join code is needed for a device token;
// the token is an HttpOnly, SameSite=Strict cookie; Host and Origin are checked; bodies are small;
// floods and guessing are cut off. Every refusal is checked to change nothing.

/** A code that is certainly not the room's: same alphabet, one letter changed. */
function wrongCode(room: Room): string {
  const code = room.status.joinCode ?? ''
  const swap = code[0] === JOIN_CODE_ALPHABET[0] ? JOIN_CODE_ALPHABET[1] : JOIN_CODE_ALPHABET[0]
  return swap + code.slice(1)
}

async function joinedPhone(room: Room) {
  const phone = room.phone()
  expect((await phone.join(room.status.joinCode ?? '')).status).toBe(200)
  return phone
}

describe('participant server: joining', () => {
  it('a wrong code gets 403 and no token; the right one a HttpOnly SameSite=Strict cookie', async () => {
    const room = await startRoom()
    const phone = room.phone()
    const wrong = await phone.join(wrongCode(room))
    expect(wrong.status).toBe(403)
    expect(wrong.body).toEqual({ ok: false, error: 'wrong_code' })
    expect(wrong.headers['set-cookie']).toBeUndefined()
    expect((await phone.state()).status).toBe(401)

    // Case and spacing as people copy it from a wall do not matter.
    const code = room.status.joinCode ?? ''
    const right = await phone.join(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`)
    expect(right.status).toBe(200)
    const cookie = right.headers['set-cookie']?.[0] ?? ''
    expect(cookie).toMatch(new RegExp(`^medskapa_device_${room.port}=[A-Za-z0-9_-]{43};`))
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Strict/)
    expect(cookie).toMatch(/; Path=\//)
    expect((await phone.state()).status).toBe(200)
    expect((await room.core.call('participants.status', { docId: room.docId })).joinedDevices).toBe(1)
  })

  it(`after ${MAX_WRONG_PER_CLIENT} wrong codes the client is locked out with 429, even with the right code`, async () => {
    let now = 1_000_000
    const room = await startRoom({ now: () => now })
    const phone = room.phone()
    for (let i = 0; i < MAX_WRONG_PER_CLIENT; i++) expect((await phone.join(wrongCode(room))).status).toBe(403)
    const locked = await phone.join(wrongCode(room))
    expect(locked.status).toBe(429)
    expect(locked.body.error).toBe('locked')
    const right = await phone.join(room.status.joinCode ?? '')
    expect(right.status).toBe(429)
    expect(right.headers['set-cookie']).toBeUndefined()
    expect((await room.core.call('participants.status', { docId: room.docId })).joinedDevices).toBe(0)
    // Five minutes later the lock-out has passed.
    now += 5 * 60_000 + 1
    expect((await phone.join(room.status.joinCode ?? '')).status).toBe(200)
  })

  it('a new code (rotate) stops the old one working; joined phones stay joined', async () => {
    const room = await startRoom()
    const early = await joinedPhone(room)
    const old = room.status.joinCode ?? ''
    const rotated = await room.core.call('participants.rotateCode', { docId: room.docId })
    expect(rotated.joinCode).not.toBe(old)
    expect(rotated.url).toContain(`?c=${rotated.joinCode}`)
    expect((await room.phone().join(old)).status).toBe(403)
    expect((await room.phone().join(rotated.joinCode ?? '')).status).toBe(200)
    expect((await early.state()).status).toBe(200)
  })

  it('a forged or foreign cookie is no device', async () => {
    const room = await startRoom()
    const phone = room.phone()
    phone.cookie = `medskapa_device_${room.port}=${'A'.repeat(43)}`
    expect((await phone.state()).status).toBe(401)
    expect((await phone.note(room.phase('capture').id, 'utan kod')).status).toBe(401)
    expect(phoneNotes(await room.read())).toEqual([])
  })
})

describe('participant server: refusals change nothing', () => {
  it('only the phone routes exist: facilitator routes are 404 and change nothing', async () => {
    const room = await startRoom()
    const phone = await joinedPhone(room)
    const before = await room.read()
    const token = { 'x-medskapa-token': 'whatever' }
    const attempts: Array<[string, string, unknown]> = [
      ['POST', '/api/workshop.get', { docId: room.docId }],
      ['POST', '/api/sticky.add', { docId: room.docId, phaseId: room.phase('capture').id, text: 'intrång' }],
      ['POST', '/api/library.list', {}],
      ['POST', '/api/participants.stop', { docId: room.docId }],
      ['POST', '/api/inbox.approve', { docId: room.docId, ids: ['x'] }],
      ['GET', '/events', undefined],
      ['GET', '/api/workshop.get', undefined],
      ['GET', '/index.html', undefined],
      ['GET', '/static/../../package.json', undefined],
      ['GET', '/static/', undefined],
      ['GET', '/projector', undefined]
    ]
    for (const [method, route, body] of attempts) {
      const reply = await phone.send(method as 'GET' | 'POST', route, body, token)
      expect(reply.status, `${method} ${route}`).toBe(404)
      expect(reply.text).not.toContain(room.docId)
    }
    expect(await room.read()).toEqual(before)
    expect((await room.core.call('participants.status', { docId: room.docId })).running).toBe(true)
  })

  it('a foreign Host (DNS rebinding) or Origin gets 403 and changes nothing', async () => {
    const room = await startRoom()
    const phone = await joinedPhone(room)
    const capture = room.phase('capture').id
    const evilHost = await phone.send('POST', '/api/note', { phaseId: capture, text: 'via rebinding' }, { host: `evil.example:${room.port}` })
    expect(evilHost.status).toBe(403)
    expect((await phone.send('GET', '/j', undefined, { host: 'localhost' })).status).toBe(403)
    const evilOrigin = await phone.send('POST', '/api/note', { phaseId: capture, text: 'från annan sida' }, { origin: 'http://evil.example' })
    expect(evilOrigin.status).toBe(403)
    expect((await phone.send('POST', '/api/note', { phaseId: capture, text: 'null' }, { origin: 'null' })).status).toBe(403)
    const crossSite = await phone.send('POST', '/api/note', { phaseId: capture, text: 'cross-site' }, { 'sec-fetch-site': 'cross-site' })
    expect(crossSite.status).toBe(403)
    // A form from another site cannot send JSON; a text/plain body is refused before anything runs.
    const form = await phone.send('POST', '/api/note', undefined, { 'content-type': 'text/plain' })
    expect(form.status).toBe(415)
    expect(phoneNotes(await room.read())).toEqual([])
    // The phone's own origin is fine.
    const own = await phone.send('POST', '/api/note', { phaseId: capture, text: 'egen sida' }, { origin: `http://127.0.0.1:${room.port}` })
    expect(own.status).toBe(200)
    expect(phoneNotes(await room.read()).map((s) => s.text)).toEqual(['egen sida'])
  })

  it('an oversized body gets 413 and changes nothing; an over-long note 400', async () => {
    const room = await startRoom()
    const phone = await joinedPhone(room)
    const capture = room.phase('capture').id
    const big = await phone.note(capture, 'x'.repeat(5 * 1024))
    expect(big.status).toBe(413)
    expect(big.body.error).toBe('too_large')
    const long = await phone.note(capture, 'y'.repeat(501))
    expect(long.status).toBe(400)
    expect(long.body.error).toBe('too_long')
    expect((await phone.note(capture, '   ')).body.error).toBe('empty')
    expect((await phone.send('POST', '/api/note', { phaseId: capture, text: 'ok', author: 'Anna' })).status).toBe(400)
    expect(phoneNotes(await room.read())).toEqual([])
  })

  it(`a flood of notes is cut off with 429 after ${LIMITS.notesPerMinute} a minute, and nothing extra is stored`, async () => {
    const room = await startRoom({ mode: 'open' })
    const phone = await joinedPhone(room)
    const other = await joinedPhone(room)
    const capture = room.phase('capture').id
    const statuses: number[] = []
    for (let i = 0; i < LIMITS.notesPerMinute + 10; i++) statuses.push((await phone.note(capture, `lapp ${i}`)).status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMITS.notesPerMinute)
    expect(statuses.slice(LIMITS.notesPerMinute)).toEqual(Array(10).fill(429))
    expect(phoneNotes(await room.read())).toHaveLength(LIMITS.notesPerMinute)
    // The limit is per phone: another phone in the room still gets through.
    expect((await other.note(capture, 'en annan telefon')).status).toBe(200)
  })
})

describe('participant server: the page', () => {
  it('serves the page with a strict CSP and security headers, and the built script', async () => {
    const room = await startRoom()
    const page = await rawRequest(room.port, { path: '/j?c=ABC234' })
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    const csp = String(page.headers['content-security-policy'])
    for (const part of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'"
    ]) {
      expect(csp).toContain(part)
    }
    expect(csp).not.toContain('unsafe')
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect(page.text).toContain('<script src="/static/phone.js"></script>')
    expect(page.text).not.toMatch(/<script>|\son\w+=/)
    const script = await rawRequest(room.port, { path: '/static/phone.js' })
    expect(script.status).toBe(200)
    expect(script.text).toBe('/* test phone script */\n')
    expect((await rawRequest(room.port, { path: '/' })).headers.location).toBe('/j')
  })
})

describe('participant server: stopping', () => {
  it('after stop nothing listens, and starting again gives a new code and forgets the phones', async () => {
    const room = await startRoom()
    const phone = await joinedPhone(room)
    expect(await tryConnect(room.port)).toBe('connected')
    const stopped = await room.core.call('participants.stop', { docId: room.docId })
    expect(stopped).toMatchObject({ running: false, url: null, joinCode: null })
    expect(await tryConnect(room.port)).toBe('ECONNREFUSED')

    const again = await room.core.call('participants.start', { docId: room.docId, address: '127.0.0.1', port: 0 })
    expect(again.joinCode).not.toBe(room.status.joinCode)
    // The old token, even under the new server's cookie name, belongs to no device any more.
    const samePhone = new Phone(again.port ?? 0)
    samePhone.cookie = phone.cookie?.replace(`_${room.port}=`, `_${again.port}=`)
    expect((await samePhone.state()).status).toBe(401)
  })

  it('refuses to listen on an address that is not this computer, or on every address', async () => {
    const room = await startRoom({ start: false })
    for (const address of ['0.0.0.0', '::', '10.255.255.1', 'evil.example']) {
      const r = await room.core.invoke('participants.start', { docId: room.docId, address, port: 0 })
      expect(r.ok, address).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('invalid_input')
    }
    expect((await room.core.call('participants.status', { docId: room.docId })).running).toBe(false)
  })
})
