import { isSafeUrl } from './links.ts'

/**
 * Open a note's link outside the app. In Electron the shell denies every new window and hands
 * http(s) addresses to the system browser; in a browser it opens in a new tab that cannot reach
 * back into this one (noopener) or learn where it came from (noreferrer).
 */
export function openExternal(url: string): void {
  if (!isSafeUrl(url)) return
  window.open(url, '_blank', 'noopener,noreferrer')
}
