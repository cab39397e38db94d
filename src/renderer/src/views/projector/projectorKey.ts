import { PROJECTOR_TOKEN_QUERY } from '../../../../shared/api/transport.ts'

const storageKey = (docId: string): string => `medskapa.ptoken.${docId}`

/** Also in memory: a second look in the same page load must not depend on storage being allowed. */
const remembered = new Map<string, string>()

/**
 * The projector page's read-only key arrives once, in its address (?ptoken=). Like the main token
 * it is kept for this tab only, so a reload still works (the host also remembers it in a cookie
 * for the page itself), and taken out of the address bar, where it would show on the big screen.
 */
export function takeProjectorKey(docId: string): string | null {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get(PROJECTOR_TOKEN_QUERY)
  if (fromUrl) {
    remembered.set(docId, fromUrl)
    try {
      sessionStorage.setItem(storageKey(docId), fromUrl)
    } catch {
      // Without storage the key lives in memory only; a reload then needs the address again.
    }
    url.searchParams.delete(PROJECTOR_TOKEN_QUERY)
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`)
    return fromUrl
  }
  try {
    return remembered.get(docId) ?? sessionStorage.getItem(storageKey(docId))
  } catch {
    return remembered.get(docId) ?? null
  }
}
