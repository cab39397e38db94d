import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JoinGuard, LOCKOUT_MS, MAX_WRONG_PER_CLIENT, MAX_WRONG_PER_CODE } from '../../../src/main/host/participants/joins.ts'
import { formatJoinCode, JOIN_CODE_ALPHABET, newJoinCode, normalizeJoinCode } from '../../../src/shared/participants/codes.ts'
import { listInterfaces, originFor } from '../../../src/shared/participants/interfaces.ts'
import { phoneModeFor } from '../../../src/shared/participants/protocol.ts'
import {
  PHONE_LANGUAGES,
  PHONE_STRINGS,
  phoneDirection,
  phoneText,
  pickPhoneLanguage,
  type PhoneStringKey
} from '../../../src/shared/participants/strings.ts'

describe('join codes', () => {
  it('are 6 characters from an alphabet without 0, O, 1 or I', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32)
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1I]/)
    const codes = new Set<string>()
    for (let i = 0; i < 2_000; i++) {
      const code = newJoinCode((n) => randomBytes(n))
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/)
      codes.add(code)
    }
    // 2,000 draws from 10^9 codes: a repeat would point at a broken source, not bad luck.
    expect(codes.size).toBe(2_000)
  })

  it('every character is equally likely (each byte maps to exactly 8 of the 256 values)', () => {
    const counts = new Map<string, number>()
    for (let b = 0; b < 256; b++) {
      const ch = newJoinCode(() => new Uint8Array(6).fill(b))[0]
      counts.set(ch, (counts.get(ch) ?? 0) + 1)
    }
    expect([...counts.values()].every((n) => n === 8)).toBe(true)
  })

  it('typed codes are read kindly, but only real codes count', () => {
    expect(normalizeJoinCode('abc 234')).toBe('ABC234')
    expect(normalizeJoinCode(' ABC-234 ')).toBe('ABC234')
    expect(normalizeJoinCode('ABC23')).toBeNull()
    expect(normalizeJoinCode('ABC2340')).toBeNull()
    expect(normalizeJoinCode('ABO234')).toBeNull()
    expect(formatJoinCode('ABC234')).toBe('ABC 234')
    fc.assert(
      fc.property(fc.string(), (s) => {
        const code = normalizeJoinCode(s)
        return code === null || /^[A-HJ-NP-Z2-9]{6}$/.test(code)
      })
    )
  })
})

describe('phone strings', () => {
  const keys = Object.keys(PHONE_STRINGS.sv) as PhoneStringKey[]

  it('cover sv, en, ar, so, fi and ti, every key, none empty, with the same placeholders', () => {
    expect(PHONE_LANGUAGES.map((l) => l.code)).toEqual(['sv', 'en', 'ar', 'so', 'fi', 'ti'])
    const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort()
    for (const { code } of PHONE_LANGUAGES) {
      expect(Object.keys(PHONE_STRINGS[code]).sort(), code).toEqual([...keys].sort())
      for (const key of keys) {
        const text = PHONE_STRINGS[code][key]
        expect(text.trim(), `${code}.${key}`).not.toBe('')
        expect(placeholders(text), `${code}.${key}`).toEqual(placeholders(PHONE_STRINGS.sv[key]))
        // Plain text only: the phone sets textContent, and markup in a translation would show as letters.
        expect(text, `${code}.${key}`).not.toMatch(/[<>]/)
      }
    }
  })

  it('the other languages are really translated, in their own scripts', () => {
    for (const code of ['en', 'ar', 'so', 'fi', 'ti'] as const) {
      const same = keys.filter((k) => PHONE_STRINGS[code][k] === PHONE_STRINGS.sv[k])
      expect(same, code).toEqual([])
    }
    expect(PHONE_STRINGS.ar.received).toMatch(/[\u0600-\u06FF]/)
    expect(PHONE_STRINGS.ti.received).toMatch(/[\u1200-\u137F]/)
    expect(phoneText('sv', 'received')).toBe('Tack! Din lapp har kommit fram.')
  })

  it('Arabic is right-to-left; the browser language picks the start language', () => {
    expect(phoneDirection('ar')).toBe('rtl')
    expect(PHONE_LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar'])
    expect(pickPhoneLanguage(['ar-SE', 'sv'])).toBe('ar')
    expect(pickPhoneLanguage(['nb-NO', 'fi'])).toBe('fi')
    expect(pickPhoneLanguage(['de-DE'])).toBe('sv')
    expect(phoneText('en', 'dotsLeft', { n: 2, total: 3 })).toBe('Dots left: 2 of 3')
  })
})

describe('network addresses', () => {
  it('the room network first, loopback marked as this computer only; link-local IPv6 never offered', () => {
    const list = listInterfaces({
      lo: [
        { address: '127.0.0.1', family: 'IPv4', internal: true },
        { address: '::1', family: 'IPv6', internal: true }
      ],
      wlan0: [
        { address: 'fe80::1', family: 'IPv6', internal: false },
        { address: 'fd00::5', family: 'IPv6', internal: false },
        { address: '192.168.137.1', family: 'IPv4', internal: false }
      ]
    })
    expect(list.map((i) => [i.name, i.address, i.reach])).toEqual([
      ['wlan0', '192.168.137.1', 'network'],
      ['wlan0', 'fd00::5', 'network'],
      ['lo', '127.0.0.1', 'this_computer'],
      ['lo', '::1', 'this_computer']
    ])
    expect(originFor('192.168.137.1', 8080)).toBe('http://192.168.137.1:8080')
    expect(originFor('fd00::5', 8080)).toBe('http://[fd00::5]:8080')
  })

  it('phones write in capture and cluster phases, vote in vote phases, and otherwise listen', () => {
    expect(phoneModeFor('capture')).toBe('write')
    expect(phoneModeFor('cluster')).toBe('write')
    expect(phoneModeFor('vote')).toBe('vote')
    for (const kind of ['inform', 'reflect', 'invert', 'effect_chain', 'proposals', 'responses', 'free_notes'] as const) {
      expect(phoneModeFor(kind)).toBe('wait')
    }
  })
})

describe('guessing the join code', () => {
  it('locks one client out for 5 minutes after 10 wrong codes; a right code resets the count', () => {
    let now = 0
    const guard = new JoinGuard(() => now)
    for (let i = 0; i < MAX_WRONG_PER_CLIENT - 1; i++) guard.record('a', false)
    expect(guard.check('a')).toBe('ok')
    guard.record('a', true)
    for (let i = 0; i < MAX_WRONG_PER_CLIENT; i++) guard.record('a', false)
    expect(guard.check('a')).toBe('locked')
    expect(guard.check('b')).toBe('ok')
    now += LOCKOUT_MS
    expect(guard.check('a')).toBe('ok')
    // After a lock-out the count starts over: one more wrong code does not lock again.
    guard.record('a', false)
    expect(guard.check('a')).toBe('ok')
  })

  it('pauses joining for the whole room after too many wrong codes, until a new code', () => {
    const guard = new JoinGuard(() => 0)
    for (let i = 0; i < MAX_WRONG_PER_CODE; i++) guard.record(`client-${i}`, false)
    expect(guard.paused).toBe(true)
    expect(guard.check('someone-new')).toBe('paused')
    guard.newCode()
    expect(guard.check('someone-new')).toBe('ok')
  })
})
