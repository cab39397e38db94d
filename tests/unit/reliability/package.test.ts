import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { extractFile, listPackage } from '@electron/asar'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO } from './helpers.ts'

// `npm run package` end to end, as far as this machine allows: the real build, the real
// electron-builder with packaging/electron-builder.yml, the real afterPack hook. Only Electron
// itself is a stand-in (it cannot be downloaded here): a file carrying Electron 45's fuse wire,
// given to electron-builder the way an installed Electron is (ELECTRON_OVERRIDE_DIST_PATH).

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ELECTRON_DEFAULT_WIRE = '101100011'

let work = ''
let appDir = ''
let result: ReturnType<typeof spawnSync>

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-package-'))
  const electronDist = path.join(work, 'electron')
  fs.mkdirSync(electronDist)
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]), Buffer.from(ELECTRON_DEFAULT_WIRE)])
  fs.writeFileSync(path.join(electronDist, 'electron'), Buffer.concat([Buffer.alloc(4096, 0x90), wire, Buffer.alloc(4096, 0xcc)]), { mode: 0o755 })
  const output = path.join(work, 'dist')
  result = spawnSync(process.execPath, ['scripts/package.cjs', '--linux', '--dir', `-c.directories.output=${output}`], {
    cwd: REPO,
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: electronDist },
    encoding: 'utf8',
    timeout: 240_000
  })
  appDir = path.join(output, 'linux-unpacked')
}, 250_000)

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('npm run package', () => {
  it('builds and packages without an error', () => {
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
    expect(fs.existsSync(path.join(appDir, 'medskapa'))).toBe(true)
  })

  it('flips the fuses in the packaged binary as packaging/fuses-config.json says', async () => {
    const config = JSON.parse(fs.readFileSync(path.join(REPO, 'packaging', 'fuses-config.json'), 'utf8')) as { fuses: Record<string, boolean> }
    const wire = await getCurrentFuseWire(path.join(appDir, 'medskapa'))
    expect(Object.keys(config.fuses).length).toBeGreaterThanOrEqual(7)
    for (const [name, on] of Object.entries(config.fuses)) {
      expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(on ? FuseState.ENABLE : FuseState.DISABLE)
    }
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE)
  })

  it('puts the app in an asar archive and the SQLite module beside it', () => {
    const asar = path.join(appDir, 'resources', 'app.asar')
    const files = listPackage(asar, { isPack: false })
    expect(files).toContain(`${path.sep}out${path.sep}main${path.sep}index.js`)
    expect(files).toContain(`${path.sep}out${path.sep}renderer${path.sep}index.html`)
    const pkg = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main: string }
    expect(pkg.main).toBe('./out/main/index.js')
    const native = path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds', 'linux-x64.node')
    expect(fs.existsSync(native)).toBe(true)
    // No test data, sources or workshop files slipped into the package.
    const top = (dir: string): string => `${path.sep}${dir}${path.sep}`
    expect(files.filter((f) => f.endsWith('.medskapa') || [top('tests'), top('src'), top('bench'), top('.tmp')].some((d) => f.startsWith(d)))).toEqual([])
  })
})
