import { describe, expect, it } from 'vitest'
import type { EffectRow } from '../../../src/shared/domain/entities.ts'
import { groupEffectRows, responsibleCell, responsibleLegend } from '../../../src/shared/outcomes/effects.ts'
import { COUNTERMEASURES, failure, newCore, workshopWithCountermeasures } from './fixture.ts'

async function bodies(core: ReturnType<typeof newCore>, docId: string) {
  const add = (name: string, abbreviation: string) => core.call('body.add', { docId, name, abbreviation, kind: 'forvaltning' })
  return {
    tek: await add('Tekniska förvaltningen', 'TEK'),
    fof: await add('Fritids- och folkhälsoförvaltningen', 'FOF'),
    kuf: await add('Kultur- och fritidsförvaltningen', 'KUF'),
    sbf: await add('Samhällsbyggnadsförvaltningen', 'SBF'),
    abb: await add('AB Bostäder i Borås', 'AB-Bostäder')
  }
}

describe('effect chains', () => {
  it('builds three rows from countermeasures, keeping the link and reading Ansvar from the owner', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const b = await bodies(core, ws.docId)
    const rows: EffectRow[] = []
    for (const cm of ws.countermeasures) {
      rows.push(await core.call('effectRow.add', { docId: ws.docId, from: { type: 'countermeasure', id: cm.id }, goalArea: 'Boende & närmiljö' }))
    }
    expect(rows.map((r) => r.activity)).toEqual(COUNTERMEASURES.map((c) => c.text))
    expect(rows.map((r) => [r.sourceType, r.sourceId])).toEqual(ws.countermeasures.map((c) => ['countermeasure', c.id]))
    expect(rows.map((r) => r.responsibleIds)).toEqual([[b.tek.id], [b.fof.id, b.kuf.id], [b.sbf.id, b.abb.id]])
    expect(rows.map((r) => r.time)).toEqual(['Q3 2025', '', '2026'])
    // Tid and Resurser may stay empty; nothing else is required either.
    expect(rows[1].resources).toBe('')

    // The group fills in the rest of the chain, right to left.
    const long = 'I Borås ska det inte finnas några utsatta områden'
    await core.call('effectRow.update', { docId: ws.docId, id: rows[0].id, patch: { longTerm: long, shortTerm: 'Renare närmiljö', output: 'Karta', collabNow: 'specified', collabNeeded: 'cooperation' } })
    await core.call('effectRow.update', { docId: ws.docId, id: rows[1].id, patch: { longTerm: `  ${long.toUpperCase()} `, responsibleIds: [b.fof.id, b.fof.id] } })
    await core.call('effectRow.update', { docId: ws.docId, id: rows[2].id, patch: { goalArea: 'Områdesutveckling Norrby', longTerm: 'Ökat boendeinflytande' } })
    const { data } = await core.call('workshop.get', { docId: ws.docId })
    expect(data.effectRows.find((r) => r.id === rows[1].id)?.responsibleIds).toEqual([b.fof.id])
    const grouped = groupEffectRows(data.effectRows)
    expect(grouped.map((g) => [g.goalArea, g.groups.map((x) => [x.longTerm, x.rows.length])])).toEqual([
      ['Boende & närmiljö', [[long, 2]]],
      ['Områdesutveckling Norrby', [['Ökat boendeinflytande', 1]]]
    ])
    expect(responsibleLegend(data.bodies, data.effectRows).map((x) => x.abbreviation)).toEqual(['AB-Bostäder', 'FOF', 'SBF', 'TEK'])
    expect(responsibleCell(data.bodies, data.effectRows[2])).toBe('SBF, AB-Bostäder')
    expect(data.effectRows[0].collabNeeded).toBe('cooperation')
  })

  it('takes a body off every row when it is removed, and undo puts it back', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const b = await bodies(core, ws.docId)
    const row = await core.call('effectRow.add', { docId: ws.docId, activity: 'Pilottesta arena skola', responsibleIds: [b.sbf.id, b.fof.id] })
    await core.call('body.remove', { docId: ws.docId, id: b.sbf.id })
    let { data } = await core.call('workshop.get', { docId: ws.docId })
    expect(data.effectRows.find((r) => r.id === row.id)?.responsibleIds).toEqual([b.fof.id])
    await core.call('history.undo', { docId: ws.docId })
    ;({ data } = await core.call('workshop.get', { docId: ws.docId }))
    expect(data.effectRows.find((r) => r.id === row.id)?.responsibleIds).toEqual([b.sbf.id, b.fof.id])
    expect(data.bodies.map((x) => x.id)).toContain(b.sbf.id)
  })

  it('starts rows from a cluster and a proposal', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const b = await bodies(core, ws.docId)
    const short = await core.call('effectRow.add', { docId: ws.docId, from: { type: 'cluster', id: ws.clusterId } })
    const long = await core.call('effectRow.add', { docId: ws.docId, from: { type: 'cluster', id: ws.clusterId, into: 'longTerm' } })
    expect([short.shortTerm, short.longTerm, long.longTerm]).toEqual(['Ökad trygghet i Norrby', '', 'Ökad trygghet i Norrby'])
    const p = await core.call('proposal.add', { docId: ws.docId, text: 'Fler mötesplatser i Alby', theme: 'Mötesplatser', receiverIds: [b.kuf.id] })
    const fromP = await core.call('effectRow.add', { docId: ws.docId, from: { type: 'proposal', id: p.id }, output: 'Beslutsförslag' })
    expect([fromP.activity, fromP.goalArea, fromP.responsibleIds, fromP.output, fromP.sourceType]).toEqual([
      'Fler mötesplatser i Alby',
      'Mötesplatser',
      [b.kuf.id],
      'Beslutsförslag',
      'proposal'
    ])
    // Explicit values win over what the source suggests.
    const own = await core.call('effectRow.add', { docId: ws.docId, from: { type: 'proposal', id: p.id }, activity: 'Egen text', responsibleIds: [] })
    expect([own.activity, own.responsibleIds]).toEqual(['Egen text', []])
  })

  it('keeps the row but drops the link when its source goes', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const row = await core.call('effectRow.add', { docId: ws.docId, from: { type: 'countermeasure', id: ws.countermeasures[0].id } })
    // Removing the dystopia note removes its countermeasure with it.
    await core.call('sticky.remove', { docId: ws.docId, id: ws.countermeasures[0].stickyId as string })
    let { data } = await core.call('workshop.get', { docId: ws.docId })
    const after = data.effectRows.find((r) => r.id === row.id)
    expect([after?.activity, after?.sourceId]).toEqual([COUNTERMEASURES[0].text, null])
    await core.call('history.undo', { docId: ws.docId })
    ;({ data } = await core.call('workshop.get', { docId: ws.docId }))
    expect(data.effectRows.find((r) => r.id === row.id)?.sourceId).toBe(ws.countermeasures[0].id)
  })

  it('inserts after a row and reorders a group in place', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const a = await core.call('effectRow.add', { docId: ws.docId, activity: 'A' })
    const c = await core.call('effectRow.add', { docId: ws.docId, activity: 'C' })
    const d = await core.call('effectRow.add', { docId: ws.docId, activity: 'D' })
    await core.call('effectRow.add', { docId: ws.docId, activity: 'B', afterId: a.id })
    const order = async () => (await core.call('workshop.get', { docId: ws.docId })).data.effectRows.map((r) => r.activity)
    expect(await order()).toEqual(['A', 'B', 'C', 'D'])
    // Only C and D swap; A and B keep their places.
    const listed = await core.call('effectRow.reorder', { docId: ws.docId, ids: [d.id, c.id] })
    expect(listed.map((r) => r.activity)).toEqual(['A', 'B', 'D', 'C'])
    expect(await order()).toEqual(['A', 'B', 'D', 'C'])
    await core.call('history.undo', { docId: ws.docId })
    expect(await order()).toEqual(['A', 'B', 'C', 'D'])
    expect((await failure(core, 'effectRow.reorder', { docId: ws.docId, ids: [a.id, a.id] })).message).toMatch(/ids: must not repeat/)
  })

  it('names the exact field when input is wrong', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const b = await bodies(core, ws.docId)
    const e1 = await failure(core, 'effectRow.add', { docId: ws.docId, responsibleIds: [b.tek.id, 'nobody'] })
    expect([e1.code, e1.issues?.[0].path]).toEqual(['invalid_input', 'responsibleIds[1]'])
    const e2 = await failure(core, 'effectRow.add', { docId: ws.docId, collabNow: 'friends' })
    expect([e2.code, e2.issues?.[0].path]).toEqual(['invalid_input', 'collabNow'])
    const e3 = await failure(core, 'effectRow.add', { docId: ws.docId, from: { type: 'countermeasure', id: 'gone' } })
    expect(e3.code).toBe('not_found')
    const e4 = await failure(core, 'effectRow.update', { docId: ws.docId, id: 'gone', patch: {} })
    expect(e4.code).toBe('not_found')
    const e5 = await failure(core, 'effectRow.add', { docId: ws.docId, time: 'x'.repeat(501) })
    expect(e5.issues?.[0].path).toBe('time')
    // Nothing half-written: no row appeared from the failed calls.
    expect((await core.call('workshop.get', { docId: ws.docId })).data.effectRows).toEqual([])
  })

  it('undoes and redoes row edits as board operations, and travels in the interchange format', async () => {
    const core = newCore()
    const ws = await workshopWithCountermeasures(core)
    const b = await bodies(core, ws.docId)
    const row = await core.call('effectRow.add', { docId: ws.docId, activity: 'Översyn av styrande dokument', responsibleIds: [b.tek.id] })
    const h1 = await core.call('history.undo', { docId: ws.docId })
    expect(h1.redoLabel).toBe('effectRow.add')
    expect((await core.call('workshop.get', { docId: ws.docId })).data.effectRows).toEqual([])
    await core.call('history.redo', { docId: ws.docId })
    const exported = await core.call('workshop.export', { docId: ws.docId })
    expect(exported.effectRows).toEqual([row])
    const again = await core.call('library.import', { json: JSON.parse(JSON.stringify(exported)) })
    expect((await core.call('workshop.export', { docId: again.docId })).effectRows).toEqual([row])
  })
})
