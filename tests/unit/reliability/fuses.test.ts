import fs from 'node:fs'
import os from 'node:os'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from './helpers.ts'

// The packaged app's Electron fuses, read as data: packaging/fuses-config.json is the single
// source the afterPack hook (packaging/fuses.cjs) flips with @electron/fuses. The Electron binary
// cannot be downloaded here, so the hook runs on a stand-in file that carries Electron's fuse wire
// (sentinel, version, length, one byte per fuse) at Electron's defaults, amid other bytes.

const require = createRequire(import.meta.url)
const hook = require(path.join(REPO, 'packaging', 'fuses.cjs')) as {
  (context: unknown): Promise<void>
  fuseSettings(config: unknown, version: Record<string, unknown>, options: Record<string, number>): Record<string | number, unknown>
  electronBinary(context: unknown): string
  readConfig(): { version: string; fuses: Record<string, boolean> }
}

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// Electron 45's shipped wire: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
// asar integrity off, only-from-asar off, browser V8 snapshot off, file:// privileges on, WASM trap handlers on.
const ELECTRON_DEFAULT_WIRE = '101100011'

function standInBinary(dir: string, name: string): string {
  const file = path.join(dir, name)
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]), Buffer.from(ELECTRON_DEFAULT_WIRE)])
  fs.writeFileSync(file, Buffer.concat([Buffer.alloc(70_000, 0x90), wire, Buffer.alloc(70_000, 0xcc)]))
  return file
}

const linuxContext = (appOutDir: string): unknown => ({
  appOutDir,
  electronPlatformName: 'linux',
  packager: { appInfo: { productFilename: 'Medskapa' }, executableName: 'medskapa' }
})

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

  it('the afterPack hook flips every configured fuse in the binary and checks them', async () => {
    const { getCurrentFuseWire, FuseV1Options: options, FuseState } = await import('@electron/fuses')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-fuses-'))
    try {
      const binary = standInBinary(dir, 'medskapa')
      const before = fs.readFileSync(binary)
      await hook(linuxContext(dir))
      const wire = await getCurrentFuseWire(binary)
      for (const [name, value] of Object.entries(config.fuses)) {
        expect(wire[options[name as keyof typeof options]], name).toBe(value ? FuseState.ENABLE : FuseState.DISABLE)
      }
      // Only the wire changed: same size, same bytes around it.
      const after = fs.readFileSync(binary)
      expect(after.length).toBe(before.length)
      expect(after.subarray(0, 70_000).equals(before.subarray(0, 70_000))).toBe(true)
      expect(after.subarray(-70_000).equals(before.subarray(-70_000))).toBe(true)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('fails the packaging when the binary has no fuse wire', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-fuses-'))
    try {
      fs.writeFileSync(path.join(dir, 'medskapa'), Buffer.alloc(1000, 0x90))
      await expect(hook(linuxContext(dir))).rejects.toThrow(/sentinel/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('names only fuses @electron/fuses knows, and the hook maps each onto its wire position', async () => {
    const { FuseV1Options, FuseVersion } = (await import('@electron/fuses')) as unknown as {
      FuseV1Options: Record<string, number>
      FuseVersion: Record<string, unknown>
    }
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
