import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/tmp.ts'
import { countRows, runCli, STACK_LINE } from '../cli/helpers.ts'
import { AUTHOR_LABEL, newCore, openCircle, PNR } from './fixture.ts'

/** The circle as a workshop file on disk, closed so the CLI opens it as a user's file. */
async function circleFile(): Promise<string> {
  const core = newCore()
  const { docId, file } = await openCircle(core)
  await core.call('library.close', { docId })
  return file
}

describe('medskapa summary', () => {
  it('refuses (exit 1) while the guard finds personal data, lists the finds, and writes nothing', async () => {
    const file = await circleFile()
    const out = path.join(tempDir(), 'm2.docx')
    const r = runCli(['summary', file, '--meeting', '2', '--out', out])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('nothing was written')
    expect(r.stderr).toMatch(/sticky \S+\.text: personal identity number in ".*811218-9876/)
    expect(r.stderr).not.toContain(STACK_LINE)
    expect(fs.existsSync(out)).toBe(false)
    expect(countRows(file, 'summaries')).toBe(0)
  })

  it('writes the summary and its text with --pseudonymise --text, and records version 1 then 2', async () => {
    const file = await circleFile()
    const dir = tempDir()
    const out = path.join(dir, 'm2.docx')
    const r = runCli(['summary', file, '-m', '2', '-o', out, '--pseudonymise', '--text', '--contact', 'trygghet@botkyrka.se', '--by', '2025-05-01'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(`Wrote ${out} (version 1)`)
    expect(r.stdout).toContain('Replaced 1 personal-data find')
    const text = fs.readFileSync(path.join(dir, 'm2.txt'), 'utf8')
    expect(text).not.toContain(PNR)
    expect(text).not.toContain(AUTHOR_LABEL)
    expect(text).toContain('senast 1 maj 2025 om något är fel eller saknas: trygghet@botkyrka.se.')
    expect(fs.statSync(out).size).toBeGreaterThan(5_000)
    const again = runCli(['summary', file, '-m', '2', '-o', path.join(dir, 'v2.docx'), '--pseudonymise', '--lang', 'en'])
    expect(again.stdout).toContain('(version 2)')
    expect(countRows(file, 'summaries')).toBe(2)
  })

  it('explains wrong arguments: no such meeting, a JSON file, a missing --out', async () => {
    const file = await circleFile()
    const out = path.join(tempDir(), 'x.docx')
    const none = runCli(['summary', file, '--meeting', '9', '--out', out])
    expect(none.status).toBe(1)
    expect(none.stderr).toContain('--meeting 9: the workshop has 3 meetings')
    const series = runCli(['summary', file, '--out', out])
    expect(series.status).toBe(1)
    expect(series.stderr).toContain('say which one')
    const json = runCli(['summary', 'w.json', '--out', out])
    expect(json.status).toBe(1)
    expect(json.stderr).toContain('medskapa import w.json')
    expect(runCli(['summary', file, '--meeting', '2']).status).toBe(2)
    expect(runCli(['summary', file, '--meeting', 'två', '--out', out]).status).toBe(2)
  })
})
