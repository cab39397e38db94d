import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import type { FileEntry } from '../../shared/api/methods/library.ts'
import { openReadOnly } from '../db/open.ts'
import { writeFileAtomic } from './atomic.ts'

export const DOC_EXT = '.medskapa'

/** Where Medskapa keeps workshops by default: MEDSKAPA_DATA_DIR, else the platform's data folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MEDSKAPA_DATA_DIR) return path.resolve(env.MEDSKAPA_DATA_DIR)
  const home = os.homedir()
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Medskapa')
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Medskapa')
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'medskapa')
}

const RecentFile = z.object({
  version: z.literal(1),
  entries: z.array(z.object({ path: z.string(), openedAt: z.number() })).max(50)
})

const MAX_RECENT = 12

/** The data folder: workshop files, the recent list, and (later) backups and templates. */
export class Library {
  readonly dataDir: string

  constructor(dataDir: string) {
    this.dataDir = dataDir
    fs.mkdirSync(dataDir, { recursive: true })
  }

  get demoPath(): string {
    return path.join(this.dataDir, `demo${DOC_EXT}`)
  }

  #recentPath(): string {
    return path.join(this.dataDir, 'recent.json')
  }

  #readRecent(): { path: string; openedAt: number }[] {
    try {
      const parsed = RecentFile.safeParse(JSON.parse(fs.readFileSync(this.#recentPath(), 'utf8')))
      // A damaged recent list is not worth an error: it is rebuilt as files are opened.
      return parsed.success ? parsed.data.entries : []
    } catch {
      return []
    }
  }

  remember(filePath: string): void {
    const entries = this.#readRecent().filter((e) => e.path !== filePath)
    entries.unshift({ path: filePath, openedAt: Date.now() })
    writeFileAtomic(this.#recentPath(), JSON.stringify({ version: 1, entries: entries.slice(0, MAX_RECENT) }, null, 2))
  }

  forget(filePath: string): void {
    const entries = this.#readRecent().filter((e) => e.path !== filePath)
    writeFileAtomic(this.#recentPath(), JSON.stringify({ version: 1, entries }, null, 2))
  }

  recentPaths(): string[] {
    return this.#readRecent().map((e) => e.path)
  }

  filesInDataDir(): string[] {
    return fs
      .readdirSync(this.dataDir)
      .filter((f) => f.endsWith(DOC_EXT))
      .map((f) => path.join(this.dataDir, f))
  }

  /** A free file name in the data folder from a title: "Trygghet i Alby" -> trygghet-i-alby.medskapa */
  newPathFor(title: string): string {
    const slug =
      title
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'workshop'
    let candidate = path.join(this.dataDir, `${slug}${DOC_EXT}`)
    for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(this.dataDir, `${slug}-${n}${DOC_EXT}`)
    return candidate
  }
}

/** Title and modification time of a workshop file, read without changing it. */
export function describeFile(filePath: string, docId: string | null): FileEntry {
  let modifiedAt = 0
  try {
    modifiedAt = fs.statSync(filePath).mtimeMs
  } catch {
    return { path: filePath, title: path.basename(filePath), docId, modifiedAt, problem: 'Filen finns inte längre.' }
  }
  try {
    const db = openReadOnly(filePath)
    try {
      const row = db.prepare('SELECT title FROM workshop LIMIT 1').get() as { title: string } | undefined
      return { path: filePath, title: row?.title ?? path.basename(filePath), docId, modifiedAt, problem: null }
    } finally {
      db.close()
    }
  } catch (e) {
    return { path: filePath, title: path.basename(filePath), docId, modifiedAt, problem: (e as Error).message }
  }
}
