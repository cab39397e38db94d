import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { ApiError } from '../../shared/api/errors.ts'
import type { WorkshopData } from '../../shared/domain/interchange.ts'
import { closeDocument, createDocument, DocumentError, openDocument } from '../db/open.ts'
import { DocumentStore } from '../db/store.ts'

export interface OpenDocument {
  readonly docId: string
  readonly path: string
  readonly store: DocumentStore
  seq: number
}

/** A stable handle for a file, so a reloaded view finds the same open document again. */
export function docIdFor(realPath: string): string {
  return createHash('sha256').update(realPath).digest('hex').slice(0, 16)
}

function asApiError(e: unknown): never {
  if (e instanceof DocumentError) throw new ApiError('file', e.message, undefined, { fileProblem: e.problem })
  throw e
}

/** Told when a document has opened and just before it closes (automatic backups hang off these). */
export interface DocumentHooks {
  opened?(doc: OpenDocument): void
  closing?(doc: OpenDocument): void
}

/** The workshop files this process has open, keyed by handle. */
export class Documents {
  #open = new Map<string, OpenDocument>()
  readonly #hooks: DocumentHooks

  constructor(hooks: DocumentHooks = {}) {
    this.#hooks = hooks
  }

  open(filePath: string): OpenDocument {
    const abs = path.resolve(filePath)
    let real: string
    try {
      real = fs.realpathSync(abs)
    } catch {
      throw new ApiError('file', `the file does not exist: ${abs}`, undefined, { fileProblem: 'missing' })
    }
    const docId = docIdFor(real)
    const existing = this.#open.get(docId)
    if (existing) return existing
    let store: DocumentStore
    try {
      store = new DocumentStore(openDocument(real))
    } catch (e) {
      asApiError(e)
    }
    const count = store.db.prepare('SELECT count(*) AS n FROM workshop').get() as { n: number }
    if (count.n !== 1) {
      closeDocument(store.db)
      throw new ApiError('file', 'the file has no workshop in it; it may be damaged', undefined, { fileProblem: 'corrupt' })
    }
    const doc: OpenDocument = { docId, path: real, store, seq: 0 }
    this.#open.set(docId, doc)
    this.#hooks.opened?.(doc)
    return doc
  }

  /**
   * Write a complete workshop into a new file: built under a temporary name and renamed into
   * place only when whole, so a failure leaves no half-written file behind.
   */
  createFrom(filePath: string, data: WorkshopData): OpenDocument {
    const target = path.resolve(filePath)
    if (fs.existsSync(target)) throw new ApiError('conflict', `a file already exists at ${target}`)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.creating`)
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(tmp + suffix, { force: true })
    try {
      const db = createDocument(tmp)
      try {
        new DocumentStore(db).load(data)
      } finally {
        closeDocument(db)
      }
      fs.renameSync(tmp, target)
    } catch (e) {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(tmp + suffix, { force: true })
      if (e instanceof DocumentError) throw new ApiError('file', e.message, undefined, { fileProblem: e.problem })
      const code = (e as { code?: string }).code
      if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_CHECK') {
        throw new ApiError('invalid_input', `the workshop data is inconsistent: ${(e as Error).message}`)
      }
      throw e
    }
    return this.open(target)
  }

  get(docId: string): OpenDocument {
    const doc = this.#open.get(docId)
    if (!doc) throw new ApiError('not_found', 'that workshop is not open (it may have been closed); open it again')
    return doc
  }

  find(docId: string): OpenDocument | undefined {
    return this.#open.get(docId)
  }

  byPath(filePath: string): OpenDocument | undefined {
    const abs = path.resolve(filePath)
    for (const d of this.#open.values()) if (d.path === abs) return d
    return undefined
  }

  close(docId: string): boolean {
    const doc = this.#open.get(docId)
    if (!doc) return false
    this.#open.delete(docId)
    this.#hooks.closing?.(doc)
    closeDocument(doc.store.db)
    return true
  }

  closeAll(): void {
    for (const id of [...this.#open.keys()]) this.close(id)
  }

  list(): OpenDocument[] {
    return [...this.#open.values()]
  }
}
