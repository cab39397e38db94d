// Swedish personal identity numbers (personnummer, Skatteverket SKV 704) and coordination numbers
// (samordningsnummer, SKV 707): a date of birth, a three-digit birth number and a Luhn check digit.
// A samordningsnummer is the same with 60 added to the day.

export interface IdNumberHit {
  kind: 'personnummer' | 'samordningsnummer'
  start: number
  end: number
  match: string
}

// 10 digits (YYMMDD, optional - or +, NNNN) or 12 digits (YYYYMMDD, optional -, NNNN). The
// boundaries keep a longer number, a decimal, a time or a diarienummer from being cut into one.
const CANDIDATE =
  /(?<![\p{L}\p{M}\p{N}_@+-])(?<!\p{N}[ .,/:])(?:(\d{2})(\d{2})(\d{2})(\d{2})(-?)|(\d{2})(\d{2})(\d{2})([-+]?))(\d{4})(?![\p{L}\p{M}\p{N}_@])(?![.,:/-]\p{N})/gu

/** Luhn over the ten digits YYMMDDNNNC: the check digit makes the weighted digit sum a multiple of 10. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false
  let sum = 0
  for (let i = 0; i < 10; i++) {
    let d = tenDigits.charCodeAt(i) - 48
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * Which kind the date part makes it, or null when it is no calendar date. Without a century a
 * 29 February is valid when some plausible century makes it a leap year: YY divisible by 4, or 00
 * (2000) unless the + separator says the person is over a hundred (1900, not a leap year).
 */
export function dateKind(
  century: number | null,
  yy: number,
  month: number,
  day: number,
  plus = false
): IdNumberHit['kind'] | null {
  if (month < 1 || month > 12) return null
  const coordination = day > 60
  const realDay = coordination ? day - 60 : day
  if (realDay < 1) return null
  let max: number
  if (century !== null) max = daysInMonth(century * 100 + yy, month)
  else if (month !== 2) max = daysInMonth(2001, month)
  else max = yy % 4 === 0 && !(yy === 0 && plus) ? 29 : 28
  if (realDay > max) return null
  return coordination ? 'samordningsnummer' : 'personnummer'
}

/** Every valid personnummer and samordningsnummer in `text`, in order. */
export function findIdNumbers(text: string): IdNumberHit[] {
  const hits: IdNumberHit[] = []
  for (const m of text.matchAll(CANDIDATE)) {
    const long = m[1] !== undefined
    const century = long ? Number(m[1]) : null
    const yy = long ? m[2] : m[6]
    const mm = long ? m[3] : m[7]
    const dd = long ? m[4] : m[8]
    const sep = long ? m[5] : m[9]
    const tail = m[10]
    // Only the centuries of people alive or recently so; "2513…" is an amount, not a birth date.
    if (century !== null && (century < 18 || century > 20)) continue
    const kind = dateKind(century, Number(yy), Number(mm), Number(dd), sep === '+')
    if (!kind) continue
    if (!luhnValid(`${yy}${mm}${dd}${tail}`)) continue
    const start = m.index
    hits.push({ kind, start, end: start + m[0].length, match: m[0] })
  }
  return hits
}
