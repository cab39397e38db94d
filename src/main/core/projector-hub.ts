import { ApiError } from '../../shared/api/errors.ts'
import type { ApiEvent, EntityChange } from '../../shared/api/events.ts'
import type { EntityName } from '../../shared/domain/entities.ts'
import type { Language } from '../../shared/domain/enums.ts'
import { COLLECTION_OF } from '../../shared/domain/interchange.ts'
import { canSpotlight, projectorView, stepSpotlight, type ProjectorData } from '../../shared/projector/model.ts'
import { INITIAL_PRESENTER, type ParticipantsJoin, type PresenterState, type ProjectorView } from '../../shared/projector/schema.ts'
import type { DocumentStore } from '../db/store.ts'
import type { CoreServices } from './context.ts'
import type { Documents, OpenDocument } from './documents.ts'

// Keeps every projector in step. Per open workshop it holds the presenter state (in memory only:
// blank, freeze and spotlight are moments of one session, and a restart should come back to the
// wall, not to a blank screen nobody remembers blanking), a mirror of the entities the projector
// reads, and the frozen picture. Change events update the mirror in place, so a new view costs a
// pass over the notes and never a reload of the file; the view is sent only when it differs from
// the last one sent, and never while frozen.

/** The entities the projector reads; facilitator notes, summaries and the rest are not even loaded. */
const MIRRORED = [
  'workshop',
  'body',
  'meeting',
  'phase',
  'sticky',
  'cluster',
  'vote',
  'countermeasure',
  'effectRow',
  'proposal',
  'response',
  'knownName'
] as const satisfies readonly EntityName[]
const MIRRORED_SET: ReadonlySet<EntityName> = new Set(MIRRORED)

export interface ProjectorHubDeps {
  readonly docs: Documents
  readonly services: CoreServices
  subscribe(listener: (event: ApiEvent) => void): () => void
  emit(event: ApiEvent): void
  now(): number
}

interface DocState {
  /** Projector screens listening now (browser pages, Electron windows). */
  watchers: number
  presenter: PresenterState
  /** Which open document the mirror was read from: a reopened file must be read again. */
  source: OpenDocument | null
  mirror: ProjectorData | null
  /** The picture the room keeps while frozen (taken unblanked, without a spotlight check). */
  frozen: ProjectorView | null
  /** The last view sent, as JSON without its time stamp, to skip sending an unchanged view. */
  lastSent: string | null
  pending: boolean
  /** The language of the last view, for the closed screen once the file is gone. */
  closedLanguage: Language
}

function loadMirror(store: DocumentStore): ProjectorData {
  const out: Record<string, unknown> = {}
  for (const entity of MIRRORED) {
    const rows = store.list(entity)
    out[COLLECTION_OF[entity]] = entity === 'workshop' ? rows[0] : rows
  }
  return out as unknown as ProjectorData
}

function applyChange(mirror: ProjectorData, change: EntityChange): void {
  if (change.entity === 'workshop') {
    if (change.value) mirror.workshop = change.value
    return
  }
  const list = (mirror as unknown as Record<string, { id: string }[]>)[COLLECTION_OF[change.entity]]
  const at = list.findIndex((row) => row.id === change.id)
  if (change.value === null) {
    if (at >= 0) list.splice(at, 1)
  } else if (at >= 0) list[at] = change.value as { id: string }
  else list.push(change.value as { id: string })
}

/** The join address, code and QR while phones may join: the participant server runs and takes joins. */
function joinInfo(services: CoreServices, docId: string): ParticipantsJoin | null {
  const status = services.participants?.status(docId)
  if (!status?.running || status.joinPaused || !status.url || !status.joinCode) return null
  return { joinUrl: status.url, joinCode: status.joinCode, qrDataUrl: status.qrDataUrl }
}

const withoutTime = (view: ProjectorView): string => JSON.stringify({ ...view, serverTime: 0 })

export class ProjectorHub {
  readonly #deps: ProjectorHubDeps
  readonly #states = new Map<string, DocState>()
  readonly #unsubscribe: () => void
  #timer: ReturnType<typeof setImmediate> | null = null

  constructor(deps: ProjectorHubDeps) {
    this.#deps = deps
    this.#unsubscribe = deps.subscribe((event) => this.#onEvent(event))
  }

  #state(docId: string): DocState {
    let s = this.#states.get(docId)
    if (!s) {
      s = { watchers: 0, presenter: { ...INITIAL_PRESENTER }, source: null, mirror: null, frozen: null, lastSent: null, pending: false, closedLanguage: 'sv' }
      this.#states.set(docId, s)
    }
    return s
  }

  /** The mirror of an open workshop, read from the file when there is none yet (or it was reopened). */
  #data(docId: string): ProjectorData {
    const doc = this.#deps.docs.get(docId)
    const s = this.#state(docId)
    if (!s.mirror || s.source !== doc) {
      s.mirror = loadMirror(doc.store)
      s.source = doc
    }
    return s.mirror
  }

  #onEvent(event: ApiEvent): void {
    if (event.type === 'changes') {
      const s = this.#states.get(event.docId)
      if (!s?.mirror) return
      let relevant = false
      for (const change of event.changes) {
        if (!MIRRORED_SET.has(change.entity)) continue
        applyChange(s.mirror, change)
        relevant = true
      }
      if (relevant && s.watchers > 0) this.#schedule(s)
    } else if (event.type === 'closed') {
      const s = this.#states.get(event.docId)
      if (!s) return
      const language = s.mirror?.workshop.language ?? 'sv'
      s.closedLanguage = language
      if (s.watchers === 0) {
        this.#states.delete(event.docId)
        return
      }
      // The room's screen must not keep showing a workshop the facilitator has closed.
      Object.assign(s, { presenter: { ...INITIAL_PRESENTER }, source: null, mirror: null, frozen: null, lastSent: null })
      this.#deps.emit({ type: 'projector', docId: event.docId, view: this.#closedView(language) })
    } else if (event.type === 'library') {
      // A workshop reopened (or restored from a backup) while its projector stayed open: the file
      // is another open document now, so read it again and show it.
      for (const [docId, s] of this.#states) {
        const doc = this.#deps.docs.find(docId)
        if (s.watchers > 0 && doc && s.source !== doc && !s.frozen) this.#send(docId, s)
      }
    }
  }

  /** Coalesce a burst of changes (a paste of fifty notes) into one view. */
  #schedule(s: DocState): void {
    s.pending = true
    this.#timer ??= setImmediate(() => {
      this.#timer = null
      for (const [docId, state] of this.#states) {
        if (!state.pending) continue
        state.pending = false
        if (state.frozen) continue
        this.#send(docId, state)
      }
    })
  }

  #send(docId: string, s: DocState): void {
    if (!this.#deps.docs.find(docId)) return
    let view: ProjectorView
    try {
      view = this.view(docId)
    } catch (e) {
      // A view that cannot be made must not break the change that triggered it.
      console.error('medskapa: the projector view could not be made', e)
      return
    }
    const json = withoutTime(view)
    if (json === s.lastSent) return
    s.lastSent = json
    this.#deps.emit({ type: 'projector', docId, view })
  }

  /** The live view with the blank switch ignored: what a freeze keeps, and what the spotlight steps through. */
  #unblanked(docId: string): ProjectorView {
    const s = this.#state(docId)
    if (s.frozen) return s.frozen
    return projectorView(this.#data(docId), { ...s.presenter, blank: false }, this.#extras(docId))
  }

  #extras(docId: string): { participants: ParticipantsJoin | null; now: number } {
    return { participants: joinInfo(this.#deps.services, docId), now: this.#deps.now() }
  }

  /** What the room sees now: the frozen picture while frozen, nothing while blank. */
  view(docId: string): ProjectorView {
    const s = this.#state(docId)
    const data = this.#data(docId)
    if (s.presenter.blank || !s.frozen) return projectorView(data, s.presenter, this.#extras(docId))
    const spotlight = s.presenter.spotlight && canSpotlight(s.frozen.content, s.presenter.spotlight) ? s.presenter.spotlight : null
    return { ...s.frozen, serverTime: this.#deps.now(), presenter: { ...s.presenter, spotlight } }
  }

  /** Change the presenter controls; the room sees it at once (even while frozen). */
  setPresenter(docId: string, patch: Partial<PresenterState>): ProjectorView {
    const s = this.#state(docId)
    this.#data(docId)
    if (patch.spotlight) {
      const on = this.#unblanked(docId)
      if (!canSpotlight(on.content, patch.spotlight)) {
        throw new ApiError('invalid_input', `that ${patch.spotlight.type === 'cluster' ? 'cluster' : 'note'} is not on the projector now`)
      }
    }
    const next: PresenterState = { ...s.presenter, ...patch }
    if (next.frozen && !s.frozen) {
      // The picture to keep is the one the room has now (taken unblanked, so unblanking shows it).
      s.frozen = projectorView(this.#data(docId), { ...next, blank: false, frozen: true }, this.#extras(docId))
    } else if (!next.frozen) s.frozen = null
    s.presenter = next
    const view = this.view(docId)
    if (s.watchers > 0) {
      s.lastSent = withoutTime(view)
      this.#deps.emit({ type: 'projector', docId, view })
    }
    return view
  }

  step(docId: string, direction: 1 | -1): ProjectorView {
    const s = this.#state(docId)
    this.#data(docId)
    const { spotlight } = stepSpotlight(this.#unblanked(docId), s.presenter, direction)
    return this.setPresenter(docId, { spotlight })
  }

  #closedView(language: Language): ProjectorView {
    return {
      serverTime: this.#deps.now(),
      language,
      workshopTitle: '',
      presenter: { ...INITIAL_PRESENTER },
      phase: null,
      content: { kind: 'closed' },
      participants: null
    }
  }

  /** What a projector screen shows on connecting: the room's view, or the closed screen. */
  current(docId: string): ProjectorView {
    if (this.#deps.docs.find(docId)) return this.view(docId)
    return this.#closedView(this.#states.get(docId)?.closedLanguage ?? 'sv')
  }

  /**
   * A projector screen starts listening: 'projector' events for this workshop are sent from now
   * until the returned release is called. The workshop may be closed: it shows again when reopened.
   */
  watch(docId: string): () => void {
    // Read now, so the change events from here on have a mirror to update.
    if (this.#deps.docs.find(docId)) this.#data(docId)
    const s = this.#state(docId)
    s.watchers += 1
    // A new screen starts from the view as it is now (current()), so that is what was last sent.
    if (this.#deps.docs.find(docId)) s.lastSent = withoutTime(this.view(docId))
    let released = false
    return () => {
      if (released) return
      released = true
      s.watchers -= 1
    }
  }

  screens(docId: string): number {
    return this.#states.get(docId)?.watchers ?? 0
  }

  /**
   * Send the view if something outside the file changed it: the participant server started,
   * stopped or got a new join code. The participants handlers call this; nothing else tells the hub.
   */
  refresh(docId: string): void {
    const s = this.#states.get(docId)
    if (s && s.watchers > 0 && !s.frozen) this.#send(docId, s)
  }

  close(): void {
    this.#unsubscribe()
    if (this.#timer) clearImmediate(this.#timer)
    this.#timer = null
    this.#states.clear()
  }
}
