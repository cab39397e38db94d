// electron-builder afterPack hook: flips the Electron fuses listed in packaging/fuses-config.json
// in the packaged binary, before signing, then reads them back and fails the build on a mismatch.
// @electron/fuses is ESM-only from 2.0, hence the dynamic import. See docs/RELIABILITY.md
// ("Electron fuses").
'use strict'
const fs = require('node:fs')
const path = require('node:path')

const CONFIG = path.join(__dirname, 'fuses-config.json')

function readConfig(file = CONFIG) {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

/**
 * The flipFuses() argument for a config: { version, [FuseV1Options.X]: boolean, ... }. An unknown
 * fuse name is an error, so a typo can never leave a fuse at Electron's default.
 */
function fuseSettings(config, FuseVersion, FuseV1Options) {
  const settings = { version: FuseVersion[`V${config.version}`] }
  if (settings.version === undefined) throw new Error(`fuses-config.json: unknown fuse version "${config.version}"`)
  for (const [name, value] of Object.entries(config.fuses)) {
    if (!(name in FuseV1Options)) throw new Error(`fuses-config.json: "${name}" is not a fuse this @electron/fuses knows`)
    if (typeof value !== 'boolean') throw new Error(`fuses-config.json: "${name}" must be true or false`)
    settings[FuseV1Options[name]] = value
  }
  return settings
}

/** Where electron-builder put the Electron binary it is packaging. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`)
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`)
  return path.join(appOutDir, packager.executableName ?? name)
}

async function afterPack(context) {
  const { flipFuses, getCurrentFuseWire, FuseVersion, FuseV1Options, FuseState } = await import('@electron/fuses')
  const settings = fuseSettings(readConfig(), FuseVersion, FuseV1Options)
  const binary = electronBinary(context)
  await flipFuses(binary, {
    ...settings,
    // Flipping changes the binary; electron-builder signs after this hook, macOS needs the ad-hoc signature redone meanwhile.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin'
  })
  const wire = await getCurrentFuseWire(binary)
  for (const [name, value] of Object.entries(readConfig().fuses)) {
    const want = value ? FuseState.ENABLE : FuseState.DISABLE
    if (wire[FuseV1Options[name]] !== want) throw new Error(`fuse ${name} is not ${value} in ${binary} after flipping`)
  }
}

module.exports = afterPack
module.exports.default = afterPack
module.exports.fuseSettings = fuseSettings
module.exports.electronBinary = electronBinary
module.exports.readConfig = readConfig
