import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir, REPO, runCli, type CliResult } from './helpers.ts'

describe('schema', () => {
  let r: CliResult
  beforeAll(() => {
    r = runCli(['schema'])
  })

  it('prints a JSON Schema of the interchange format', () => {
    expect(r.status, r.stderr).toBe(0)
    const schema = JSON.parse(r.stdout) as { $schema: string; properties: Record<string, unknown>; required: string[]; additionalProperties: unknown }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'exportedAt', 'workshop', 'stickies']))
    expect(schema.additionalProperties).toBe(false)
  })

  it('is committed unchanged in docs/workshop.schema.json (regenerate: npm run cli -- schema --out docs/workshop.schema.json)', () => {
    expect(fs.readFileSync(path.join(REPO, 'docs', 'workshop.schema.json'), 'utf8')).toBe(r.stdout)
  })

  it('covers every field an export writes', () => {
    const tmp = makeTempDir()
    try {
      const file = path.join(tmp.dir, 'demo.medskapa')
      expect(runCli(['demo', file]).status).toBe(0)
      const exported = JSON.parse(runCli(['export', file]).stdout) as Record<string, unknown>
      const schema = JSON.parse(r.stdout) as {
        properties: Record<string, { properties?: Record<string, unknown>; items?: { properties?: Record<string, unknown> } }>
      }
      expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(exported).sort())
      const workshop = exported.workshop as Record<string, unknown>
      expect(Object.keys(schema.properties.workshop.properties ?? {}).sort()).toEqual(Object.keys(workshop).sort())
      const sticky = (exported.stickies as Record<string, unknown>[])[0]
      expect(Object.keys(schema.properties.stickies.items?.properties ?? {}).sort()).toEqual(Object.keys(sticky).sort())
    } finally {
      tmp.dispose()
    }
  })
})
