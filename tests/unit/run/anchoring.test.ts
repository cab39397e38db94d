import { describe, expect, it } from 'vitest'
import { anchoringStatus, type AnchoringData } from '../../../src/shared/run/anchoring.ts'

const circle = { requiresAnchoring: true }
const data = (over: Partial<AnchoringData> = {}): AnchoringData => ({
  workshop: { anchoringOverride: null },
  bodies: [],
  meetings: [{ status: 'planned' }, { status: 'planned' }],
  ...over
})

describe('anchoringStatus', () => {
  it('blocks the first meeting of a circle without receivers', () => {
    expect(anchoringStatus(data(), circle)).toEqual({
      required: true,
      satisfied: false,
      missing: ['receiver', 'answerBy'],
      overridden: false,
      blocksStart: true
    })
  })

  it('needs the answer-by date on a receiver, not on any body', () => {
    const bodies = [
      { isReceiver: true, answerBy: null },
      { isReceiver: false, answerBy: '2025-06-30' }
    ]
    expect(anchoringStatus(data({ bodies }), circle).missing).toEqual(['answerBy'])
    const ok = anchoringStatus(data({ bodies: [...bodies, { isReceiver: true, answerBy: '2025-06-30' }] }), circle)
    expect(ok).toMatchObject({ satisfied: true, missing: [], blocksStart: false })
  })

  it('lets an override through and reports it', () => {
    const s = anchoringStatus(data({ workshop: { anchoringOverride: 'Nämnden beslutar i mars' } }), circle)
    expect(s).toMatchObject({ satisfied: false, overridden: true, blocksStart: false })
  })

  it('does not block once a meeting has run, nor methods that do not ask for anchoring', () => {
    expect(anchoringStatus(data({ meetings: [{ status: 'done' }, { status: 'planned' }] }), circle).blocksStart).toBe(false)
    expect(anchoringStatus(data(), { requiresAnchoring: false })).toMatchObject({ required: false, blocksStart: false })
    expect(anchoringStatus(data(), undefined).blocksStart).toBe(false)
  })
})
