import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import { buildReport } from '../../../src/main/report/build.ts'
import { API, API_METHODS } from '../../../src/shared/api/contract.ts'
import { ErrorCode, type Envelope } from '../../../src/shared/api/errors.ts'
import { WorkshopData, WorkshopFile } from '../../../src/shared/domain/interchange.ts'
import { tempDir } from '../../helpers/tmp.ts'
import { mutate, resolve, validInput } from './fuzz/arbitrary.ts'
import { FIXTURES } from './helpers.ts'

// Random and half-valid input to every API method, and mutated interchange files to import: no
// call may throw or answer "internal", no stored state may fail validation, and afterwards the
// workshop still exports, re-imports and makes a report. CI runs a few calls per method; the
// full run (scripts/reliability-full.cjs) sets MEDSKAPA_FUZZ_RUNS and MEDSKAPA_FUZZ_IMPORTS.

const PER_METHOD = Number(process.env.MEDSKAPA_FUZZ_RUNS ?? 5)
const IMPORTS = Number(process.env.MEDSKAPA_FUZZ_IMPORTS ?? 60)
const SEED = Number(process.env.MEDSKAPA_FUZZ_SEED ?? Date.now() % 2 ** 31)

interface Failure {
  method: string
  input: string
  error: string
}

function show(v: unknown): string {
  try {
    return JSON.stringify(v)?.slice(0, 400) ?? String(v)
  } catch {
    return String(v)
  }
}

/** What every transport relies on: an envelope, JSON-serialisable, with a known error code. */
function envelopeProblem(env: unknown): string | null {
  if (typeof env !== 'object' || env === null || typeof (env as { ok?: unknown }).ok !== 'boolean') return `not an envelope: ${show(env)}`
  try {
    JSON.stringify(env)
  } catch (e) {
    return `not JSON-serialisable: ${(e as Error).message}`
  }
  const e = env as Envelope<unknown>
  if (e.ok) return 'value' in e ? null : 'ok without a value'
  if (!ErrorCode.safeParse(e.error.code).success) return `unknown error code ${show(e.error.code)}`
  if (typeof e.error.message !== 'string' || e.error.message.trim() === '') return 'an error without a message'
  if (e.error.code === 'internal') return `internal: ${e.error.message}`
  return null
}

function sandboxer(dir: string): (p: string) => string {
  let n = 0
  return (p) => {
    const ext = /\.(medskapa|docx|json)$/.exec(p)?.[0] ?? ''
    return path.join(dir, `${p.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 30)}-${n++}${ext}`)
  }
}

/** Ids of every row of every open workshop, by collection: what id placeholders resolve to. */
function liveIds(core: Core): Record<string, string[]> {
  const ids: Record<string, string[]> = { '*': [] }
  for (const doc of core.docs.list()) {
    const data = doc.store.all()
    ids['*'].push(data.workshop.id)
    for (const [key, rows] of Object.entries(data)) {
      if (key === 'workshop') continue
      for (const r of rows as { id: string }[]) {
        ;(ids[key] ??= []).push(r.id)
        ids['*'].push(r.id)
      }
    }
  }
  return ids
}

/** Every open workshop passes its own schema, SQLite's checks and its foreign keys. */
function stateProblems(core: Core): string[] {
  const out: string[] = []
  for (const doc of core.docs.list()) {
    const parsed = WorkshopData.safeParse(doc.store.all())
    if (!parsed.success) out.push(`${doc.path}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
    const check = doc.store.db.pragma('quick_check', { simple: true })
    if (check !== 'ok') out.push(`${doc.path}: quick_check ${String(check)}`)
    const fk = doc.store.db.pragma('foreign_key_check') as unknown[]
    if (fk.length > 0) out.push(`${doc.path}: ${fk.length} broken references`)
  }
  return out
}

describe('fuzzing every API method', () => {
  let core: Core
  let file: string
  let docId: string
  let sandbox: string

  let dataDir: string

  beforeAll(async () => {
    // Not tempDir(): that one is emptied after each test, and this workshop lives through both.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-fuzz-'))
    sandbox = path.join(dataDir, 'sandbox')
    fs.mkdirSync(sandbox)
    core = createCore({ dataDir, host: 'electron', backups: { auto: false } })
    file = path.join(dataDir, 'fuzz.medskapa')
    fs.copyFileSync(path.join(FIXTURES, 'schema-v1.medskapa'), file)
    docId = (await core.call('library.open', { path: file })).docId
  })
  afterAll(() => {
    core?.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it(`answers ${PER_METHOD} random and half-valid inputs per method with an envelope, never "internal"`, async () => {
    const started = Date.now()
    const failures: Failure[] = []
    const byCode: Record<string, number> = {}
    let calls = 0
    const sandboxPath = sandboxer(sandbox)
    for (const [i, method] of API_METHODS.entries()) {
      const inputs = fc.sample(mutate(validInput(API[method].input)), { numRuns: PER_METHOD, seed: SEED + i })
      for (const raw of inputs) {
        // library.close may have closed the workshop under fuzz: open it again.
        if (!core.docs.find(docId)) docId = (await core.call('library.open', { path: file })).docId
        let ids: Record<string, string[]>
        try {
          ids = liveIds(core)
        } catch (e) {
          failures.push({ method, input: '(reading ids before the call)', error: (e as Error).message })
          ids = { '*': [] }
        }
        const input = resolve(raw, { docId, ids, sandbox: sandboxPath, method })
        let env: unknown
        try {
          env = await core.invoke(method, input)
        } catch (e) {
          env = { thrown: (e as Error).message }
        }
        calls++
        const problem = envelopeProblem(env)
        if (problem) failures.push({ method, input: show(input), error: problem })
        else {
          const e = env as Envelope<unknown>
          byCode[e.ok ? 'ok' : e.error.code] = (byCode[e.ok ? 'ok' : e.error.code] ?? 0) + 1
        }
      }
      try {
        for (const p of stateProblems(core)) failures.push({ method, input: '(state after this method)', error: p })
      } catch (e) {
        failures.push({ method, input: '(state after this method)', error: `reading the workshop failed: ${(e as Error).message}` })
      }
    }
    // Not a method: a name that is not one, through the same door.
    for (const name of ['__proto__', 'constructor', 'toString', 'library.open ', '', 42, null]) {
      const problem = envelopeProblem(await core.invoke(name, {}))
      if (problem) failures.push({ method: String(name), input: '{}', error: problem })
      calls++
    }
    console.log(
      `RELIABILITY fuzz-api calls=${calls} methods=${API_METHODS.length} perMethod=${PER_METHOD} seed=${SEED} ` +
        `answers=${JSON.stringify(byCode)} failures=${failures.length} ms=${Date.now() - started}`
    )
    for (const f of failures.slice(0, 20)) console.log(`FUZZ FAILURE ${f.method} ${f.error} <- ${f.input}`)
    expect(failures.slice(0, 10), `seed ${SEED}: ${failures.length} failure(s)`).toEqual([])
    expect(byCode.ok ?? 0, 'too few calls got through validation to test the handlers').toBeGreaterThan(API_METHODS.length)
  }, Math.max(300_000, PER_METHOD * API_METHODS.length * 250))

  it('leaves a workshop that exports valid JSON, re-imports whole and still makes a report', async () => {
    if (!core.docs.find(docId)) docId = (await core.call('library.open', { path: file })).docId
    const exported = await core.call('workshop.export', { docId })
    const parsed = WorkshopFile.safeParse(exported)
    expect(parsed.success, parsed.success ? '' : show(parsed.error.issues.slice(0, 3))).toBe(true)
    const again = await core.call('library.import', { json: JSON.parse(JSON.stringify(exported)), path: path.join(sandbox, 'reimported.medskapa') })
    const back = await core.call('workshop.export', { docId: again.docId })
    expect({ ...back, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' })
    const { format: _f, formatVersion: _v, exportedAt: _e, ...data } = exported
    const docx = await buildReport(data, {}, { today: '2026-01-15' })
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK')
  }, 120_000)
})

/** Every leaf path of a JSON value, e.g. ['stickies', 3, 'phaseId']. */
function leafPaths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(v)) v.forEach((x, i) => leafPaths(x, [...at, i], out))
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) leafPaths(x, [...at, k], out)
  else out.push(at)
  return out
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}

function parentOf(root: unknown, p: (string | number)[]): [Record<string | number, unknown>, string | number] {
  let node = root as Record<string | number, unknown>
  for (const k of p.slice(0, -1)) node = node[k] as Record<string | number, unknown>
  return [node, p[p.length - 1]]
}

/** Ways an interchange file goes wrong: edited by hand, by another program, or cut short. */
function mutatedFile(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const leaves = leafPaths(base)
  const arrays = Object.keys(base).filter((k) => Array.isArray(base[k]) && (base[k] as unknown[]).length > 0)
  const ids = leaves.filter((p) => String(p[p.length - 1]).endsWith('Id') || p[p.length - 1] === 'id').map((p) => parentOf(base, p)).map(([o, k]) => o[k]).filter((x) => typeof x === 'string')
  const leaf = fc.constantFrom(...leaves)
  return fc.oneof(
    fc.tuple(leaf, fc.jsonValue({ maxDepth: 2 })).map(([p, j]) => {
      const out = clone(base)
      const [o, k] = parentOf(out, p)
      o[k] = j
      return out
    }),
    fc.tuple(leaf, fc.constantFrom(...(ids as string[]))).map(([p, id]) => {
      const out = clone(base)
      const [o, k] = parentOf(out, p)
      o[k] = id
      return out
    }),
    leaf.map((p) => {
      const out = clone(base)
      const [o, k] = parentOf(out, p)
      if (Array.isArray(o)) o.splice(Number(k), 1)
      else delete o[k]
      return out
    }),
    fc.tuple(fc.constantFrom(...arrays), fc.nat()).map(([key, n]) => {
      const out = clone(base)
      const rows = out[key] as unknown[]
      rows.push(clone(rows[n % rows.length]))
      return out
    }),
    fc.tuple(fc.constantFrom(...arrays), fc.nat()).map(([key, n]) => {
      const out = clone(base)
      out[key] = (out[key] as unknown[]).slice(0, n % (out[key] as unknown[]).length)
      return out
    }),
    fc.nat(JSON.stringify(base).length).map((n) => {
      // Cut short, as a copy that did not finish: whatever still parses.
      const text = JSON.stringify(base).slice(0, n)
      try {
        return JSON.parse(text)
      } catch {
        return text
      }
    })
  )
}

function byId(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(data)) {
    out[k] = Array.isArray(v) ? [...(v as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1)) : v
  }
  return out
}

describe('fuzzing import', () => {
  it(`imports ${IMPORTS} mutated workshop files all or nothing, naming the field when it refuses`, async () => {
    const started = Date.now()
    const dataDir = tempDir()
    const sandbox = tempDir()
    const core = createCore({ dataDir, host: 'electron', backups: { auto: false } })
    try {
      const src = path.join(dataDir, 'base.medskapa')
      fs.copyFileSync(path.join(FIXTURES, 'schema-v1.medskapa'), src)
      const base = (await core.call('workshop.export', { docId: (await core.call('library.open', { path: src })).docId })) as unknown as Record<string, unknown>
      const samples = fc.sample(mutatedFile(base), { numRuns: IMPORTS, seed: SEED })
      const failures: Failure[] = []
      const tally = { imported: 0, refused: 0, refusedWithPath: 0 }
      for (const [i, json] of samples.entries()) {
        const target = path.join(sandbox, `import-${i}.medskapa`)
        const env = await core.invoke('library.import', { json, path: target })
        const problem = envelopeProblem(env)
        if (problem) {
          failures.push({ method: 'library.import', input: show(json), error: problem })
          continue
        }
        const e = env as Envelope<{ docId: string }>
        if (e.ok) {
          tally.imported++
          // What was imported is exactly what comes back out.
          const expected = WorkshopFile.parse(json)
          const back = await core.call('workshop.export', { docId: e.value.docId })
          const strip = ({ exportedAt: _a, ...rest }: Record<string, unknown>): Record<string, unknown> => byId(rest)
          if (show(strip(back)) !== show(strip(expected as unknown as Record<string, unknown>))) {
            failures.push({ method: 'library.import', input: show(json).slice(0, 200), error: 'what was imported does not export the same' })
          }
          await core.call('library.close', { docId: e.value.docId })
        } else {
          tally.refused++
          if (e.error.code !== 'invalid_input') failures.push({ method: 'library.import', input: show(json), error: `refused with ${e.error.code}: ${e.error.message}` })
          if (e.error.issues?.length) tally.refusedWithPath++
          if (fs.existsSync(target)) failures.push({ method: 'library.import', input: show(json), error: 'a refused import left a file' })
        }
      }
      const stray = fs.readdirSync(sandbox).filter((f) => !/^import-\d+\.medskapa$/.test(f))
      console.log(
        `RELIABILITY fuzz-import runs=${IMPORTS} seed=${SEED} imported=${tally.imported} refused=${tally.refused} ` +
          `refusedWithPath=${tally.refusedWithPath} failures=${failures.length} ms=${Date.now() - started}`
      )
      expect(failures.slice(0, 10), `seed ${SEED}`).toEqual([])
      expect(stray, 'temporary files left behind').toEqual([])
      expect(tally.refused).toBeGreaterThan(0)
    } finally {
      core.close()
    }
  }, Math.max(300_000, IMPORTS * 250))
})

describe('what fuzzing found stays fixed', () => {
  // Text made only of control characters passes the schemas' trim().min(1) but is empty once
  // sanitised: both were stored as nameless rows that then failed validation on every read.
  it.each([
    ['library.create', { title: '\u0001' }],
    ['body.add', { name: '\u0000\u0007' }]
  ] as const)('%s refuses a name of control characters and stores nothing', async (method, extra) => {
    const dataDir = tempDir()
    const core = createCore({ dataDir, host: 'cli' })
    try {
      const { docId } = await core.call('library.openDemo', {})
      const before = (await core.call('workshop.get', { docId })).data.bodies.length
      const r = await core.invoke(method, { docId, ...extra })
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/must not be empty/) } })
      expect((await core.call('workshop.get', { docId })).data.bodies).toHaveLength(before)
      expect(fs.readdirSync(dataDir).filter((f) => f.endsWith('.medskapa'))).toEqual(['demo.medskapa'])
    } finally {
      core.close()
    }
  })
})
