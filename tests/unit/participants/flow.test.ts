import { describe, expect, it } from 'vitest'
import type { ApiEvent } from '../../../src/shared/api/events.ts'
import { PhoneState } from '../../../src/shared/participants/schemas.ts'
import { phoneNotes, startRoom, tryConnect, type Room } from './helpers.ts'

// Issue 8, points 2–4: notes from phones land in the inbox (controlled) or on the board (open),
// carry nothing about the device, and votes from phones stay within the phase's dots.

async function joined(room: Room) {
  const phone = room.phone()
  expect((await phone.join(room.status.joinCode ?? '')).status).toBe(200)
  return phone
}

/** Clusters in the cluster phase and a vote phase after them (the dystopia exercise's shape). */
async function votingRoom(): Promise<{ room: Room; vote: string; clusters: string[] }> {
  const room = await startRoom()
  const d = room.docId
  const cluster = room.phase('cluster').id
  const { stickies } = await room.core.call('sticky.addMany', {
    docId: d,
    phaseId: cluster,
    texts: ['Ingen belysning', 'Dålig belysning', 'Stäng fritidsgården', 'Stänga fritidsgårdar']
  })
  const a = await room.core.call('cluster.create', { docId: d, phaseId: cluster, stickyIds: [stickies[0].id, stickies[1].id] })
  const b = await room.core.call('cluster.create', { docId: d, phaseId: cluster, stickyIds: [stickies[2].id, stickies[3].id] })
  const vote = room.phase('vote').id
  await room.core.call('vote.configure', { docId: d, phaseId: vote, voteTarget: 'cluster', dotsPerParticipant: 3, maxDotsPerItem: 2 })
  await room.goTo('vote')
  return { room, vote, clusters: [a.id, b.id] }
}

describe('notes from phones', () => {
  it('controlled mode: notes wait in the inbox, anonymous; approve puts them on the board, remove deletes them', async () => {
    const room = await startRoom({ mode: 'controlled' })
    const phone = await joined(room)
    const state = PhoneState.parse((await phone.state()).body.state)
    expect(state.phase).toMatchObject({ kind: 'capture', mode: 'write', id: room.phase('capture').id })
    expect(state.vote).toBeNull()

    for (const text of ['Jag känner mig inte välkommen på biblioteket', 'لا أشعر بالأمان في المساء', '<img src=x onerror=alert(1)>']) {
      const r = await phone.note(state.phase?.id ?? '', text)
      expect(r.status).toBe(200)
      expect(r.body).toEqual({ ok: true })
    }
    const notes = phoneNotes(await room.read())
    expect(notes.map((n) => n.text)).toEqual([
      'Jag känner mig inte välkommen på biblioteket',
      'لا أشعر بالأمان في المساء',
      '<img src=x onerror=alert(1)>'
    ])
    for (const n of notes) {
      expect(n).toMatchObject({ status: 'inbox', source: 'participant', authorLabel: null, phaseId: room.phase('capture').id })
    }
    // The inbox is not the wall: nothing reaches the projector's options or the board's history.
    expect((await room.core.call('workshop.get', { docId: room.docId })).history.canUndo).toBe(false)

    const { stickies } = await room.core.call('inbox.approve', { docId: room.docId, ids: [notes[0].id, notes[1].id] })
    expect(stickies.map((s) => s.status)).toEqual(['board', 'board'])
    expect(await room.core.call('inbox.remove', { docId: room.docId, ids: [notes[2].id] })).toEqual({ removed: 1 })
    const after = phoneNotes(await room.read())
    expect(after.map((n) => [n.text, n.status])).toEqual([
      ['Jag känner mig inte välkommen på biblioteket', 'board'],
      ['لا أشعر بالأمان في المساء', 'board']
    ])
    // Moderation is not an undo step: undo cannot bring a removed note back.
    expect((await room.core.call('workshop.get', { docId: room.docId })).history.canUndo).toBe(false)
    // Approve and remove take only notes that wait in the inbox.
    const again = await room.core.invoke('inbox.approve', { docId: room.docId, ids: [notes[0].id] })
    expect(again.ok).toBe(false)
    const facilitator = await room.core.call('sticky.add', { docId: room.docId, phaseId: room.phase('capture').id, text: 'Min egen' })
    const notFromPhone = await room.core.invoke('inbox.remove', { docId: room.docId, ids: [facilitator.id] })
    expect(notFromPhone.ok).toBe(false)
  })

  it('open mode: notes go straight to the board (hidden while the phase is silent); switching mode takes effect at once', async () => {
    const room = await startRoom({ mode: 'open' })
    const phone = await joined(room)
    const capture = room.phase('capture').id
    await phone.note(capture, 'Rakt upp på väggen')
    await room.core.call('phase.setSilent', { docId: room.docId, phaseId: capture, silent: true })
    await phone.note(capture, 'Tyst skrivning')
    await room.core.call('participants.setMode', { docId: room.docId, mode: 'controlled' })
    await phone.note(capture, 'Nu till inkorgen')
    const notes = phoneNotes(await room.read())
    expect(notes.map((n) => [n.text, n.status, n.hidden])).toEqual([
      ['Rakt upp på väggen', 'board', false],
      ['Tyst skrivning', 'board', true],
      ['Nu till inkorgen', 'inbox', true]
    ])
  })

  it('phones write only in writing phases of the running meeting; elsewhere they wait', async () => {
    const room = await startRoom()
    const phone = await joined(room)
    await room.goTo('inform')
    const state = PhoneState.parse((await phone.state()).body.state)
    expect(state.phase?.mode).toBe('wait')
    const refused = await phone.note(room.phase('inform').id, 'Fel fas')
    expect(refused.status).toBe(409)
    expect(refused.body.error).toBe('closed')
    // A note finished just after the facilitator moved on still reaches the question it answers.
    const late = await phone.note(room.phase('capture').id, 'Sent men med')
    expect(late.status).toBe(200)
    expect(phoneNotes(await room.read()).map((n) => [n.text, n.phaseId])).toEqual([['Sent men med', room.phase('capture').id]])
  })
})

describe('votes from phones', () => {
  it('a phone sees what the vote is on and spends its dots; the 4th dot is refused', async () => {
    const { room, vote, clusters } = await votingRoom()
    const phone = await joined(room)
    const state = PhoneState.parse((await phone.state()).body.state)
    expect(state.phase).toMatchObject({ id: vote, mode: 'vote' })
    expect(state.vote).toMatchObject({ closed: false, dotsPerParticipant: 3, maxDotsPerItem: 2, used: 0, remaining: 3 })
    expect(state.vote?.options.map((o) => [o.targetType, o.targetId, o.mine])).toEqual([
      ['cluster', clusters[0], 0],
      ['cluster', clusters[1], 0]
    ])

    expect((await phone.vote(vote, 'cluster', clusters[0])).status).toBe(200)
    expect((await phone.vote(vote, 'cluster', clusters[0])).status).toBe(200)
    const perItem = await phone.vote(vote, 'cluster', clusters[0])
    expect(perItem.status).toBe(409)
    expect(perItem.body.error).toBe('vote_refused')
    const third = await phone.vote(vote, 'cluster', clusters[1])
    expect(PhoneState.parse(third.body.state).vote).toMatchObject({ used: 3, remaining: 0 })
    const fourth = await phone.vote(vote, 'cluster', clusters[1])
    expect(fourth.status).toBe(409)

    // Another phone has dots of its own.
    const other = await joined(room)
    expect((await other.vote(vote, 'cluster', clusters[1])).status).toBe(200)
    const results = await room.core.call('vote.reveal', { docId: room.docId, phaseId: vote }).then(() =>
      room.core.call('vote.results', { docId: room.docId, phaseId: vote })
    )
    expect(results.ranking.map((r) => [r.targetId, r.devices])).toEqual([
      [clusters[0], 2],
      [clusters[1], 2]
    ])
    // Revealed means closed: phones can no longer vote.
    expect((await other.vote(vote, 'cluster', clusters[0])).status).toBe(409)
    expect(PhoneState.parse((await other.state()).body.state).vote?.closed).toBe(true)
  })

  it('dots go only to the vote the phone shows, and never to something that is not an option', async () => {
    const { room, vote } = await votingRoom()
    const phone = await joined(room)
    const capture = room.phase('capture').id
    expect((await phone.vote(capture, 'cluster', 'nope')).status).toBe(409)
    expect((await phone.vote(vote, 'sticky', 'not-a-note')).status).toBe(409)
    expect((await room.read()).votes).toEqual([])
  })
})

describe('anonymity in storage', () => {
  it('the export holds no device token, no cookie, no address; votes are under an HMAC key only', async () => {
    const { room, vote, clusters } = await votingRoom()
    const phone = await joined(room)
    await phone.vote(vote, 'cluster', clusters[0])
    await room.goTo('capture')
    await phone.note(room.phase('capture').id, 'Anonym lapp')
    const token = (phone.cookie ?? '').split('=')[1]
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const exported = JSON.stringify(await room.core.call('workshop.export', { docId: room.docId }))
    expect(exported).toContain('Anonym lapp')
    expect(exported).not.toContain(token)
    expect(exported).not.toContain('127.0.0.1')
    expect(exported).not.toContain(String(room.port))
    const data = await room.read()
    expect(data.votes).toHaveLength(1)
    expect(data.votes[0].voter).toMatch(/^ph-[0-9a-f]{40}$/)
    expect(data.votes[0].voter).not.toContain(token.slice(0, 8))
    expect(phoneNotes(data)[0]).toMatchObject({ authorLabel: null, source: 'participant' })
  })
})

describe('turning phones off', () => {
  it('finishing the meeting stops the server', async () => {
    const room = await startRoom()
    const events: ApiEvent[] = []
    room.core.subscribe((e) => events.push(e))
    const meetingId = (await room.read()).meetings[0].id
    await room.core.call('meeting.finish', { docId: room.docId, meetingId })
    for (let i = 0; i < 50 && (await room.core.call('participants.status', { docId: room.docId })).running; i++) {
      await new Promise((r) => setTimeout(r, 20))
    }
    expect((await room.core.call('participants.status', { docId: room.docId })).running).toBe(false)
    expect(await tryConnect(room.port)).toBe('ECONNREFUSED')
    expect(events.some((e) => e.type === 'participants' && !e.status.running)).toBe(true)
  })

  it('closing the workshop stops the server; closing the core stops it at once', async () => {
    const room = await startRoom()
    await room.core.call('library.close', { docId: room.docId })
    for (let i = 0; i < 50 && (await tryConnect(room.port)) === 'connected'; i++) await new Promise((r) => setTimeout(r, 20))
    expect(await tryConnect(room.port)).toBe('ECONNREFUSED')

    const other = await startRoom()
    expect(await tryConnect(other.port)).toBe('connected')
    other.core.close()
    expect(await tryConnect(other.port)).toBe('ECONNREFUSED')
  })

  it('status events tell the laptop about start, joins and stop; the projector gets the join code', async () => {
    const room = await startRoom({ start: false })
    const events: ApiEvent[] = []
    room.core.subscribe((e) => events.push(e))
    const status = await room.core.call('participants.start', { docId: room.docId, address: '127.0.0.1', port: 0, mode: 'open' })
    expect(status).toMatchObject({ running: true, mode: 'open', address: '127.0.0.1', joinedDevices: 0 })
    expect(status.url).toBe(`http://127.0.0.1:${status.port}/j?c=${status.joinCode}`)
    expect(status.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(Buffer.from(status.qrDataUrl?.split(',')[1] ?? '', 'base64').toString()).toMatch(/^<svg /)
    const projector = await room.core.call('projector.view', { docId: room.docId })
    expect(projector.participants).toMatchObject({ joinUrl: status.url, joinCode: status.joinCode })
    // Starting again on the same address keeps the server and its code (a double click), changing the mode only.
    const same = await room.core.call('participants.start', { docId: room.docId, address: '127.0.0.1', mode: 'controlled' })
    expect(same).toMatchObject({ port: status.port, joinCode: status.joinCode, mode: 'controlled' })
    const events0 = events.length
    const phone = new (await import('./helpers.ts')).Phone(status.port ?? 0)
    await phone.join(status.joinCode ?? '')
    await phone.state()
    const latest = (await room.core.call('participants.status', { docId: room.docId }))
    expect(latest).toMatchObject({ joinedDevices: 1, connectedDevices: 1 })
    await room.core.call('participants.stop', { docId: room.docId })
    const statuses = events.filter((e): e is Extract<ApiEvent, { type: 'participants' }> => e.type === 'participants')
    expect(statuses[0].status.running).toBe(true)
    expect(statuses.at(-1)?.status.running).toBe(false)
    expect(events.length).toBeGreaterThan(events0)
    expect((await room.core.call('projector.view', { docId: room.docId })).participants).toBeNull()
  })
})
