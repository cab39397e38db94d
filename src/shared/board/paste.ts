// Pasting a list (from a chat, an e-mail, a Word document) should give one note per line.

const BULLET = /^\s*(?:[-–—•*·▪◦●○]|\d{1,3}[.)]|[a-zA-Z][.)](?=\s))\s*/u

/** The lines of a pasted text as note texts: bullets and numbering stripped, blank lines dropped. */
export function splitPastedLines(text: string): string[] {
  return text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.replace(BULLET, '').trim())
    .filter((line) => line !== '')
}

/** True when a paste holds several lines, so the board should offer one note per line. */
export function looksLikeList(text: string): boolean {
  return splitPastedLines(text).length > 1
}
