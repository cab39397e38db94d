import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core.ts'
import { anchoringStatus } from '../../../src/shared/run/anchoring.ts'
import { findBuiltInMethod } from '../../../src/shared/methods/index.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { failure, firstMeeting, newWorkshop, read, startCore } from './core-helpers.ts'

let core: Core | undefined
afterEach(() => core?.close())

describe('anchoring before the first meeting (the ECAR lesson)', () => {
  it('refuses to start an ECAR circle until a receiver with an answer-by date is named', async () => {
    core = startCore(tempDir())
    const { docId } = await newWorkshop(core, 'ecar-circle', 'Diskriminering i vardagen')
    const data = await read(core, docId)
    expect(data.meetings).toHaveLength(findBuiltInMethod('ecar-circle')!.meetings.length)
    const meetingId = firstMeeting(data).id

    const refused = await failure(core, 'meeting.start', { docId, meetingId })
    expect(refused.code).toBe('conflict')
    expect(refused.message).toMatch(/ECAR/)
    expect(refused.message).toMatch(/mottagare/)
    expect(refused.issues?.map((i) => i.path)).toEqual(['bodies', 'bodies.answerBy'])
    expect((await read(core, docId)).meetings.every((m) => m.status === 'planned')).toBe(true)

    // A receiver without a date is not enough: someone must have promised to answer by when.
    const body = await core.call('body.add', {
      docId,
      name: 'Utbildningsnämnden',
      abbreviation: 'UN',
      contact: 'registrator@example.se',
      isReceiver: true
    })
    expect((await failure(core, 'meeting.start', { docId, meetingId })).issues?.map((i) => i.path)).toEqual(['bodies.answerBy'])

    await core.call('body.update', { docId, id: body.id, patch: { answerBy: '2025-11-30' } })
    const after = await read(core, docId)
    expect(anchoringStatus(after, findBuiltInMethod('ecar-circle'))).toMatchObject({ satisfied: true, blocksStart: false })
    const pos = await core.call('meeting.start', { docId, meetingId })
    expect(pos.meeting.status).toBe('running')
    expect(pos.workshop.anchoringOverride).toBeNull()
  })

  it('starts with an override, keeping the reason for the report', async () => {
    core = startCore(tempDir())
    const { docId } = await newWorkshop(core, 'ecar-circle')
    const meetingId = firstMeeting(await read(core, docId)).id

    expect((await failure(core, 'meeting.start', { docId, meetingId, override: { reason: '   ' } })).code).toBe('invalid_input')
    const pos = await core.call('meeting.start', {
      docId,
      meetingId,
      override: { reason: 'Nämnden utser mottagare på sitt möte i juni' }
    })
    expect(pos.meeting.status).toBe('running')
    expect(pos.workshop.anchoringOverride).toBe('Nämnden utser mottagare på sitt möte i juni')
    expect(anchoringStatus(await read(core, docId), findBuiltInMethod('ecar-circle'))).toMatchObject({
      satisfied: false,
      overridden: true,
      blocksStart: false
    })
  })

  it('asks the same of a democracy lab and of an own copy of the circle, but not of a dystopia exercise', async () => {
    core = startCore(tempDir())
    const lab = await newWorkshop(core, 'democracy-lab')
    expect((await failure(core, 'meeting.start', { docId: lab.docId, meetingId: firstMeeting(await read(core, lab.docId)).id })).code).toBe(
      'conflict'
    )

    const own = await core.call('templates.copy', { fromId: 'ecar-circle', newName: 'Cirkel om trygghet' })
    const circle = await newWorkshop(core, own.template.id)
    const circleMeeting = firstMeeting(await read(core, circle.docId)).id
    expect((await failure(core, 'meeting.start', { docId: circle.docId, meetingId: circleMeeting })).code).toBe('conflict')

    const d = await newWorkshop(core, 'dystopia')
    const pos = await core.call('meeting.start', { docId: d.docId, meetingId: firstMeeting(await read(core, d.docId)).id })
    expect(pos.meeting.status).toBe('running')
  })
})
