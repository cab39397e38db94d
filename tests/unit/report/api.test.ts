import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import { sampleWorkshop } from '../../../src/main/report/sample.ts'
import { FORMAT_NAME, FORMAT_VERSION } from '../../../src/shared/domain/interchange.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { runCli } from '../cli/helpers.ts'
import { docxPart, toHtml } from './helpers.ts'

// The report through the API the app and the command line use: a real core, a real workshop file.

const cores: Core[] = []
afterEach(() => {
  while (cores.length) cores.pop()?.close()
})

function interchange(): object {
  return { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, exportedAt: '2025-04-10T10:00:00Z', ...sampleWorkshop() }
}

async function openSample(): Promise<{ core: Core; docId: string; dir: string }> {
  const dir = tempDir()
  const core = createCore({ dataDir: dir, host: 'cli' })
  cores.push(core)
  const { docId } = await core.call('library.import', { json: interchange(), path: path.join(dir, 'sample.medskapa') })
  return { core, docId, dir }
}

describe('report API', () => {
  it('exports the report to a .docx, replacing an older file whole', async () => {
    const { core, docId, dir } = await openSample()
    const target = path.join(dir, 'rapport.docx')
    fs.writeFileSync(target, 'an older report')
    const out = await core.call('report.export', { docId, path: target, options: {} })
    expect(out).toMatchObject({ path: target, bytes: fs.statSync(target).size })
    expect(out.sections).toContain('effectChains')
    expect(await toHtml(fs.readFileSync(target))).toContain('<h1><a id="_Toc1"></a>Sammanfattning</h1>')
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('refuses a folder that does not exist, a name that is not .docx, and unknown options', async () => {
    const { core, docId, dir } = await openSample()
    await expect(core.call('report.export', { docId, path: path.join(dir, 'nope', 'r.docx'), options: {} })).rejects.toMatchObject({
      code: 'file',
      message: expect.stringContaining('the folder') as unknown as string
    })
    await expect(core.call('report.export', { docId, path: path.join(dir, 'r.pdf'), options: {} })).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(core.call('report.export', { docId, path: path.join(dir, 'r.docx'), options: { language: 'de' } })).rejects.toMatchObject({
      code: 'invalid_input'
    })
    expect(fs.existsSync(path.join(dir, 'r.docx'))).toBe(false)
  })

  it('previews the sections, the personal data found, and a file name from date and title', async () => {
    const { core, docId } = await openSample()
    const p = await core.call('report.preview', { docId, options: { sections: ['summary', 'results'] } })
    expect(p.fileName).toBe('2025-04-10 Rapport Vardagsrasism i Botkyrka – forskarcirkel 2024.docx')
    expect(p.sections.find((s) => s.id === 'results')).toMatchObject({ chosen: true, hasContent: true, title: 'Resultat' })
    expect(p.sections.find((s) => s.id === 'feedback')).toMatchObject({ chosen: false, hasContent: true })
    expect(p.header.diarienummer).toBe('KS/2024:279')
    expect(p.hits).toEqual([])
    expect(p.hitCount).toBe(0)
  })

  it('lists personal data before export and replaces it when asked', async () => {
    const { core, docId, dir } = await openSample()
    const { data } = await core.call('workshop.get', { docId })
    await core.call('sticky.update', { docId, id: data.stickies[0].id, patch: { text: 'Ring mig på 070-123 45 67' } })
    const p = await core.call('report.preview', { docId, options: {} })
    expect(p.hits).toEqual([expect.objectContaining({ kind: 'phone', match: '070-123 45 67', source: { entity: 'sticky', id: data.stickies[0].id, field: 'text' } })])
    const target = path.join(dir, 'r.docx')
    const out = await core.call('report.export', { docId, path: target, options: { redaction: 'pseudonymise' } })
    expect(out.hitCount).toBe(1)
    const xml = await docxPart(fs.readFileSync(target), 'word/document.xml')
    expect(xml).not.toContain('070-123')
    expect(xml).toContain('Ring mig på [telefonnummer]')
  })

  it('keeps the header as a setting of the workshop, cleaned, merged and with defaults', async () => {
    const { core, docId } = await openSample()
    const before = await core.call('report.header.get', { docId })
    expect(before).toMatchObject({ municipality: 'Botkyrka kommun', diarienummer: 'KS/2024:279' })
    const after = await core.call('report.header.set', { docId, header: { diarienummer: ' KS/2025:1\u0000 ', summary: 'Rad ett\n\nRad två' } })
    expect(after).toMatchObject({ diarienummer: 'KS/2025:1', handlaggare: 'Sara Lind', summary: 'Rad ett\n\nRad två' })
    expect(await core.call('report.header.get', { docId })).toEqual(after)
    await expect(core.call('report.header.set', { docId, header: { date: '10 april' } })).rejects.toMatchObject({ code: 'invalid_input' })
  })
})

describe('npm run cli -- report', () => {
  it('writes the report from a workshop file, in English on request', async () => {
    const { dir } = await openSample()
    cores.pop()?.close()
    const out = path.join(dir, 'report.docx')
    const r = runCli(['report', path.join(dir, 'sample.medskapa'), '--out', out, '--lang', 'en'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Wrote .*report\.docx \(\d+ kB; summary, background/)
    expect(await toHtml(fs.readFileSync(out))).toContain('Answers from the committees')
    expect(r.tmpLeftovers).toEqual([])
  })

  it('writes it from interchange JSON, and says what is wrong with the arguments', () => {
    const dir = tempDir()
    const json = path.join(dir, 'w.json')
    fs.writeFileSync(json, JSON.stringify(interchange()))
    const ok = runCli(['report', json, '-o', path.join(dir, 'r.docx'), '--sections', 'summary,responses', '--pseudonymise'])
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('kB; summary, responses)')
    const noOut = runCli(['report', json])
    expect(noOut.status).toBe(2)
    expect(noOut.stderr).toContain('--out: is required')
    const badSection = runCli(['report', json, '-o', path.join(dir, 'r.docx'), '--sections', 'summary,everything'])
    expect(badSection.status).toBe(2)
    expect(badSection.stderr).toContain('unknown section "everything"')
    const noDir = runCli(['report', json, '-o', path.join(dir, 'missing', 'r.docx')])
    expect(noDir.status).toBe(1)
    expect(noDir.stderr).toContain('the folder')
  })
})

describe('the report counts what the participants wrote', () => {
  const wroteSentence = async (core: Core, docId: string, dir: string, name: string): Promise<{ notes: number; themes: number }> => {
    const target = path.join(dir, name)
    await core.call('report.export', { docId, path: target, options: {} })
    const m = /Deltagarna skrev (\S+) lappar, som grupperades i (\S+) teman/.exec(await toHtml(fs.readFileSync(target)))
    if (!m) throw new Error('the report says nothing about the notes written')
    const words: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12 }
    const n = (w: string): number => words[w] ?? Number(w.replace(/\s/g, ''))
    return { notes: n(m[1]), themes: n(m[2]) }
  }

  it('counts a note brought into a later phase once, and its group once', async () => {
    const { core, docId, dir } = await openSample()
    const before = await wroteSentence(core, docId, dir, 'before.docx')
    const { data } = await core.call('workshop.get', { docId })
    const meetingId = data.meetings[0].id
    const [earlier, later] = data.phases.filter((p) => p.meetingId === meetingId).sort((a, b) => a.position - b.position)
    const added = []
    for (const text of ['Fler bänkar vid torget', 'Belysning i gångtunneln', 'Längre öppettider på biblioteket']) {
      added.push(await core.call('sticky.add', { docId, phaseId: earlier.id, text }))
    }
    const cluster = await core.call('cluster.create', { docId, phaseId: earlier.id, stickyIds: [added[0].id, added[1].id], title: 'Ett tryggare torg' })
    const brought = await core.call('sticky.bringIn', { docId, ids: added.map((s) => s.id), toPhaseId: later.id })
    expect(brought.stickies).toHaveLength(3)
    expect(brought.clusters.map((c) => c.title)).toContain(cluster.title)
    const after = await wroteSentence(core, docId, dir, 'after.docx')
    expect(after).toEqual({ notes: before.notes + 3, themes: before.themes + 1 })
  })
})
