// Which addresses a note may link to. Pure, so the rule is tested without a browser.

const SAFE_URL = /^https?:\/\/[^\s]+$/i

/** Only http:// and https:// addresses: the same rule the core checks before it stores a note. */
export function isSafeUrl(url: string): boolean {
  if (!SAFE_URL.test(url)) return false
  try {
    const parsed = new URL(url)
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== ''
  } catch {
    return false
  }
}

/** "www.boras.se" is what people type; give it the scheme it obviously means. */
export function normaliseUrl(input: string): string {
  const text = input.trim()
  if (/^www\./i.test(text)) return `https://${text}`
  return text
}
