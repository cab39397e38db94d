import type { PiiKind } from '../../../../shared/text/pii.ts'

// The dialog lists what the guard found, but the screen may well be on the projector while the
// secretary exports: the finds are shown with most of their characters hidden, enough to
// recognise ("811218-****") and not enough to read someone's number off the wall.

const HIDE = '*'

/** Hide every digit after the first `keep` digits. */
function hideDigitsAfter(text: string, keep: number): string {
  let seen = 0
  return Array.from(text)
    .map((ch) => {
      if (!/\p{N}/u.test(ch)) return ch
      seen += 1
      return seen > keep ? HIDE : ch
    })
    .join('')
}

/** Keep the first letter of each word, hide the other letters and digits. */
function hideWordTails(text: string): string {
  return text.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => {
    const chars = Array.from(word)
    return chars[0] + HIDE.repeat(chars.length - 1)
  })
}

/** A personal identity number keeps its date of birth: the last four digits identify the person. */
function hideLastFour(text: string): string {
  const digits = Array.from(text).filter((ch) => /\p{N}/u.test(ch)).length
  return hideDigitsAfter(text, Math.max(0, digits - 4))
}

export function maskMatch(kind: PiiKind, match: string): string {
  switch (kind) {
    case 'personnummer':
    case 'samordningsnummer':
      return hideLastFour(match)
    case 'phone':
      return hideDigitsAfter(match, 3)
    case 'email': {
      const at = match.lastIndexOf('@')
      return at > 0 ? `${hideWordTails(match.slice(0, at))}${match.slice(at)}` : hideWordTails(match)
    }
    case 'name':
      return hideWordTails(match)
  }
}

/** The words around a find with every find in that same text hidden, not only this one. */
export function maskExcerpt(excerpt: string, finds: readonly { kind: PiiKind; match: string }[]): string {
  let out = excerpt
  // Longest first, so "19811218-9876" is hidden whole before "811218-9876" could match inside it.
  for (const f of [...finds].sort((a, b) => b.match.length - a.match.length)) {
    if (f.match) out = out.split(f.match).join(maskMatch(f.kind, f.match))
  }
  return out
}
