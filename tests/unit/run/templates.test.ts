import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core.ts'
import { BUILT_IN_METHODS } from '../../../src/shared/methods/index.ts'
import { insertPhase, movePhase, newPhaseTemplate, removePhase, updatePhase } from '../../../src/shared/methods/edit.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { failure, newWorkshop, read, startCore } from './core-helpers.ts'

let core: Core | undefined
afterEach(() => core?.close())

describe('own templates', () => {
  it('come back identical after edit, save, export, delete and import', async () => {
    const dataDir = tempDir()
    core = startCore(dataDir)
    const copy = await core.call('templates.copy', { fromId: 'dystopia', newName: 'Vår dystopi (Älvsjö)' })
    expect(copy.builtIn).toBe(false)
    expect(copy.template).toMatchObject({ id: 'var-dystopi-alvsjo', basedOn: 'dystopia', sv: { name: 'Vår dystopi (Älvsjö)' } })
    expect(fs.existsSync(path.join(dataDir, 'templates', 'var-dystopi-alvsjo.json'))).toBe(true)

    let edited = insertPhase(copy.template, 0, newPhaseTemplate('proposals'), 2)
    edited = updatePhase(edited, 0, 2, {
      durationMin: 20,
      sv: { prompt: 'Vad föreslår vi nämnden?', guidance: 'Ett förslag per lapp.' },
      en: { prompt: 'What do we propose to the committee?', guidance: 'One proposal per note.' }
    })
    edited = movePhase(edited, 0, 0, 4)
    edited = removePhase(edited, 0, 7)
    edited = { ...edited, requiresAnchoring: true, sv: { ...edited.sv, description: 'Vår egen variant.' } }
    const saved = await core.call('templates.save', { template: edited })
    expect(saved.template).toEqual(edited)

    const exported = await core.call('templates.export', { id: edited.id })
    expect(exported).toEqual(edited)
    const file = path.join(tempDir(), 'mall.json')
    fs.writeFileSync(file, JSON.stringify(exported, null, 2))

    await core.call('templates.delete', { id: edited.id })
    expect((await failure(core, 'templates.get', { id: edited.id })).code).toBe('not_found')
    expect((await core.call('templates.list', {})).templates.some((t) => t.template.id === edited.id)).toBe(false)

    const imported = await core.call('templates.import', { json: fs.readFileSync(file, 'utf8') })
    expect(imported.renamedFrom).toBeNull()
    expect(imported.entry.template).toEqual(edited)
    expect((await core.call('templates.get', { id: edited.id })).template).toEqual(edited)
  })

  it('refuse a broken template file and name the field', async () => {
    const dataDir = tempDir()
    core = startCore(dataDir)
    const good = await core.call('templates.export', { id: 'ecar-circle' })
    const broken = JSON.parse(JSON.stringify(good))
    broken.meetings[0].phases[2].kind = 'brainstorm'
    const err = await failure(core, 'templates.import', { json: broken })
    expect(err.code).toBe('invalid_input')
    expect(err.message).toContain('meetings[0].phases[2].kind')
    expect(err.issues?.[0].path).toBe('meetings[0].phases[2].kind')

    delete broken.meetings[0].phases[2].kind
    broken.meetings[0].phases[2].kind = 'cluster'
    broken.meetings[1].sv = {}
    expect((await failure(core, 'templates.import', { json: broken })).issues?.[0].path).toBe('meetings[1].sv.title')
    expect((await failure(core, 'templates.import', { json: '{ "id": ' })).message).toMatch(/not JSON/)
    expect((await failure(core, 'templates.save', { template: { ...good, id: 'egen', meetings: [] } })).message).toContain('template.meetings')
    // Nothing half-imported was left behind.
    expect(fs.existsSync(path.join(dataDir, 'templates'))).toBe(false)
  })

  it('never overwrite or delete a built-in, and rename on an id clash unless told to replace', async () => {
    core = startCore(tempDir())
    const dystopia = await core.call('templates.export', { id: 'dystopia' })
    expect((await failure(core, 'templates.save', { template: dystopia })).code).toBe('conflict')
    expect((await failure(core, 'templates.delete', { id: 'dystopia' })).code).toBe('forbidden')

    const asOwn = await core.call('templates.import', { json: dystopia, onClash: 'replace' })
    expect(asOwn.renamedFrom).toBe('dystopia')
    expect(asOwn.entry).toMatchObject({ builtIn: false, template: { id: 'dystopia-2' } })

    const changed = { ...asOwn.entry.template, sv: { ...asOwn.entry.template.sv, name: 'Ändrad' } }
    const twice = await core.call('templates.import', { json: changed })
    expect(twice.entry.template.id).toBe('dystopia-2-2')
    const replaced = await core.call('templates.import', { json: changed, onClash: 'replace' })
    expect(replaced.renamedFrom).toBeNull()
    expect((await core.call('templates.get', { id: 'dystopia-2' })).template.sv.name).toBe('Ändrad')
  })

  it('refuse ids that would reach outside the templates folder or that Windows cannot store', async () => {
    const dataDir = tempDir()
    core = startCore(dataDir)
    fs.writeFileSync(path.join(dataDir, 'secret.json'), JSON.stringify(await core.call('templates.export', { id: 'blank' })))
    expect((await failure(core, 'templates.get', { id: '../secret' })).code).toBe('not_found')
    expect((await failure(core, 'templates.delete', { id: '../secret' })).code).toBe('not_found')
    expect(fs.existsSync(path.join(dataDir, 'secret.json'))).toBe(true)
    const blank = await core.call('templates.export', { id: 'blank' })
    expect((await failure(core, 'templates.save', { template: { ...blank, id: 'con' } })).issues?.[0].path).toBe('id')
    expect((await core.call('templates.copy', { fromId: 'blank', newName: 'CON' })).template.id).toBe('con-2')
  })

  it('list built-ins first, own ones after, and unreadable files as problems', async () => {
    const dataDir = tempDir()
    core = startCore(dataDir)
    await core.call('templates.copy', { fromId: 'blank', newName: 'Ö-mall' })
    await core.call('templates.copy', { fromId: 'blank', newName: 'A-mall' })
    fs.writeFileSync(path.join(dataDir, 'templates', 'trasig.json'), '{ not json')
    const wrongName = { ...(await core.call('templates.export', { id: 'blank' })), id: 'annat-id' }
    fs.writeFileSync(path.join(dataDir, 'templates', 'fel-namn.json'), JSON.stringify(wrongName))

    const list = await core.call('templates.list', {})
    expect(list.templates.filter((t) => t.builtIn).map((t) => t.template.id)).toEqual(BUILT_IN_METHODS.map((m) => m.id))
    expect(list.templates.filter((t) => !t.builtIn).map((t) => t.template.sv.name)).toEqual(['A-mall', 'Ö-mall'])
    expect(list.problems.map((p) => p.file).sort()).toEqual(['fel-namn.json', 'trasig.json'])
    expect(list.problems.find((p) => p.file === 'fel-namn.json')?.message).toMatch(/does not match the file name/)

    await core.call('templates.delete', { id: 'trasig' })
    expect((await core.call('templates.list', {})).problems.map((p) => p.file)).toEqual(['fel-namn.json'])
  })

  it('can be used to create a workshop', async () => {
    core = startCore(tempDir())
    let t = (await core.call('templates.copy', { fromId: 'one-two-four-all', newName: 'Snabbrunda' })).template
    t = insertPhase(t, 0, newPhaseTemplate('vote'))
    t = updatePhase(t, 0, 4, { sv: { prompt: 'Vilken idé går vi vidare med?' }, en: { prompt: 'Which idea do we take on?' } })
    await core.call('templates.save', { template: t })
    const { docId } = await newWorkshop(core, 'snabbrunda')
    const data = await read(core, docId)
    expect(data.workshop.methodId).toBe('snabbrunda')
    expect([...data.phases].sort((a, b) => a.position - b.position).map((p) => p.kind)).toEqual(['inform', 'inform', 'inform', 'capture', 'vote'])
    expect(data.phases.find((p) => p.kind === 'vote')?.prompt).toBe('Vilken idé går vi vidare med?')
  })
})
