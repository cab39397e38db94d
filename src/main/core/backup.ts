import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { ApiError } from '../../shared/api/errors.ts'
import type { BackupEntry, BackupSet } from '../../shared/api/methods/backup.ts'
import { backupDatabase, copyFileDurably, fsyncFolder, removeWithJournals, snapshotDatabase } from '../db/backup.ts'
import { closeDocument, DocumentError, openDocument } from '../db/open.ts'
import { writeFileAtomic } from './atomic.ts'
import { docIdFor, type Documents, type OpenDocument } from './documents.ts'
import { DOC_EXT } from './library.ts'

/**
 * Automatic backups (after Actual Budget's 10 kept, Obsidian's "outside the vault"): complete,
 * checked copies of each workshop in <data folder>/backups/<name>-<docId>/, never inside or
 * beside the document, so a damaged file or a lost USB stick does not take its backups along.
 */

export const BACKUP_INTERVAL_MS = 10 * 60 * 1000
export const BACKUPS_KEPT = 10
/** A half-written copy older than this belongs to a process that died; younger may be in progress. */
const STALE_PARTIAL_MS = 60 * 60 * 1000

export interface BackupOptions {
  /** Back up on open, every `intervalMs` while there are changes, and on close. Default: on, except for the CLI. */
  auto?: boolean
  intervalMs?: number
  keep?: number
}

const SourceFile = z.object({ path: z.string() })
const NAME = /^(.+)-(\d{8})-(\d{6})(?:-(\d+))?\.medskapa$/

/** "Trygghet i Alby.medskapa" -> "Trygghet-i-Alby": readable in a file manager, safe on every disk. */
function stemOf(filePath: string): string {
  const base = path.basename(filePath, DOC_EXT)
  return base.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '').slice(0, 60) || 'workshop'
}

/** The file's real path when it exists (so every route to it finds the same backups), else as given. */
function canonical(filePath: string): string {
  const abs = path.resolve(filePath)
  try {
    return fs.realpathSync(abs)
  } catch {
    return abs
  }
}

function stamp(ms: number): string {
  const d = new Date(ms)
  const p = (n: number, w = 2): string => String(n).padStart(w, '0')
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`
}

/** Local time as a facilitator reads it in a message: 2026-05-01 14:32. */
export function localTime(ms: number): string {
  const d = new Date(ms)
  const p = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

function parseName(name: string): { takenAt: number; n: number } | null {
  const m = NAME.exec(name)
  if (!m) return null
  const [, , day, time, n] = m
  const takenAt = Date.UTC(+day.slice(0, 4), +day.slice(4, 6) - 1, +day.slice(6, 8), +time.slice(0, 2), +time.slice(2, 4), +time.slice(4, 6))
  return Number.isNaN(takenAt) ? null : { takenAt, n: n ? Number(n) : 1 }
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'the disk is full'
  return (e as Error).message ?? String(e)
}

interface Tracked {
  readonly doc: OpenDocument
  timer: NodeJS.Timeout | undefined
  /** doc.seq when the newest backup was taken; -1 before the first. */
  savedSeq: number
  running: Promise<unknown> | null
  lastError: string | null
}

/** Lists, takes, rotates and restores backups; with `auto`, keeps every open workshop backed up. */
export class Backups {
  readonly root: string
  readonly #auto: boolean
  readonly #intervalMs: number
  readonly #keep: number
  readonly #now: () => number
  #tracked = new Map<string, Tracked>()

  constructor(dataDir: string, opts: BackupOptions & { now?: () => number } = {}) {
    this.root = path.join(dataDir, 'backups')
    this.#auto = opts.auto ?? true
    this.#intervalMs = opts.intervalMs ?? BACKUP_INTERVAL_MS
    this.#keep = Math.max(1, opts.keep ?? BACKUPS_KEPT)
    this.#now = opts.now ?? (() => Date.now())
  }

  /** The backup folder of a workshop file: <root>/<readable name>-<docId>. */
  folderFor(filePath: string): string {
    const real = canonical(filePath)
    return path.join(this.root, `${stemOf(real)}-${docIdFor(real)}`)
  }

  #entries(folder: string): BackupEntry[] {
    let names: string[]
    try {
      names = fs.readdirSync(folder)
    } catch {
      return []
    }
    const found: (BackupEntry & { n: number })[] = []
    for (const name of names) {
      const parsed = parseName(name)
      if (!parsed) continue
      const file = path.join(folder, name)
      try {
        found.push({ path: file, takenAt: parsed.takenAt, sizeBytes: fs.statSync(file).size, n: parsed.n })
      } catch {
        // Removed while we looked (rotation in another window): not a backup any more.
      }
    }
    found.sort((a, b) => b.takenAt - a.takenAt || b.n - a.n)
    return found.map(({ n: _n, ...entry }) => entry)
  }

  #set(folder: string): BackupSet {
    let sourcePath: string | null = null
    try {
      const parsed = SourceFile.safeParse(JSON.parse(fs.readFileSync(path.join(folder, 'source.json'), 'utf8')))
      if (parsed.success) sourcePath = parsed.data.path
    } catch {
      // No record of the source: the backups are still listed and restorable.
    }
    const docId = folder.slice(folder.lastIndexOf('-') + 1)
    return { folder, sourcePath, backups: this.#entries(folder), lastError: this.#tracked.get(docId)?.lastError ?? null }
  }

  /** Backup sets: of one workshop (by docId or path), or all of them. */
  list(filter: { docId?: string; path?: string } = {}): BackupSet[] {
    if (filter.path !== undefined) {
      const folder = this.folderFor(filter.path)
      return fs.existsSync(folder) ? [this.#set(folder)] : []
    }
    let names: string[]
    try {
      names = fs.readdirSync(this.root)
    } catch {
      return []
    }
    return names
      .filter((n) => (filter.docId === undefined ? /-[0-9a-f]{16}$/.test(n) : n.endsWith(`-${filter.docId}`)))
      .map((n) => this.#set(path.join(this.root, n)))
      .filter((s) => s.backups.length > 0 || filter.docId !== undefined)
  }

  latestFor(filePath: string): BackupEntry | null {
    return this.#entries(this.folderFor(filePath))[0] ?? null
  }

  /**
   * Copy an open workshop into its backup folder: under a temporary name until it is complete and
   * checked, then renamed; skipped when the newest backup holds exactly the same bytes, so opening
   * a file ten times does not push its older states out of the ten kept.
   */
  async create(doc: OpenDocument): Promise<{ backup: BackupEntry; created: boolean }> {
    const tracked = this.#tracked.get(doc.docId)
    // One copy at a time per document: wait for a running automatic one.
    while (tracked?.running) await tracked.running.catch(() => undefined)
    const seq = doc.seq
    const job = this.#write(doc, (tmp) => backupDatabase(doc.store.db, tmp))
    if (tracked) tracked.running = job
    try {
      const result = await job
      if (tracked) {
        tracked.savedSeq = seq
        tracked.lastError = null
      }
      return result
    } catch (e) {
      const why = errorText(e)
      if (tracked) tracked.lastError = why
      throw new ApiError('file', `the backup could not be written: ${why}`)
    } finally {
      if (tracked && tracked.running === job) tracked.running = null
    }
  }

  /**
   * A fresh backup of the workshop as it is now, then every older one removed: after "erase for
   * good" the backups must not keep what the file no longer has. Never leaves the file without
   * a backup: the new one is written and checked before any old one goes.
   */
  async replaceAll(doc: OpenDocument): Promise<{ backup: BackupEntry; removed: number }> {
    const { backup } = await this.create(doc)
    let removed = 0
    for (const old of this.#entries(this.folderFor(doc.path))) {
      if (old.path === backup.path) continue
      removeWithJournals(old.path)
      removed += 1
    }
    if (removed > 0) fsyncFolder(this.folderFor(doc.path))
    return { backup, removed }
  }

  #tmpFor(doc: OpenDocument, now: number): { folder: string; tmp: string } {
    const folder = this.folderFor(doc.path)
    fs.mkdirSync(folder, { recursive: true })
    const tmp = path.join(folder, `.${stemOf(doc.path)}-${stamp(now)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.partial`)
    return { folder, tmp }
  }

  async #write(doc: OpenDocument, copy: (tmp: string) => Promise<void>): Promise<{ backup: BackupEntry; created: boolean }> {
    const now = this.#now()
    const { folder, tmp } = this.#tmpFor(doc, now)
    try {
      await copy(tmp)
    } catch (e) {
      removeWithJournals(tmp)
      throw e
    }
    return this.#publish(doc, folder, tmp, now)
  }

  /** A complete, checked copy at `tmp` becomes a backup (or is dropped as a duplicate of the newest). */
  #publish(doc: OpenDocument, folder: string, tmp: string, now: number): { backup: BackupEntry; created: boolean } {
    try {
      const newest = this.#entries(folder)[0]
      if (newest && sha256(newest.path) === sha256(tmp)) {
        removeWithJournals(tmp)
        return { backup: newest, created: false }
      }
      const stem = stemOf(doc.path)
      let target = path.join(folder, `${stem}-${stamp(now)}${DOC_EXT}`)
      for (let n = 2; fs.existsSync(target); n++) target = path.join(folder, `${stem}-${stamp(now)}-${n}${DOC_EXT}`)
      fs.renameSync(tmp, target)
      fsyncFolder(folder)
      this.#recordSource(folder, doc.path)
      this.#rotate(folder)
      const entry = this.#entries(folder).find((b) => b.path === target)
      return { backup: entry ?? { path: target, takenAt: now, sizeBytes: fs.statSync(target).size }, created: true }
    } catch (e) {
      removeWithJournals(tmp)
      throw e
    }
  }

  #recordSource(folder: string, sourcePath: string): void {
    const file = path.join(folder, 'source.json')
    const text = `${JSON.stringify({ path: sourcePath }, null, 2)}\n`
    try {
      if (fs.readFileSync(file, 'utf8') === text) return
    } catch {
      // Not written yet.
    }
    writeFileAtomic(file, text)
  }

  /** Keep the newest `keep`; sweep what a crashed process left half-written. */
  #rotate(folder: string): void {
    for (const old of this.#entries(folder).slice(this.#keep)) removeWithJournals(old.path)
    for (const name of fs.readdirSync(folder)) {
      // Our temporary names: copies (with their journals) and source.json being replaced.
      if (!/^\..+\.(partial|tmp)$/.test(name)) continue
      const file = path.join(folder, name)
      try {
        if (Date.now() - fs.statSync(file).mtimeMs > STALE_PARTIAL_MS) removeWithJournals(file)
      } catch {
        // Gone already.
      }
    }
  }

  /** Start looking after an opened workshop: a backup now, then one every interval while it changes. */
  track(doc: OpenDocument): void {
    if (!this.#auto || this.#tracked.has(doc.docId)) return
    const t: Tracked = { doc, timer: undefined, savedSeq: -1, running: null, lastError: null }
    this.#tracked.set(doc.docId, t)
    const tick = (): void => {
      if (t.running || t.doc.seq === t.savedSeq || this.#tracked.get(doc.docId) !== t) return
      this.create(t.doc).catch(() => undefined)
    }
    // After the opening call has answered, so opening is not slowed by the copy.
    setImmediate(tick)
    t.timer = setInterval(tick, this.#intervalMs)
    // A backup timer must never keep the process alive on its own.
    t.timer.unref()
  }

  /**
   * Stop looking after a workshop that is closing; if it changed since its last backup, take one
   * more now, synchronously, while the connection is still open.
   */
  untrack(doc: OpenDocument): void {
    const t = this.#tracked.get(doc.docId)
    if (!t) return
    this.#tracked.delete(doc.docId)
    clearInterval(t.timer)
    if (doc.seq === t.savedSeq || doc.seq === 0) return
    let tmp: string | undefined
    try {
      const now = this.#now()
      const target = this.#tmpFor(doc, now)
      tmp = target.tmp
      snapshotDatabase(doc.store.db, tmp)
      this.#publish(doc, target.folder, tmp, now)
    } catch {
      // A backup that cannot be written must never stop a workshop from closing.
      if (tmp) removeWithJournals(tmp)
    }
  }

  /**
   * Restore a backup into a workshop file and open it. The copy is checked (and upgraded) under a
   * temporary name first; an existing target is moved aside, with its -wal and -shm, only when
   * `replace` is set and only once the copy is known good, and is never deleted.
   */
  restore(docs: Documents, input: { backupPath: string; targetPath?: string; replace: boolean }): { doc: OpenDocument; movedAside: string | null } {
    const backup = path.resolve(input.backupPath)
    if (!fs.existsSync(backup)) throw new ApiError('file', `the backup does not exist: ${backup}`)
    if (fs.statSync(backup).isDirectory()) throw new ApiError('file', `the backup is a folder, not a workshop file: ${backup}`)
    const now = this.#now()
    let target = input.targetPath ? path.resolve(input.targetPath) : this.#defaultTarget(backup, now)
    if (!target.endsWith(DOC_EXT)) target += DOC_EXT
    if (canonical(target) === canonical(backup)) throw new ApiError('invalid_input', 'the backup cannot be restored onto itself; choose another file')
    const exists = fs.existsSync(target) || fs.existsSync(`${target}-wal`)
    if (exists && !input.replace) {
      throw new ApiError(
        'conflict',
        `a file already exists at ${target}; restore into another file, or replace it (the existing file is then kept as ${path.basename(target)}.damaged-<time>)`
      )
    }
    if (exists && fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new ApiError('file', `${target} is a folder, not a workshop file`)
    if (exists && docs.byPath(canonical(target))) throw new ApiError('conflict', `that workshop is open; close it before restoring over it: ${target}`)
    const dir = path.dirname(target)
    if (!fs.existsSync(dir)) throw new ApiError('file', `the folder does not exist: ${dir}`)

    const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.restoring`)
    removeWithJournals(tmp)
    try {
      copyFileDurably(backup, tmp)
      // Opening it as the app does checks header, version and integrity and brings it up to date.
      const db = openDocument(tmp)
      try {
        const n = (db.prepare('SELECT count(*) AS n FROM workshop').get() as { n: number }).n
        if (n !== 1) throw new DocumentError('corrupt', backup, 'the backup has no workshop in it')
      } finally {
        closeDocument(db)
      }
    } catch (e) {
      removeWithJournals(tmp)
      if (e instanceof DocumentError) throw new ApiError('file', `the backup cannot be used: ${e.message}`)
      throw e
    }

    let movedAside: string | null = null
    try {
      if (exists) {
        movedAside = `${target}.damaged-${stamp(now)}`
        for (let n = 2; fs.existsSync(movedAside); n++) movedAside = `${target}.damaged-${stamp(now)}-${n}`
        // The journals go with it: a stale -wal beside the restored file would be replayed into it.
        for (const suffix of ['-wal', '-shm', '']) {
          if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, movedAside + suffix)
        }
      }
      fs.renameSync(tmp, target)
      fsyncFolder(dir)
    } catch (e) {
      removeWithJournals(tmp)
      if (movedAside && !fs.existsSync(target)) {
        for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(movedAside + suffix)) fs.renameSync(movedAside + suffix, target + suffix)
        movedAside = null
      }
      throw e
    }
    return { doc: docs.open(target), movedAside }
  }

  /** Beside the original when its folder is still there, else in the data folder. */
  #defaultTarget(backup: string, now: number): string {
    const set = this.#set(path.dirname(backup))
    const source = set.sourcePath
    const dir = source && fs.existsSync(path.dirname(source)) ? path.dirname(source) : path.dirname(this.root)
    const stem = source ? path.basename(source, DOC_EXT) : (NAME.exec(path.basename(backup))?.[1] ?? 'workshop')
    let target = path.join(dir, `${stem}-restored-${stamp(now)}${DOC_EXT}`)
    for (let n = 2; fs.existsSync(target); n++) target = path.join(dir, `${stem}-restored-${stamp(now)}-${n}${DOC_EXT}`)
    return target
  }

  /**
   * A file problem with the way out added: the message says a backup exists and the error carries
   * it, so every view can offer "restore the backup from 14:32".
   */
  offerBackup(e: unknown, filePath: string): unknown {
    if (!(e instanceof ApiError) || e.code !== 'file') return e
    const latest = this.latestFor(filePath)
    if (!latest) return e
    return new ApiError('file', `${e.message}. The newest backup of this file is from ${localTime(latest.takenAt)}: ${latest.path}`, e.issues, {
      latestBackup: latest,
      fileProblem: e.fileProblem
    })
  }

  close(): void {
    for (const t of this.#tracked.values()) clearInterval(t.timer)
    this.#tracked.clear()
  }
}
