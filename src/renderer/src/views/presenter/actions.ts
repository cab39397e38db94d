import type { PresenterState, ProjectorView, Spotlight } from '../../../../shared/projector/schema.ts'
import { canSpotlight } from '../../../../shared/projector/model.ts'
import { i18next } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { spotlightName } from '../projector/SpotlightCard.tsx'
import { presenterView, refreshPresenter, setPresenterView } from './presenterStore.ts'

// The presenter's controls, shared by the buttons, the keys and the palette. None of them writes
// the file (they are moments of the session, kept in the core's memory), so none is an undo step.

function api() {
  const a = useAppStore.getState().api
  if (!a) throw new Error('the window is not connected to Medskapa')
  return a
}

const announce = (text: string): void => useAppStore.getState().announce(text)

/** The view the controls act on: the one shown, or a fresh one when none has arrived yet. */
async function known(docId: string): Promise<ProjectorView | null> {
  return presenterView(docId) ?? (await refreshPresenter(docId))
}

function announceSpotlight(view: ProjectorView): void {
  const name = spotlightName(view)
  announce(name !== null ? i18next.t('projector.presenter.announce.spotlight', { what: name }) : i18next.t('projector.presenter.announce.spotlightOff'))
}

async function setPresenter(docId: string, patch: Partial<PresenterState>): Promise<ProjectorView> {
  const view = await api().call('projector.setPresenter', { docId, ...patch })
  setPresenterView(docId, view)
  return view
}

export async function toggleBlank(docId: string): Promise<void> {
  const blank = !(await known(docId))?.presenter.blank
  await setPresenter(docId, { blank })
  announce(i18next.t(blank ? 'projector.presenter.announce.blank' : 'projector.presenter.announce.unblank'))
}

export async function toggleFreeze(docId: string): Promise<void> {
  const frozen = !(await known(docId))?.presenter.frozen
  await setPresenter(docId, { frozen })
  announce(i18next.t(frozen ? 'projector.presenter.announce.frozen' : 'projector.presenter.announce.unfrozen'))
}

export async function step(docId: string, direction: 1 | -1): Promise<void> {
  const view = await api().call('projector.step', { docId, direction })
  setPresenterView(docId, view)
  if (view.presenter.spotlight) announceSpotlight(view)
  else announce(i18next.t('projector.presenter.announce.nothing'))
}

export async function endSpotlight(docId: string): Promise<void> {
  announceSpotlight(await setPresenter(docId, { spotlight: null }))
}

/** The note, cluster or vote item that has the keyboard focus on the facilitator's board, if any. */
function focusedTarget(): Spotlight | null {
  const el = document.activeElement
  if (!(el instanceof HTMLElement)) return null
  const sticky = el.closest('[data-sticky-id]')?.getAttribute('data-sticky-id')
  if (sticky) return { type: 'sticky', id: sticky }
  const item = el.closest<HTMLElement>('[data-item-id]')
  const type = item?.dataset.itemType
  if (item?.dataset.itemId && (type === 'sticky' || type === 'cluster')) return { type, id: item.dataset.itemId }
  const cluster = el.closest('[data-cluster-id]')?.getAttribute('data-cluster-id')
  return cluster ? { type: 'cluster', id: cluster } : null
}

/**
 * S: put what the facilitator is on in the spotlight, so "this one" on the laptop becomes this one
 * on the wall. With nothing focused (or something the room cannot see), start at the first.
 */
export async function spotlightFocused(docId: string): Promise<void> {
  const target = focusedTarget()
  const view = await known(docId)
  if (target && view && canSpotlight(view.content, target)) {
    announceSpotlight(await setPresenter(docId, { spotlight: target }))
    return
  }
  await step(docId, 1)
}

/** Open the room's screen: the app's own window, or (in the browser) the projector address in a new window. */
export async function openProjector(docId: string): Promise<'window' | 'tab' | { blocked: string }> {
  const client = api()
  if (client.kind === 'electron') {
    await client.call('projector.open', { docId })
    announce(i18next.t('projector.presenter.opened'))
    return 'window'
  }
  // Open the window while the click still counts as the user's (popup blockers), then send it on.
  const win = window.open('', '_blank')
  let url: string
  try {
    url = (await client.call('projector.url', { docId })).url
  } catch (e) {
    win?.close()
    throw e
  }
  if (!win) return { blocked: url }
  // The projector page needs nothing from this one, and must not be able to reach it.
  win.opener = null
  win.location.replace(url)
  announce(i18next.t('projector.presenter.opened'))
  return 'tab'
}
