import { describe, expect, it } from 'vitest'
import { Phase } from '../../../src/shared/domain/entities.ts'
import { BUILT_IN_METHODS, findBuiltInMethod } from '../../../src/shared/methods/index.ts'
import { instantiateMethod } from '../../../src/shared/methods/instantiate.ts'
import { PHASE_KIND_DEFAULTS } from '../../../src/shared/methods/kinds.ts'
import { MethodTemplate } from '../../../src/shared/methods/schema.ts'
import { meetingMinutes } from '../../../src/shared/methods/edit.ts'

let n = 0
const ids = { newId: () => `id-${++n}`, now: () => 1_700_000_000_000 }

describe('built-in method templates', () => {
  it('are all the methods the issue names, with unique ids', () => {
    const list = BUILT_IN_METHODS.map((m) => m.id)
    expect(new Set(list).size).toBe(list.length)
    expect([...list].sort()).toEqual(
      ['blank', 'democracy-lab', 'dystopia', 'dystopia-triz', 'ecar-circle', 'kj-affinity', 'one-two-four-all', 'varfor-bor-du', 'world-cafe'].sort()
    )
  })

  for (const method of BUILT_IN_METHODS) {
    describe(method.id, () => {
      it('parses with the strict template schema, unchanged', () => {
        const r = MethodTemplate.safeParse(method)
        expect(r.success ? 'ok' : r.error.issues).toBe('ok')
        expect(r.data).toEqual(method)
      })

      it('has Swedish and English texts everywhere, and they are not copies of each other', () => {
        expect(method.sv.name.trim()).not.toBe('')
        expect(method.en.name.trim()).not.toBe('')
        expect(method.sv.description).not.toBe(method.en.description)
        for (const m of method.meetings) {
          expect(m.sv.title.trim()).not.toBe('')
          expect(m.en.title.trim()).not.toBe('')
          for (const p of m.phases) {
            expect(p.sv.title.trim()).not.toBe('')
            expect(p.en.title.trim()).not.toBe('')
            if (p.sv.prompt !== '') expect(p.en.prompt).not.toBe(p.sv.prompt)
            expect(p.sv.prompt === '').toBe(p.en.prompt === '')
            expect(p.sv.guidance === '').toBe(p.en.guidance === '')
          }
        }
      })

      it('gives the room a prompt wherever the phase kind needs one', () => {
        for (const [mi, m] of method.meetings.entries()) {
          for (const [pi, p] of m.phases.entries()) {
            if (!PHASE_KIND_DEFAULTS[p.kind].needsPrompt) continue
            expect(p.sv.prompt.trim(), `meetings[${mi}].phases[${pi}].sv.prompt`).not.toBe('')
            expect(p.en.prompt.trim(), `meetings[${mi}].phases[${pi}].en.prompt`).not.toBe('')
          }
        }
      })

      it('suggests sensible durations', () => {
        for (const m of method.meetings) {
          for (const p of m.phases) {
            // Only kinds that ask nothing of the room may go untimed.
            if (PHASE_KIND_DEFAULTS[p.kind].needsPrompt) expect(p.durationMin).toBeGreaterThanOrEqual(1)
            expect(p.durationMin).toBeLessThanOrEqual(60)
          }
          expect(meetingMinutes(m)).toBeLessThanOrEqual(180)
        }
      })

      it('instantiates into valid phase rows in both languages', () => {
        for (const language of ['sv', 'en'] as const) {
          const { workshop, meetings, phases } = instantiateMethod(method, { title: 'T', language }, ids)
          expect(meetings).toHaveLength(method.meetings.length)
          for (const p of phases) expect(Phase.safeParse(p).success).toBe(true)
          expect(workshop.currentPhaseId).toBe(phases[0].id)
          expect(phases.every((p) => p.timerDurationMs === p.durationSec * 1000)).toBe(true)
        }
      })
    })
  }

  it('asks for anchoring exactly for the research circle and the democracy lab', () => {
    expect(BUILT_IN_METHODS.filter((m) => m.requiresAnchoring).map((m) => m.id).sort()).toEqual(['democracy-lab', 'ecar-circle'])
  })

  it('gives the ECAR circle its meetings from kick-off to feedback, with recommendations and answers', () => {
    const ecar = findBuiltInMethod('ecar-circle')
    expect(ecar).toBeDefined()
    const titles = ecar!.meetings.map((m) => m.sv.title)
    expect(titles[0]).toMatch(/Uppstart/)
    expect(titles.at(-1)).toMatch(/Återkoppling/)
    const kinds = ecar!.meetings.flatMap((m) => m.phases.map((p) => p.kind))
    expect(kinds).toContain('proposals')
    expect(kinds).toContain('responses')
    expect(kinds.indexOf('proposals')).toBeLessThan(kinds.indexOf('responses'))
    // The first thing the circle hears is who receives its results.
    expect(ecar!.meetings[0].phases[0].kind).toBe('inform')
    expect(ecar!.meetings[0].phases[0].sv.prompt).toMatch(/vem tar emot/)
  })

  it('keeps the Borås wording in the dystopia exercise and ends the lab at the mingle', () => {
    const d = findBuiltInMethod('dystopia')!.meetings[0].phases
    expect(d.find((p) => p.kind === 'capture')?.sv.prompt).toBe('Hur ska vi göra om vi vill misslyckas med integrationen?')
    expect(d.find((p) => p.kind === 'reflect')?.sv.prompt).toBe('Våra farhågor är på väg att …')
    expect(meetingMinutes(findBuiltInMethod('dystopia')!.meetings[0])).toBeLessThanOrEqual(90)
    const lab = findBuiltInMethod('democracy-lab')!.meetings[0].phases.map((p) => p.kind)
    expect(lab.indexOf('capture')).toBeLessThan(lab.indexOf('cluster'))
    expect(lab.indexOf('cluster')).toBeLessThan(lab.indexOf('vote'))
    expect(lab.indexOf('vote')).toBeLessThan(lab.indexOf('proposals'))
    expect(findBuiltInMethod('one-two-four-all')!.meetings[0].phases.map((p) => p.durationMin)).toEqual([1, 2, 4, 5])
  })
})
