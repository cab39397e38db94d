import { TOKEN_QUERY } from '../../../shared/api/transport.ts'

const STORAGE_KEY = 'medskapa.token'

/**
 * The host's per-run token arrives once, in the start URL. Keep it for this tab only (so a reload
 * still works) and take it out of the address bar, where it would end up in screenshots and
 * history.
 */
export function takeToken(): string | null {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get(TOKEN_QUERY)
  if (fromUrl) {
    try {
      sessionStorage.setItem(STORAGE_KEY, fromUrl)
    } catch {
      // Without storage the token lives in memory only; a reload then needs the start URL again.
    }
    url.searchParams.delete(TOKEN_QUERY)
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`)
    return fromUrl
  }
  try {
    return sessionStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}
