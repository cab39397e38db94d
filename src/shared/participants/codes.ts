// The join code residents type from the projector. Six characters from an alphabet without the
// look-alikes 0/O and 1/I: 32^6 ≈ 1.07 × 10^9 codes, and with the lock-out after wrong guesses
// (host/participants/joins.ts) guessing one during a meeting is hopeless.

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const JOIN_CODE_LENGTH = 6

/**
 * A new random code. `randomBytes` is the caller's secure source (node:crypto in the server):
 * shared code may not import Node. 256 is a multiple of 32, so taking each byte modulo 32 keeps
 * every character equally likely.
 */
export function newJoinCode(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(JOIN_CODE_LENGTH)
  let code = ''
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[bytes[i] % JOIN_CODE_ALPHABET.length]
  return code
}

/**
 * What a resident typed, as a code: case, spaces and dashes do not matter ("abc 234", "ABC-234").
 * Null when it cannot be a code at all, so a typo is told apart from a wrong guess.
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, '')
  if (code.length !== JOIN_CODE_LENGTH) return null
  for (const ch of code) if (JOIN_CODE_ALPHABET.indexOf(ch) === -1) return null
  return code
}

/** "ABC234" → "ABC 234": two groups of three are easier to read out and copy from a wall. */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 3)} ${code.slice(3)}` : code
}
