import { currentRoute, parseHash, useHash } from '../../router.ts'
import { ProjectorView } from './ProjectorView.tsx'

/**
 * A page opened on the projector route is the room's screen from its first moment: main.tsx then
 * starts this instead of the facilitator's app, so no facilitator API client, token, command keys
 * or palette exist on it (the browser page holds only the read-only projector key).
 */
export function isProjectorPage(): boolean {
  return currentRoute().name === 'projector'
}

export function ProjectorRoot(): React.JSX.Element {
  const route = parseHash(useHash())
  // The screen cannot be navigated from the room; another route here is a mistyped address.
  if (route.name !== 'projector') return <main id="main" className="pj-page" />
  return <ProjectorView key={route.docId} docId={route.docId} />
}
