import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatNumber, formatTime } from '../../../src/renderer/src/i18n/format.ts'

// Swedish public documents write "13 december 2013", "kl. 9.00" and "34 175" (Språkrådet,
// Myndigheternas skrivregler); the interface follows them, and English its own conventions.

const at = (h: number, m: number): number => new Date(2013, 11, 13, h, m).getTime()

describe('Swedish and English formats', () => {
  it('writes dates in full', () => {
    expect(formatDate(at(9, 0), 'sv')).toBe('13 december 2013')
    expect(formatDate(at(9, 0), 'en')).toBe('13 December 2013')
  })

  it('writes the time of day with "kl." and a point, without a leading zero, in Swedish', () => {
    expect(formatTime(at(9, 0), 'sv')).toBe('kl. 9.00')
    expect(formatTime(at(14, 5), 'sv')).toBe('kl. 14.05')
    expect(formatTime(at(0, 30), 'sv')).toBe('kl. 0.30')
    expect(formatTime(at(9, 5), 'en')).toBe('9:05')
    expect(formatTime(at(23, 59), 'en')).toBe('23:59')
  })

  it('joins date and time', () => {
    expect(formatDateTime(at(14, 5), 'sv')).toBe('13 december 2013 kl. 14.05')
    expect(formatDateTime(at(14, 5), 'en')).toBe('13 December 2013 14:05')
  })

  it('groups thousands with a non-breaking space in Swedish', () => {
    expect(formatNumber(34175, 'sv')).toBe('34\u00a0175')
    expect(formatNumber(34175, 'en')).toBe('34,175')
    expect(formatNumber(999, 'sv')).toBe('999')
  })
})
