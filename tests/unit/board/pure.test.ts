import { describe, expect, it } from 'vitest'
import { filterStickies } from '../../../src/shared/board/filter.ts'
import { placeAt } from '../../../src/shared/board/order.ts'
import { looksLikeList, splitPastedLines } from '../../../src/shared/board/paste.ts'
import { foldText } from '../../../src/shared/board/text.ts'
import type { Sticky } from '../../../src/shared/domain/entities.ts'

const note = (id: string, text: string, extra: Partial<Sticky> = {}): Sticky => ({
  id,
  phaseId: 'p1',
  text,
  colour: 'yellow',
  authorLabel: null,
  hidden: false,
  source: 'facilitator',
  status: 'board',
  clusterId: null,
  position: 1,
  happening: false,
  createdAt: 0,
  updatedAt: 0,
  ...extra
})

describe('find and filter', () => {
  const stickies = [
    note('a', 'Gångtunnlarna känns otrygga', { colour: 'pink', clusterId: 'c1' }),
    note('b', 'Ingen belysning i parken', { colour: 'blue' }),
    note('c', 'الشوارع مظلمة ولا إنارة فيها', { phaseId: 'p2' }),
    note('d', 'Väntar i inkorgen', { status: 'inbox' })
  ]
  const ids = (f: Parameters<typeof filterStickies>[1]): string[] => filterStickies({ stickies }, f).map((s) => s.id)

  it('matches text ignoring case and diacritics, every word', () => {
    expect(ids({ text: 'GANGTUNNLAR' })).toEqual(['a'])
    expect(ids({ text: 'otrygg gång' })).toEqual(['a'])
    expect(ids({ text: 'otrygg park' })).toEqual([])
    expect(ids({ text: 'انارة' })).toEqual(['c']) // typed without the hamza
    expect(ids({ text: 'inkorgen' })).toEqual([]) // not on the board
  })

  it('filters by colour, cluster (null = unsorted) and phase', () => {
    expect(ids({ colour: 'pink' })).toEqual(['a'])
    expect(ids({ colour: ['pink', 'blue'] })).toEqual(['a', 'b'])
    expect(ids({ clusterId: null })).toEqual(['b', 'c'])
    expect(ids({ clusterId: 'c1' })).toEqual(['a'])
    expect(ids({ phaseId: 'p2' })).toEqual(['c'])
    expect(ids({})).toEqual(['a', 'b', 'c'])
  })

  it('folds compatibility forms and marks but keeps scripts apart', () => {
    expect(foldText('Ｇångtunnel')).toBe('gangtunnel')
    expect(foldText('ليلاً')).toBe('ليلا')
    expect(foldText('ሰላም')).toBe('ሰላም')
  })
})

describe('paste', () => {
  it('splits a pasted list into note texts without bullets or numbers', () => {
    const pasted = '• Bygga högt\r\n- Mycket vägar\n\n  3. Skräpigt  \n2) Stänga skolor\n* Inga papperskorgar'
    expect(splitPastedLines(pasted)).toEqual(['Bygga högt', 'Mycket vägar', 'Skräpigt', 'Stänga skolor', 'Inga papperskorgar'])
    expect(looksLikeList(pasted)).toBe(true)
    expect(looksLikeList('En enda rad')).toBe(false)
  })
})

describe('ordering', () => {
  it('places between neighbours, at the ends, and renumbers when the gap is too small', () => {
    expect(placeAt([], 0)).toEqual({ position: 1, renumber: null })
    expect(placeAt([1, 2, 3], 3)).toEqual({ position: 4, renumber: null })
    expect(placeAt([1, 2, 3], 0)).toEqual({ position: 0, renumber: null })
    expect(placeAt([1, 2, 3], 1)).toEqual({ position: 1.5, renumber: null })
    expect(placeAt([1, 1 + 1e-9, 3], 1)).toEqual({ position: 1.5, renumber: [1, 2, 3] })
  })
})
