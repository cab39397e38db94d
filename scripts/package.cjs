// `npm run package [-- --linux|--win|--mac ...]`: build, then package with electron-builder
// (packaging/electron-builder.yml), whose afterPack hook flips the Electron fuses. When the
// Electron binary is installed, electron-builder packs that one instead of downloading it again,
// so a machine that ran `npm install` online can package offline.
const { spawnSync } = require('node:child_process')
const path = require('node:path')
const { electronBinaryPath } = require('./has-electron.cjs')

const root = path.join(__dirname, '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status === 0

if (!run(bin('electron-vite'), ['build']) || !run(bin('vite'), ['build', '--config', 'src/phone/vite.config.ts'])) {
  console.error('Medskapa: the build failed; nothing was packaged.')
  process.exit(1)
}
const args = ['--config', 'packaging/electron-builder.yml', '--publish', 'never', ...process.argv.slice(2)]
const electron = electronBinaryPath()
if (electron) args.push(`-c.electronDist=${path.dirname(electron)}`)
else console.log('Medskapa: no Electron binary installed; electron-builder will download it (needs the internet).')
if (!run(bin('electron-builder'), args)) {
  console.error('Medskapa: packaging failed; see the messages above. Nothing in dist/ is a finished build.')
  process.exit(1)
}
