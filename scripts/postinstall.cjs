// Fetch the Electron binary when the network allows it. Offline machines cannot, and that is fine:
// `npm start` then runs the browser host instead. Never fail the install over it.
const { spawnSync } = require('node:child_process')
const path = require('node:path')
const fs = require('node:fs')

const bin = path.join(__dirname, '..', 'node_modules', '.bin', 'install-electron')
if (!fs.existsSync(bin) || process.env.MEDSKAPA_SKIP_ELECTRON_DOWNLOAD) process.exit(0)
const r = spawnSync(bin, [], { stdio: 'ignore', timeout: 120_000 })
if (r.status !== 0) {
  console.log(
    'medskapa: the Electron binary could not be downloaded (offline?). ' +
      '`npm start` will open Medskapa in your browser instead.'
  )
}
