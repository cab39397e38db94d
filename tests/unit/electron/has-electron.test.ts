import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

type Options = { root?: string; env?: NodeJS.ProcessEnv }
const load = createRequire(import.meta.url)
const script = path.resolve(import.meta.dirname, '../../../scripts/has-electron.cjs')
const { hasElectron, electronBinaryPath } = load(script) as {
  hasElectron(options?: Options): boolean
  electronBinaryPath(options?: Options): string | null
}

const roots: string[] = []
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true })
})

/** A project folder with an electron package, optionally with path.txt and the binary it names. */
function project(opts: { pathTxt?: string; binary?: string }): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-has-electron-'))
  roots.push(root)
  const pkg = path.join(root, 'node_modules', 'electron')
  fs.mkdirSync(path.join(pkg, 'dist'), { recursive: true })
  fs.writeFileSync(path.join(pkg, 'index.js'), "throw new Error('must not be required')")
  if (opts.pathTxt !== undefined) fs.writeFileSync(path.join(pkg, 'path.txt'), opts.pathTxt)
  if (opts.binary) {
    fs.mkdirSync(path.dirname(path.join(pkg, 'dist', opts.binary)), { recursive: true })
    fs.writeFileSync(path.join(pkg, 'dist', opts.binary), '')
  }
  return root
}

describe('has-electron', () => {
  it('is false with no path.txt (never downloaded)', () => {
    expect(hasElectron({ root: project({}), env: {} })).toBe(false)
  })

  it('is false when path.txt names a binary that is not there', () => {
    expect(hasElectron({ root: project({ pathTxt: 'electron' }), env: {} })).toBe(false)
  })

  it('is true when path.txt names a binary under dist/', () => {
    const root = project({ pathTxt: 'Electron.app/Contents/MacOS/Electron', binary: 'Electron.app/Contents/MacOS/Electron' })
    expect(electronBinaryPath({ root, env: {} })).toBe(path.join(root, 'node_modules', 'electron', 'dist', 'Electron.app/Contents/MacOS/Electron'))
  })

  it('does not follow path.txt out of dist/', () => {
    const root = project({ pathTxt: '../index.js' })
    expect(hasElectron({ root, env: {} })).toBe(false)
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const root = project({})
    const override = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-electron-dist-'))
    roots.push(override)
    expect(hasElectron({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: override } })).toBe(false)
    fs.writeFileSync(path.join(override, 'electron'), '')
    expect(hasElectron({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: override } })).toBe(true)
  })

  it('run directly, prints yes/no to match and exits 0/1, without starting a download', () => {
    const dist = path.resolve(import.meta.dirname, '../../../node_modules/electron/dist')
    const distBefore = fs.existsSync(dist)
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 10_000 })
    const expected = hasElectron()
    expect(r.stdout.trim()).toBe(expected ? 'yes' : 'no')
    expect(r.status).toBe(expected ? 0 : 1)
    expect(fs.existsSync(dist)).toBe(distBefore)
  })
})
