// Telephone numbers as people write them in Swedish text: national ("070-123 45 67", "08-123 456 78",
// "0171-123 45", "(08) 123 45 67") and international ("+46 70 123 45 67", "0046 8 123 456 78",
// "+46 (0)70-123 45 67", "+358 40 123 4567"). Municipal text is full of other numbers — years,
// amounts in thousands groups, dates, diarienummer, times, postcodes — so a run of digits is
// accepted only when its digit count and grouping fit the Swedish numbering plan.

export interface PhoneHit {
  kind: 'phone'
  start: number
  end: number
  match: string
}

// A run of digit groups joined by one space, or a hyphen with optional spaces; groups may sit in
// parentheses. Runs are cut into phone numbers afterwards.
const RUN =
  /(?<![\p{L}\p{M}\p{N}_@+-])(?<!\p{N}[.,:])(?:\+[ \u00A0]?)?\(?\d+\)?(?:(?:[ \u00A0]?-[ \u00A0]?|[ \u00A0])?\(?\d+\)?)*/gu

// A number followed by a unit is an amount or a share, never a phone number.
const UNIT_AFTER = /^[ \u00A0]*(?:kr\b|kronor|sek\b|tkr|mkr|msek|mdkr|miljon|miljard|%|procent|st\b|stycken|år\b|personer)/iu

interface Group {
  digits: string
  start: number
  end: number
  plus: boolean
  /** How the group is joined to the one before it. */
  sep: 'none' | 'space' | 'hyphen'
}

function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = []
  const re = /(\+[ \u00A0]?)?\(?(\d+)\)?/g
  let last = 0
  for (const m of run.matchAll(re)) {
    const between = run.slice(last, m.index)
    const sep: Group['sep'] = groups.length === 0 ? 'none' : between.includes('-') ? 'hyphen' : between.trim() === '' && between !== '' ? 'space' : 'none'
    groups.push({ digits: m[2], start: offset + m.index, end: offset + m.index + m[0].length, plus: m[1] !== undefined, sep })
    last = m.index + m[0].length
  }
  return groups
}

/** National significant number (no trunk 0): mobile 7X + 7 digits, otherwise 7–9 digits. */
function validNsn(nsn: string): boolean {
  if (!/^[1-9]\d*$/.test(nsn)) return false
  return nsn[0] === '7' ? nsn.length === 9 : nsn.length >= 7 && nsn.length <= 9
}

/** Area code, then the subscriber number in one piece or in groups of two or three (the last may be four). */
function nationalGrouping(groups: Group[]): boolean {
  if (groups.length === 1) return true
  const area = groups[0].digits.length
  if (area < 2 || area > 4) return false
  const rest = groups.slice(1).map((g) => g.digits.length)
  if (rest.length === 1) return rest[0] >= 5 && rest[0] <= 8
  return rest.every((n, i) => (n >= 2 && n <= 3) || (n === 4 && i === rest.length - 1 && rest[i - 1] === 3))
}

function validPhone(groups: Group[]): boolean {
  const digits = groups.map((g) => g.digits).join('')
  const international = groups[0].plus || digits.startsWith('00')
  if (international) {
    const rest = groups[0].plus ? digits : digits.slice(2)
    if (rest.startsWith('46')) {
      const nsn = rest.slice(2)
      // "+46 (0)70…": the trunk zero in parentheses is a common, if wrong, way of writing it.
      return validNsn(nsn.startsWith('0') ? nsn.slice(1) : nsn)
    }
    return /^[1-9]/.test(rest) && rest.length >= 8 && rest.length <= 15
  }
  if (!digits.startsWith('0') || digits.startsWith('00')) return false
  return validNsn(digits.slice(1)) && nationalGrouping(groups)
}

function looksLikeThousands(groups: Group[]): boolean {
  return groups.length > 1 && groups.slice(1).every((g) => g.digits.length === 3 && g.sep === 'space')
}

/** Every telephone number in `text`, in order. */
export function findPhones(text: string): PhoneHit[] {
  const hits: PhoneHit[] = []
  for (const run of text.matchAll(RUN)) {
    const groups = groupsOf(run[0], run.index)
    let i = 0
    let afterHit = false
    while (i < groups.length) {
      const g = groups[i]
      const first = i === 0 || afterHit
      // Inside a run, a new number may start only after a plain space, and not where the groups
      // read as an amount in thousands ("12 050 000 000").
      const mayStart = (g.plus || g.digits.startsWith('0')) && (first || g.sep === 'space')
      let best = -1
      if (mayStart) {
        for (let j = i; j < groups.length && j - i < 8; j++) {
          const slice = groups.slice(i, j + 1)
          if (!validPhone(slice)) continue
          if (!first && looksLikeThousands(groups.slice(i - 1, j + 1))) continue
          best = j
        }
      }
      if (best >= 0) {
        const start = groups[i].start
        const end = groups[best].end
        const next = text.slice(end)
        if (!UNIT_AFTER.test(next)) hits.push({ kind: 'phone', start, end, match: text.slice(start, end) })
        i = best + 1
        afterHit = true
      } else {
        i += 1
        afterHit = false
      }
    }
  }
  return hits
}
