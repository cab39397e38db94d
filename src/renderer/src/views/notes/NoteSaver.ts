import type { EditorState } from 'lexical'

export type SaveStatus = 'saved' | 'pending' | 'failed'

/** Save this long after the last keystroke: well inside the one second the facilitator is promised. */
export const SAVE_DELAY_MS = 700
const RETRY_MS = 3_000

export interface SaverTarget {
  /** The ordinary write, tracked by the saved indicator; resolves to the stored note's id. */
  save(json: string): Promise<string>
  /** A write that must survive the page closing (pagehide, window close). */
  saveKeepalive(json: string): Promise<void>
  onStatus(status: SaveStatus): void
}

const serialize = (state: EditorState): string => JSON.stringify(state.toJSON())

/**
 * Autosave for one note. Keeps the latest editor state (an immutable snapshot, cheap to hold) and
 * serialises it only when it is sent: a moment after typing stops, at once when the editor loses
 * the focus or the view goes away, and by keepalive when the page is hidden or closed. Writes go
 * one at a time so an older state can never land after a newer one.
 */
export class NoteSaver {
  /** The JSON last stored (saved or loaded): a change event carrying it is this editor's own. */
  lastStored: string | null
  noteId: string | null
  private readonly target: SaverTarget
  private latest: EditorState | null = null
  private dirty = false
  private timer: ReturnType<typeof setTimeout> | null = null
  private inflight: Promise<void> | null = null
  private inflightJson: string | null = null
  private status: SaveStatus = 'saved'

  constructor(target: SaverTarget, stored: { json: string; id: string } | null) {
    this.target = target
    this.lastStored = stored?.json ?? null
    this.noteId = stored?.id ?? null
  }

  /** Typing (or any edit) happened. */
  changed(state: EditorState): void {
    this.latest = state
    this.dirty = true
    this.setStatus(this.status === 'failed' ? 'failed' : 'pending')
    this.schedule(SAVE_DELAY_MS)
  }

  /** Unsaved edits exist or a write is on its way: an outside change must not be loaded over them. */
  get busy(): boolean {
    return this.dirty || this.inflight !== null
  }

  /** The newest state the editor holds, typed but perhaps not yet saved. */
  get current(): EditorState | null {
    return this.latest
  }

  async flush(): Promise<void> {
    this.cancelTimer()
    while (this.inflight) await this.inflight
    if (!this.dirty || !this.latest) return
    const json = serialize(this.latest)
    this.dirty = false
    if (json === this.lastStored) {
      this.setStatus('saved')
      return
    }
    this.inflightJson = json
    this.inflight = this.target.save(json).then(
      (id) => {
        this.lastStored = json
        this.noteId = id
        if (!this.dirty) this.setStatus('saved')
      },
      () => {
        // Keep the text and try again; the indicator says so meanwhile.
        this.dirty = true
        this.setStatus('failed')
        this.schedule(RETRY_MS)
      }
    )
    try {
      await this.inflight
    } finally {
      this.inflight = null
      this.inflightJson = null
    }
  }

  /**
   * The page is being hidden or closed: send the newest text by keepalive right now. A write
   * already under way is sent again too, since a closing page may cut it off; the core ignores a
   * save that changes nothing.
   */
  flushKeepalive(): void {
    this.cancelTimer()
    const json = this.dirty && this.latest ? serialize(this.latest) : this.inflightJson
    if (json === null || json === this.lastStored) return
    this.dirty = false
    this.target.saveKeepalive(json).then(
      () => {
        this.lastStored = json
        this.setStatus('saved')
      },
      () => {
        this.dirty = true
        this.schedule(RETRY_MS)
      }
    )
  }

  /** The editor now shows `json` from the store (an outside change was loaded into it). */
  loaded(json: string): void {
    this.lastStored = json
  }

  dispose(): void {
    this.cancelTimer()
  }

  private schedule(ms: number): void {
    this.cancelTimer()
    this.timer = setTimeout(() => void this.flush(), ms)
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  private setStatus(status: SaveStatus): void {
    if (status === this.status) return
    this.status = status
    this.target.onStatus(status)
  }
}
