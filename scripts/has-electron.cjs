// Whether the Electron binary is installed, decided WITHOUT require('electron'): electron 45's
// package starts a download when its binary is missing (node_modules/electron/index.js). Mirrors
// that file's lookup: path.txt names the executable under dist/, or ELECTRON_OVERRIDE_DIST_PATH.
const fs = require('node:fs')
const path = require('node:path')

function isFile(p) {
  try {
    return fs.statSync(p).isFile()
  } catch {
    return false
  }
}

/** The Electron executable's path, or null when there is none to run. */
function electronBinaryPath({ root = path.join(__dirname, '..'), env = process.env } = {}) {
  const pkgDir = path.join(root, 'node_modules', 'electron')
  let executable = ''
  try {
    executable = fs.readFileSync(path.join(pkgDir, 'path.txt'), 'utf8').trim()
  } catch {
    // No path.txt: the binary was never downloaded (or an override is used).
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
    return isFile(candidate) ? candidate : null
  }
  if (!executable) return null
  const dist = path.join(pkgDir, 'dist')
  const candidate = path.resolve(dist, executable)
  // path.txt is data from disk: it may not point outside dist/.
  if (path.relative(dist, candidate).startsWith('..')) return null
  return isFile(candidate) ? candidate : null
}

function hasElectron(options) {
  return electronBinaryPath(options) !== null
}

module.exports = { hasElectron, electronBinaryPath }

if (require.main === module) {
  const present = hasElectron()
  console.log(present ? 'yes' : 'no')
  process.exit(present ? 0 : 1)
}
