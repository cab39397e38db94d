import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from './helpers.ts'

// The packaged app's Electron fuses, read as data: packaging/fuses-config.json is the single
// source the afterPack hook (packaging/fuses.cjs) flips. @electron/fuses is not installed, so the
// hook's own logic is checked with stand-ins for its enums.

const require = createRequire(import.meta.url)
const hook = require(path.join(REPO, 'packaging', 'fuses.cjs')) as {
  (context: unknown): Promise<void>
  fuseSettings(config: unknown, version: Record<string, unknown>, options: Record<string, number>): Record<string | number, unknown>
  electronBinary(context: unknown): string
  readConfig(): { version: string; fuses: Record<string, boolean> }
}

/** The fuse names of @electron/fuses' FuseV1Options (its wire order), as stand-ins. */
const FuseV1Options: Record<string, number> = {
  RunAsNode: 0,
  EnableCookieEncryption: 1,
  EnableNodeOptionsEnvironmentVariable: 2,
  EnableNodeCliInspectArguments: 3,
  EnableEmbeddedAsarIntegrityValidation: 4,
  OnlyLoadAppFromAsar: 5,
  LoadBrowserProcessSpecificV8Snapshot: 6,
  GrantFileProtocolExtraPrivileges: 7
}
const FuseVersion = { V1: '1' }

describe('Electron fuses in the packaging configuration', () => {
  const config = hook.readConfig()

  it.each([
    ['RunAsNode', false, 'ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node'],
    ['EnableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS cannot inject code'],
    ['EnableNodeCliInspectArguments', false, '--inspect cannot attach a debugger'],
    ['EnableEmbeddedAsarIntegrityValidation', true, 'a tampered app.asar is refused'],
    ['OnlyLoadAppFromAsar', true, 'the app loads only from its checked asar'],
    ['EnableCookieEncryption', true, 'cookies on disk are encrypted'],
    ['GrantFileProtocolExtraPrivileges', false, 'file:// gets no extra privileges']
  ])('%s is %s: %s', (name, value) => {
    expect(config.fuses[name]).toBe(value)
  })

  it('names only fuses @electron/fuses knows, and the hook maps each onto its wire position', () => {
    const settings = hook.fuseSettings(config, FuseVersion, FuseV1Options)
    expect(settings.version).toBe('1')
    for (const [name, value] of Object.entries(config.fuses)) expect(settings[FuseV1Options[name]], name).toBe(value)
    expect(() => hook.fuseSettings({ version: '1', fuses: { RunAsNod: false } }, FuseVersion, FuseV1Options)).toThrow(/not a fuse/)
    expect(() => hook.fuseSettings({ version: '1', fuses: { RunAsNode: 'no' } }, FuseVersion, FuseV1Options)).toThrow(/true or false/)
    expect(() => hook.fuseSettings({ version: '9', fuses: {} }, FuseVersion, FuseV1Options)).toThrow(/version/)
  })

  it('finds the packaged Electron binary on each platform', () => {
    const ctx = (platform: string): unknown => ({
      appOutDir: '/out',
      electronPlatformName: platform,
      packager: { appInfo: { productFilename: 'Medskapa' }, executableName: 'medskapa' }
    })
    expect(hook.electronBinary(ctx('darwin'))).toBe(path.join('/out', 'Medskapa.app'))
    expect(hook.electronBinary(ctx('win32'))).toBe(path.join('/out', 'Medskapa.exe'))
    expect(hook.electronBinary(ctx('linux'))).toBe(path.join('/out', 'medskapa'))
  })

  it('is wired into electron-builder: the hook runs after packing, the app is in an asar, SQLite unpacked', () => {
    const yml = fs.readFileSync(path.join(REPO, 'packaging', 'electron-builder.yml'), 'utf8')
    expect(yml).toMatch(/^afterPack: \.\/packaging\/fuses\.cjs$/m)
    expect(yml).toMatch(/^asar: true$/m)
    expect(yml).toMatch(/^asarUnpack:\n {2}- "\*\*\/\*\.node"$/m)
    expect(fs.existsSync(path.join(REPO, yml.match(/^afterPack: (.+)$/m)![1]))).toBe(true)
  })
})
