import { describe, expect, it } from 'vitest'
import type { Body, EffectRow } from '../../../src/shared/domain/entities.ts'
import { COLLAB_LEVELS } from '../../../src/shared/domain/enums.ts'
import { PARTICIPANT_INFO_ITEMS, PARTICIPANT_INFO_TEXT } from '../../../src/shared/outcomes/checklist.ts'
import { bodiesNamedIn, groupEffectRows } from '../../../src/shared/outcomes/effects.ts'
import { COLLAB_LEVEL_LABELS, DECISION_LABELS, EFFECT_COLUMNS } from '../../../src/shared/outcomes/labels.ts'

const body = (id: string, name: string, abbreviation: string): Body => ({
  id,
  name,
  abbreviation,
  kind: 'forvaltning',
  contact: '',
  answerBy: null,
  isReceiver: false,
  position: 0
})

const row = (id: string, position: number, goalArea: string, longTerm: string): EffectRow => ({
  id,
  goalArea,
  longTerm,
  shortTerm: '',
  output: '',
  activity: id,
  responsibleIds: [],
  time: '',
  resources: '',
  collabNow: null,
  collabNeeded: null,
  sourceType: null,
  sourceId: null,
  position
})

describe('outcome helpers', () => {
  it('groups rows by målområde, then long-term effect, in the order rows appear', () => {
    const rows = [
      row('r4', 4, 'Bostäder och närmiljö', 'Trygga områden'),
      row('r1', 1, 'En god start i livet', 'Fler når gymnasiebehörighet'),
      row('r3', 3, 'en god start i livet ', 'fler når  gymnasiebehörighet'),
      row('r2', 2, 'Bostäder och närmiljö', 'Inga utsatta områden'),
      row('r5', 5, '', '')
    ]
    expect(groupEffectRows(rows).map((a) => [a.goalArea, a.groups.map((g) => [g.longTerm, g.rows.map((r) => r.id)])])).toEqual([
      ['En god start i livet', [['Fler når gymnasiebehörighet', ['r1', 'r3']]]],
      ['Bostäder och närmiljö', [['Inga utsatta områden', ['r2']], ['Trygga områden', ['r4']]]],
      ['', [['', ['r5']]]]
    ])
    expect(groupEffectRows([])).toEqual([])
  })

  it('reads responsible bodies out of free text by abbreviation or full name', () => {
    const bodies = [
      body('sbf', 'Samhällsbyggnadsförvaltningen', 'SBF'),
      body('kof', 'Kultur- och fritidsförvaltningen', 'KOF'),
      body('fof', 'Fritids- och folkhälsoförvaltningen', 'FOF'),
      body('abb', 'AB Bostäder i Borås', 'AB-Bostäder'),
      body('pol', 'Polisen', '')
    ]
    expect(bodiesNamedIn('SKA, FOF, AB-Bostäder', bodies)).toEqual(['fof', 'abb'])
    expect(bodiesNamedIn('kultur- och fritidsförvaltningen och sbf', bodies)).toEqual(['kof', 'sbf'])
    expect(bodiesNamedIn('Polisen / SBF', bodies)).toEqual(['pol', 'sbf'])
    expect(bodiesNamedIn('SBFX och Polisens', bodies)).toEqual([])
    expect(bodiesNamedIn('', bodies)).toEqual([])
  })

  it('labels the Borås columns and the collaboration scale in Swedish and English', () => {
    expect(EFFECT_COLUMNS.map((c) => c.sv)).toEqual([
      'Långsiktiga effekter',
      'Kortsiktig effekt',
      'Prestation',
      'Aktivitet',
      'Ansvar',
      'Tid',
      'Resurser'
    ])
    expect(EFFECT_COLUMNS.filter((c) => c.optional).map((c) => c.key)).toEqual(['time', 'resources'])
    expect(COLLAB_LEVELS.map((l) => COLLAB_LEVEL_LABELS.sv[l])).toEqual(['Specificerat', 'Samordnat', 'Samverkan', 'Integrerat', 'Sammansmält'])
    expect(COLLAB_LEVELS.map((l) => COLLAB_LEVEL_LABELS.en[l])).toEqual(['Specified', 'Coordinated', 'Cooperation', 'Integrated', 'Merged'])
    expect(Object.keys(DECISION_LABELS.sv).sort()).toEqual(['agreed', 'not_agreed', 'not_answered', 'partly'])
  })

  it('has text for every participant-information item in both languages', () => {
    expect(PARTICIPANT_INFO_ITEMS).toEqual(['purpose', 'receivers', 'voluntary', 'notesKept'])
    for (const lang of ['sv', 'en'] as const) {
      for (const item of PARTICIPANT_INFO_ITEMS) expect(PARTICIPANT_INFO_TEXT[lang][item].length).toBeGreaterThan(10)
    }
  })
})
