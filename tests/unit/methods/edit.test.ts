import { describe, expect, it } from 'vitest'
import {
  insertMeeting,
  insertPhase,
  meetingMinutes,
  movePhase,
  newMeetingTemplate,
  newPhaseTemplate,
  removeMeeting,
  removePhase,
  renameMeeting,
  updatePhase
} from '../../../src/shared/methods/edit.ts'
import { findBuiltInMethod } from '../../../src/shared/methods/index.ts'
import { MethodTemplate } from '../../../src/shared/methods/schema.ts'

const base = findBuiltInMethod('kj-affinity')!
const kinds = (t: MethodTemplate, mi = 0): string[] => t.meetings[mi].phases.map((p) => p.kind)

describe('template editing', () => {
  it('adds, moves, changes and removes phases without touching the original', () => {
    const snapshot = structuredClone(base)
    let t = insertPhase(base, 0, newPhaseTemplate('vote'))
    expect(kinds(t)).toEqual(['inform', 'capture', 'cluster', 'reflect', 'vote'])
    t = movePhase(t, 0, 4, 1)
    expect(kinds(t)).toEqual(['inform', 'vote', 'capture', 'cluster', 'reflect'])
    t = updatePhase(t, 0, 1, { durationMin: 7, sv: { prompt: 'Vad är viktigast?' }, en: { prompt: 'What matters most?' } })
    expect(t.meetings[0].phases[1]).toMatchObject({ durationMin: 7, sv: { title: 'Rösta', prompt: 'Vad är viktigast?' } })
    t = removePhase(t, 0, 0)
    expect(kinds(t)).toEqual(['vote', 'capture', 'cluster', 'reflect'])
    expect(meetingMinutes(t.meetings[0])).toBe(7 + 10 + 20 + 10)
    expect(MethodTemplate.safeParse(t).success).toBe(true)
    expect(base).toEqual(snapshot)
  })

  it('keeps at least one phase and one meeting, as the schema requires', () => {
    const one = findBuiltInMethod('blank')!
    expect(removePhase(one, 0, 0)).toBe(one)
    expect(removeMeeting(one, 0)).toBe(one)
    const two = insertMeeting(one, newMeetingTemplate(2))
    expect(two.meetings.map((m) => m.sv.title)).toEqual(['Möte 1', 'Möte 2'])
    expect(removeMeeting(two, 0).meetings.map((m) => m.sv.title)).toEqual(['Möte 2'])
    expect(renameMeeting(two, 1, 'en', 'Follow-up').meetings[1].en.title).toBe('Follow-up')
    expect(MethodTemplate.safeParse(two).success).toBe(true)
  })

  it('leaves the template as it was for indexes out of range', () => {
    expect(movePhase(base, 0, 0, 9).meetings[0].phases).toEqual(base.meetings[0].phases)
    expect(insertPhase(base, 5, newPhaseTemplate('vote'))).toBe(base)
  })
})
