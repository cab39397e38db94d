import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Core } from '../core/core.ts'

/**
 * Run `fn` with a core whose data folder is a throwaway one: the core remembers opened files in
 * its data folder, and a script converting files should not fill the app's recent list.
 */
export async function withCore<T>(fn: (core: Core) => Promise<T> | T): Promise<T> {
  // Loaded here, not at the top: commands that need no core (report, check, schema) start without it.
  const { createCore } = await import('../core/core.ts')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-cli-'))
  try {
    const core = createCore({ dataDir, host: 'cli' })
    try {
      return await fn(core)
    } finally {
      core.close()
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
