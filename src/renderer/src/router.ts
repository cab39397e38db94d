import { useSyncExternalStore } from 'react'

// Hash routes keep the app a single file under file:// (Electron) and / (browser host), and make
// a reload land on the same view: the workshop route names the file, not a per-run handle.

export type Route =
  | { name: 'home' }
  | { name: 'start' }
  | { name: 'workshop'; path: string }
  | { name: 'setup'; path: string }
  | { name: 'templates' }
  | { name: 'projector'; docId: string }
  | { name: 'unknown'; hash: string }

export function parseHash(hash: string): Route {
  if (hash === '' || hash === '#') return { name: 'home' }
  const [pathPart, query = ''] = hash.replace(/^#/, '').split('?', 2)
  const params = new URLSearchParams(query)
  if (pathPart === '/' || pathPart === '') return { name: 'start' }
  if (pathPart === '/w' || pathPart === '/setup') {
    const path = params.get('path')
    if (path) return { name: pathPart === '/w' ? 'workshop' : 'setup', path }
  }
  if (pathPart === '/templates') return { name: 'templates' }
  if (pathPart === '/projector') {
    const docId = params.get('doc')
    if (docId) return { name: 'projector', docId }
  }
  return { name: 'unknown', hash }
}

export function hrefFor(route: Exclude<Route, { name: 'home' | 'unknown' }>): string {
  switch (route.name) {
    case 'start':
      return '#/'
    case 'templates':
      return '#/templates'
    case 'projector':
      return `#/projector?${new URLSearchParams({ doc: route.docId }).toString()}`
    case 'setup':
      return `#/setup?${new URLSearchParams({ path: route.path }).toString()}`
    case 'workshop':
      return `#/w?${new URLSearchParams({ path: route.path }).toString()}`
  }
}

/** Go to a route; `replace` keeps the back button from returning to a transient view. */
export function navigate(route: Exclude<Route, { name: 'home' | 'unknown' }>, opts: { replace?: boolean } = {}): void {
  const href = hrefFor(route)
  if (opts.replace) {
    const url = new URL(window.location.href)
    url.hash = href
    window.history.replaceState(window.history.state, '', url)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  } else {
    window.location.hash = href
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash)
}

export function currentRoute(): Route {
  return parseHash(window.location.hash)
}
