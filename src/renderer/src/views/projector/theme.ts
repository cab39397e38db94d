import { useSyncExternalStore } from 'react'
import type { ScreenTheme } from './ProjectorScreen.tsx'

// Light or dark for the room: the address decides when it says (?theme=dark, in the query or in
// the route), else the computer's own setting. A dark room with a bright projector wants dark; a
// sunlit room wants light; the facilitator picks by opening the address they need.

const DARK = '(prefers-color-scheme: dark)'

function fromAddress(): ScreenTheme | null {
  const hashQuery = window.location.hash.split('?', 2)[1] ?? ''
  for (const params of [new URLSearchParams(window.location.search), new URLSearchParams(hashQuery)]) {
    const theme = params.get('theme')
    if (theme === 'dark' || theme === 'light') return theme
  }
  return null
}

function current(): ScreenTheme {
  return fromAddress() ?? (window.matchMedia?.(DARK).matches ? 'dark' : 'light')
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(DARK)
  media?.addEventListener('change', onChange)
  window.addEventListener('hashchange', onChange)
  return () => {
    media?.removeEventListener('change', onChange)
    window.removeEventListener('hashchange', onChange)
  }
}

export function useScreenTheme(): ScreenTheme {
  return useSyncExternalStore(subscribe, current)
}
