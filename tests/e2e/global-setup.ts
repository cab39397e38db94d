import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

// The e2e tests run against the built renderer that the host serves from out/renderer. Build it
// once here when it is missing or older than its sources, so `npx playwright test` works from a
// clean clone and never tests a stale build.

const ROOT = path.resolve(__dirname, '..', '..')
// MEDSKAPA_E2E_OUT lets parallel runs (several developers on one machine) build and serve their
// own copy instead of rebuilding each other's out/ underneath a running test.
export const OUT_DIR = process.env.MEDSKAPA_E2E_OUT ? path.resolve(process.env.MEDSKAPA_E2E_OUT) : path.join(ROOT, 'out')
const BUILT = path.join(OUT_DIR, 'renderer', 'index.html')
const SOURCES = ['src/renderer', 'src/shared'].map((d) => path.join(ROOT, d))

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

export default function globalSetup(): void {
  const builtAt = fs.existsSync(BUILT) ? fs.statSync(BUILT).mtimeMs : 0
  const sourcesAt = Math.max(...SOURCES.map(newestMtime))
  if (builtAt >= sourcesAt) return
  process.stderr.write('e2e: building the app (out/renderer is missing or older than src/) …\n')
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', OUT_DIR], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  if (!fs.existsSync(BUILT)) throw new Error(`the build finished but ${BUILT} is missing`)
}
