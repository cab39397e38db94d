import { describe, expect, it } from 'vitest'
import { findBuiltInMethod } from '../../../src/shared/methods/index.ts'
import { checkTemplate, freeTemplateId, templateSlug } from '../../../src/shared/methods/validate.ts'

const dystopia = findBuiltInMethod('dystopia')!

describe('checkTemplate', () => {
  it('accepts a template object or its JSON text', () => {
    expect(checkTemplate(dystopia)).toEqual({ ok: true, template: dystopia })
    expect(checkTemplate(JSON.stringify(dystopia))).toEqual({ ok: true, template: dystopia })
  })

  it('names the exact field of a wrong phase kind', () => {
    const broken = structuredClone(dystopia) as unknown as { meetings: { phases: Record<string, unknown>[] }[] }
    broken.meetings[0].phases[2].kind = 'brainstorm'
    const r = checkTemplate(broken)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues[0].path).toBe('meetings[0].phases[2].kind')
    expect(r.message).toContain('meetings[0].phases[2].kind')
  })

  it('names a misspelt key instead of dropping it', () => {
    const broken = structuredClone(dystopia) as unknown as { meetings: { phases: Record<string, unknown>[] }[] }
    broken.meetings[0].phases[1].durationMins = 5
    const r = checkTemplate(broken)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('durationMins')
  })

  it('names missing texts, bad ids and empty meetings', () => {
    const noEnglish = { ...structuredClone(dystopia), en: undefined }
    const r1 = checkTemplate(noEnglish)
    expect(!r1.ok && r1.issues[0].path).toBe('en')
    const r2 = checkTemplate({ ...dystopia, id: 'Min Mall' })
    expect(!r2.ok && r2.issues[0].path).toBe('id')
    const r3 = checkTemplate({ ...dystopia, meetings: [{ ...dystopia.meetings[0], phases: [] }] })
    expect(!r3.ok && r3.issues[0].path).toBe('meetings[0].phases')
  })

  it('says when the text is not JSON at all', () => {
    const r = checkTemplate('{"id": "x",')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/not JSON/)
  })
})

describe('template ids', () => {
  it('makes a file-safe slug from a Swedish name', () => {
    expect(templateSlug('Trygghet i Älvsjö (kopia)')).toBe('trygghet-i-alvsjo-kopia')
    expect(templateSlug('  ---  ')).toBe('mall')
    expect(templateSlug('x'.repeat(100))).toHaveLength(48)
  })

  it('finds the first free id', () => {
    const taken = new Set(['mall', 'mall-2'])
    expect(freeTemplateId('mall', (id) => taken.has(id))).toBe('mall-3')
    expect(freeTemplateId('ny', (id) => taken.has(id))).toBe('ny')
  })
})
