import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countRows, makeTempDir, runCli, sha256, STACK_LINE } from './helpers.ts'

let tmp: ReturnType<typeof makeTempDir>
let demo: string
let demoJson: string

type Json = Record<string, unknown> & { stickies: Record<string, unknown>[]; exportedAt: string }

const withoutExportedAt = (text: string): unknown => {
  const { exportedAt: _e, ...rest } = JSON.parse(text) as Json
  return rest
}

/** A folder of its own per case, so "nothing was written" is a plain directory listing. */
function freshDir(name: string): string {
  const dir = path.join(tmp.dir, name)
  fs.mkdirSync(dir)
  return dir
}

beforeAll(() => {
  tmp = makeTempDir()
  demo = path.join(tmp.dir, 'demo.medskapa')
  expect(runCli(['demo', demo]).status).toBe(0)
  const r = runCli(['export', demo])
  expect(r.status, r.stderr).toBe(0)
  demoJson = r.stdout
})
afterAll(() => tmp.dispose())

describe('export', () => {
  it('writes pretty interchange JSON (2 spaces, trailing newline) to stdout', () => {
    const data = JSON.parse(demoJson) as Json
    expect(data.format).toBe('medskapa-workshop')
    expect(data.stickies.length).toBeGreaterThan(0)
    expect(data.stickies).toHaveLength(countRows(demo, 'stickies'))
    expect(demoJson).toBe(`${JSON.stringify(data, null, 2)}\n`)
  })

  it('writes the same to --out, leaving no temporary file', () => {
    const dir = freshDir('export-out')
    const out = path.join(dir, 'w.json')
    const r = runCli(['export', demo, '--out', out])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toBe('')
    expect(fs.readdirSync(dir)).toEqual(['w.json'])
    expect(withoutExportedAt(fs.readFileSync(out, 'utf8'))).toEqual(withoutExportedAt(demoJson))
    expect(r.tmpLeftovers).toEqual([])
  })

  it('refuses to write the JSON over the workshop file itself', () => {
    const before = sha256(demo)
    const r = runCli(['export', demo, '--out', demo])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('--out names the workshop file itself')
    expect(sha256(demo)).toBe(before)
  })

  it('reports a missing workshop file in one line', () => {
    const r = runCli(['export', path.join(tmp.dir, 'nope.medskapa')])
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('does not exist')
    expect(r.stdout).toBe('')
  })

  it('reports a folder that does not exist for --out', () => {
    const r = runCli(['export', demo, '--out', path.join(tmp.dir, 'no-such-folder', 'w.json')])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('the folder does not exist')
    expect(r.stderr).not.toContain(STACK_LINE)
  })
})

describe('import', () => {
  it('round-trips: export → import → export gives the same JSON (apart from exportedAt)', () => {
    const dir = freshDir('roundtrip')
    const json = path.join(dir, 'in.json')
    fs.writeFileSync(json, demoJson)
    const r = runCli(['import', json, path.join(dir, 'copy')])
    expect(r.status, r.stderr).toBe(0)
    const copy = path.join(dir, 'copy.medskapa')
    expect(r.stdout).toContain(`into ${copy}`)
    const again = runCli(['export', copy])
    expect(again.status, again.stderr).toBe(0)
    expect(withoutExportedAt(again.stdout)).toEqual(withoutExportedAt(demoJson))
    expect(r.tmpLeftovers).toEqual([])
  })

  it('reads JSON from standard input with "-"', () => {
    const dir = freshDir('stdin')
    const r = runCli(['import', '-', path.join(dir, 'w.medskapa')], { input: demoJson })
    expect(r.status, r.stderr).toBe(0)
    expect(fs.readdirSync(dir)).toEqual(['w.medskapa'])
  })

  it('refuses a file with one wrong reference, naming the field, writing nothing', () => {
    const dir = freshDir('wrong-ref')
    const data = JSON.parse(demoJson) as Json
    data.stickies[3].phaseId = 'no-such-phase'
    const json = path.join(tmp.dir, 'wrong-ref.json')
    fs.writeFileSync(json, JSON.stringify(data))
    const r = runCli(['import', json, path.join(dir, 'w.medskapa')])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('stickies[3].phaseId: refers to a phase that is not in the file ("no-such-phase")')
    expect(r.stderr).not.toContain(STACK_LINE)
    expect(fs.readdirSync(dir)).toEqual([])
    expect(r.tmpLeftovers).toEqual([])
  })

  it('refuses a wrong value, naming the field', () => {
    const dir = freshDir('wrong-value')
    const data = JSON.parse(demoJson) as Json
    data.stickies[5].colour = 'rainbow'
    const json = path.join(tmp.dir, 'wrong-value.json')
    fs.writeFileSync(json, JSON.stringify(data))
    const r = runCli(['import', json, path.join(dir, 'w.medskapa')])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/stickies\[5\]\.colour: .*expected one of/)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('refuses an unknown top-level field', () => {
    const dir = freshDir('extra-field')
    const data = { ...(JSON.parse(demoJson) as Json), surprise: 1 }
    const json = path.join(tmp.dir, 'extra-field.json')
    fs.writeFileSync(json, JSON.stringify(data))
    const r = runCli(['import', json, path.join(dir, 'w.medskapa')])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('surprise')
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('refuses JSON with a syntax error, saying so', () => {
    const dir = freshDir('syntax')
    const json = path.join(tmp.dir, 'broken.json')
    fs.writeFileSync(json, demoJson.slice(0, 200))
    const r = runCli(['import', json, path.join(dir, 'w.medskapa')])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`${json} is not valid JSON`)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('refuses a JSON file that does not exist', () => {
    const dir = freshDir('no-json')
    const r = runCli(['import', path.join(tmp.dir, 'absent.json'), path.join(dir, 'w.medskapa')])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('the file does not exist')
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('never overwrites an existing workshop file', () => {
    const json = path.join(tmp.dir, 'again.json')
    fs.writeFileSync(json, demoJson)
    const before = sha256(demo)
    const r = runCli(['import', json, demo])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('already exists')
    expect(sha256(demo)).toBe(before)
  })
})
