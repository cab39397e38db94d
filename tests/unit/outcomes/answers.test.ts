import { describe, expect, it } from 'vitest'
import { answersByTheme, answersOverview } from '../../../src/shared/outcomes/answers.ts'
import { failure, newCore, workshopWithCountermeasures } from './fixture.ts'

async function setUp() {
  const core = newCore()
  const ws = await workshopWithCountermeasures(core)
  const docId = ws.docId
  const receiver = (name: string, abbreviation: string, answerBy: string) =>
    core.call('body.add', { docId, name, abbreviation, answerBy, isReceiver: true })
  const klf = await receiver('Kommunledningsförvaltningen', 'KLF', '2014-03-31')
  const utb = await receiver('Utbildningsförvaltningen', 'UTBF', '2014-03-31')
  const kof = await receiver('Kultur- och fritidsförvaltningen', 'KOF', '2014-02-28')
  const meet = await core.call('proposal.add', {
    docId,
    text: 'Skapa fler mötesplatser där boende från olika områden möts',
    theme: 'Mötesplatser',
    receiverIds: [klf.id, utb.id, kof.id]
  })
  const lang = await core.call('proposal.add', {
    docId,
    text: 'Information på flera språk',
    theme: 'Språk',
    receiverIds: [klf.id]
  })
  return { core, docId, klf, utb, kof, meet, lang }
}

describe('recommendations and answers', () => {
  it('lists each receiver with its answers and flags the one past its date as overdue', async () => {
    const { core, docId, klf, utb, kof, meet, lang } = await setUp()
    await core.call('response.record', {
      docId,
      proposalId: meet.id,
      bodyId: klf.id,
      date: '2014-02-10',
      decision: 'agreed',
      commitment: 'Utveckla medborgarenkäten tillsammans med antidiskrimineringsbyrån',
      responsible: 'Kommunledningsförvaltningen',
      due: '2014'
    })
    await core.call('response.record', {
      docId,
      proposalId: meet.id,
      bodyId: utb.id,
      date: '2014-02-20',
      decision: 'partly',
      commitment: 'Nytt ungdomens hus i Alby i slutet av 2013',
      due: '2013'
    })

    const before = await core.call('response.overview', { docId, today: '2014-02-28' })
    const row = (o: typeof before, id: string) => o.receivers.find((r) => r.body.id === id)
    expect(row(before, kof.id)?.items.map((i) => i.status)).toEqual(['open'])
    expect(row(before, kof.id)?.overdue).toBe(false)

    const after = await core.call('response.overview', { docId, today: '2014-03-01' })
    expect(after.receivers.map((r) => r.body.abbreviation)).toEqual(['KLF', 'UTBF', 'KOF'])
    expect(row(after, kof.id)?.items.map((i) => [i.proposal.id, i.status])).toEqual([[meet.id, 'overdue']])
    expect(row(after, kof.id)?.overdue).toBe(true)
    // KLF answered one of its two and is not yet late; the open one comes first.
    expect(row(after, klf.id)?.items.map((i) => [i.proposal.id, i.status, i.response?.decision ?? null])).toEqual([
      [lang.id, 'open', null],
      [meet.id, 'answered', 'agreed']
    ])
    expect(row(after, utb.id)?.counts).toEqual({ total: 1, answered: 1, open: 0, overdue: 0, agreed: 0, partly: 1, notAgreed: 0, notAnswered: 0 })
    expect(after.unaddressed).toEqual([])

    // The pure helper the views use gives the same answer as the method.
    const { data } = await core.call('workshop.get', { docId })
    expect(answersOverview(data, '2014-03-01')).toEqual(after)
    const themes = answersByTheme(data)
    expect(themes.map((t) => [t.theme, t.proposals[0].answers.map((a) => [a.body.abbreviation, a.response?.decision ?? null])])).toEqual([
      ['Mötesplatser', [['KLF', 'agreed'], ['UTBF', 'partly'], ['KOF', null]]],
      ['Språk', [['KLF', null]]]
    ])
  })

  it('keeps one answer per receiver: recording again replaces it, keeping what is not given', async () => {
    const { core, docId, klf, meet } = await setUp()
    const first = await core.call('response.record', { docId, proposalId: meet.id, bodyId: klf.id, decision: 'not_answered', commitment: 'Återkommer' })
    const second = await core.call('response.record', { docId, proposalId: meet.id, bodyId: klf.id, decision: 'agreed', date: '2014-04-02' })
    expect(second.id).toBe(first.id)
    expect([second.decision, second.commitment, second.date]).toEqual(['agreed', 'Återkommer', '2014-04-02'])
    const { data } = await core.call('workshop.get', { docId })
    expect(data.responses).toHaveLength(1)
    // "Not answered" is recorded, but the recommendation stays open (and late once the date has passed).
    await core.call('response.record', { docId, proposalId: meet.id, bodyId: klf.id, decision: 'not_answered' })
    const o = await core.call('response.overview', { docId, today: '2014-05-01' })
    const klfRow = o.receivers.find((r) => r.body.id === klf.id)
    expect(klfRow?.items.find((i) => i.proposal.id === meet.id)?.status).toBe('overdue')
    expect(klfRow?.counts.notAnswered).toBe(1)
  })

  it('refuses an answer from a body that was not asked, and unknown receivers, naming the field', async () => {
    const { core, docId, utb, lang } = await setUp()
    const e1 = await failure(core, 'response.record', { docId, proposalId: lang.id, bodyId: utb.id, decision: 'agreed' })
    expect([e1.code, e1.issues?.[0].path]).toEqual(['invalid_input', 'bodyId'])
    expect(e1.message).toMatch(/Utbildningsförvaltningen is not a receiver/)
    const e2 = await failure(core, 'proposal.add', { docId, text: 'X', receiverIds: [utb.id, 'nope'] })
    expect([e2.code, e2.issues?.[0].path]).toEqual(['invalid_input', 'receiverIds[1]'])
    const e3 = await failure(core, 'response.record', { docId, proposalId: lang.id, bodyId: utb.id, decision: 'maybe' })
    expect([e3.code, e3.issues?.[0].path]).toEqual(['invalid_input', 'decision'])
    const e4 = await failure(core, 'proposal.add', { docId, text: '   ' })
    expect([e4.code, e4.issues?.[0].path]).toEqual(['invalid_input', 'text'])
  })

  it('will not take a receiver off once it has answered', async () => {
    const { core, docId, klf, utb, kof, meet } = await setUp()
    await core.call('response.record', { docId, proposalId: meet.id, bodyId: utb.id, decision: 'agreed' })
    const e = await failure(core, 'proposal.update', { docId, id: meet.id, patch: { receiverIds: [klf.id, kof.id] } })
    expect(e.code).toBe('conflict')
    expect(e.message).toMatch(/Utbildningsförvaltningen has already answered/)
    const ok = await core.call('proposal.update', { docId, id: meet.id, patch: { receiverIds: [utb.id], theme: 'Möten' } })
    expect([ok.receiverIds, ok.theme]).toEqual([[utb.id], 'Möten'])
  })

  it('removing a receiver body removes its answers and takes it off recommendations; undo restores all', async () => {
    const { core, docId, klf, meet } = await setUp()
    await core.call('response.record', { docId, proposalId: meet.id, bodyId: klf.id, decision: 'agreed' })
    await core.call('body.remove', { docId, id: klf.id })
    let { data } = await core.call('workshop.get', { docId })
    expect(data.responses).toEqual([])
    expect(data.proposals.every((p) => !p.receiverIds.includes(klf.id))).toBe(true)
    // The language recommendation had only KLF: it now has no receiver and shows as unaddressed.
    expect(answersOverview(data, '2014-01-01').unaddressed.map((p) => p.theme)).toEqual(['Språk'])
    await core.call('history.undo', { docId })
    ;({ data } = await core.call('workshop.get', { docId }))
    expect(data.responses.map((r) => r.bodyId)).toEqual([klf.id])
    expect(data.proposals.find((p) => p.id === meet.id)?.receiverIds).toContain(klf.id)
  })

  it('removes a recommendation with its answers, reorders, and undoes both', async () => {
    const { core, docId, klf, meet, lang } = await setUp()
    await core.call('response.record', { docId, proposalId: meet.id, bodyId: klf.id, decision: 'agreed' })
    const order = await core.call('proposal.reorder', { docId, ids: [lang.id, meet.id] })
    expect(order.map((p) => p.id)).toEqual([lang.id, meet.id])
    await core.call('proposal.remove', { docId, id: meet.id })
    let { data } = await core.call('workshop.get', { docId })
    expect([data.proposals.length, data.responses.length]).toEqual([1, 0])
    expect((await core.call('history.undo', { docId })).undoLabel).toBe('proposal.reorder')
    ;({ data } = await core.call('workshop.get', { docId }))
    expect([data.proposals.map((p) => p.id), data.responses.length]).toEqual([[lang.id, meet.id], 1])
  })

  it('records how and when the circle was told', async () => {
    const { core, docId } = await setUp()
    const f = await core.call('feedback.add', { docId, date: '2014-05-15', channel: 'Träff i Alby', text: 'Vi gick igenom svaren från\u0007 nämnderna.' })
    expect(f.text).toBe('Vi gick igenom svaren från nämnderna.')
    const g = await core.call('feedback.update', { docId, id: f.id, patch: { channel: '  Brev  till alla ' } })
    expect([g.channel, g.date]).toEqual(['Brev till alla', '2014-05-15'])
    expect((await failure(core, 'feedback.add', { docId, date: '15 maj' })).issues?.[0].path).toBe('date')
    await core.call('feedback.remove', { docId, id: f.id })
    expect((await core.call('workshop.get', { docId })).data.feedback).toEqual([])
    await core.call('history.undo', { docId })
    expect((await core.call('workshop.export', { docId })).feedback).toEqual([g])
  })
})
