// `npm start`: build what is stale, then open the Electron app — or, where the Electron binary is
// missing (an offline install), the same app in the browser host, saying why and where.
const { spawn, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const root = path.join(__dirname, '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

function newestMtime(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs)
  }
  return newest
}

function needsBuild() {
  const built = path.join(root, 'out', 'renderer', 'index.html')
  const parts = [built, path.join(root, 'out', 'main', 'index.js'), path.join(root, 'out', 'phone', 'phone.js')]
  if (parts.some((p) => !fs.existsSync(p))) return true
  const builtAt = fs.statSync(built).mtimeMs
  return ['src/renderer', 'src/shared', 'src/preload', 'src/main', 'src/phone'].some((d) => newestMtime(path.join(root, d)) > builtAt)
}

if (needsBuild()) {
  console.log('Medskapa: building the app (first start or changed sources) …')
  const r = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit' })
  const phone = r.status === 0 && spawnSync(bin('vite'), ['build', '--config', 'src/phone/vite.config.ts'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0 || !phone || phone.status !== 0) {
    console.error('Medskapa: the build failed; see the messages above.')
    process.exit(1)
  }
}

const { hasElectron } = require('./has-electron.cjs')
if (hasElectron() && !process.env.MEDSKAPA_BROWSER) {
  const child = spawn(bin('electron'), ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log(
    process.env.MEDSKAPA_BROWSER
      ? 'Medskapa: starting in browser mode (MEDSKAPA_BROWSER is set).'
      : 'Medskapa: the Electron runtime is not installed on this machine (it is downloaded when `npm install`\n' +
          'has internet access), so Medskapa runs in your browser instead. Everything works the same.'
  )
  // The browser host through the command line's JavaScript entry, which turns Node's compile cache
  // on before any TypeScript is read: the host then starts in about half the time.
  const child = spawn(process.execPath, [path.join(root, 'scripts/cli.mjs'), 'serve', ...process.argv.slice(2)], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit']
  })
  child.stdout.setEncoding('utf8')
  let buffered = ''
  child.stdout.on('data', (chunk) => {
    buffered += chunk
    let nl
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl)
      buffered = buffered.slice(nl + 1)
      const m = /^MEDSKAPA_URL=(.+)$/.exec(line)
      if (m) {
        console.log(`\n  Open Medskapa here:  ${m[1]}\n\n  (The address works on this computer only. Stop with Ctrl+C.)\n`)
        if (process.env.DISPLAY || process.platform !== 'linux') {
          const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
          spawn(opener, [m[1]], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref()
        }
      } else console.log(line)
    }
  })
  const stop = (sig) => child.kill(sig)
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  child.on('exit', (code) => process.exit(code ?? 0))
}
