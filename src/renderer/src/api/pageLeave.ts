/**
 * The page is going away or out of sight: reloaded, closed, navigated from, or hidden (another
 * tab, minimised, the laptop lid). Whatever a field holds unsaved must be sent now, and by a
 * request the browser finishes even if the page is gone a moment later: a hidden page may be
 * discarded or the battery may die without any further event.
 *
 * Listeners run synchronously inside the browser's own event, so a write they start is on its
 * way before the page can be unloaded; while `isPageLeaving()` the HTTP transport sends writes
 * with `keepalive`.
 */

type Listener = () => void

const listeners = new Set<Listener>()
let leaving = false
let installed = false

function leave(): void {
  // Stays set until the page is shown again: a keepalive write on a page that lives is harmless,
  // an ordinary one on a page that dies is lost.
  leaving = true
  for (const listener of listeners) {
    try {
      listener()
    } catch (e) {
      // One field failing must not keep the others from saving.
      console.warn('medskapa: a field could not save on leaving the page', e)
    }
  }
}

// Typed for what is used: this module is also compiled (and imported by the transport's tests)
// where there is no DOM.
interface EventSource {
  addEventListener(type: string, listener: () => void): void
}
const page = globalThis as unknown as { window?: EventSource; document?: EventSource & { visibilityState: string } }

function install(): void {
  const { window, document } = page
  if (installed || !window || !document) return
  installed = true
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave()
    else leaving = false
  })
  // Reload and close fire pagehide before the page is hidden; Electron's window close fires
  // beforeunload first, and what is sent over IPC then still arrives.
  window.addEventListener('pagehide', leave)
  window.addEventListener('beforeunload', leave)
  window.addEventListener('pageshow', () => {
    leaving = false
  })
}

/** Run `listener` whenever the page is hidden or about to unload; returns the unsubscribe. */
export function onPageLeave(listener: Listener): () => void {
  install()
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** True from the moment the page starts to leave until it is shown again. */
export function isPageLeaving(): boolean {
  return leaving
}
