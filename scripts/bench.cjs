// `npm run bench`: runs bench/run.ts on Node's own TypeScript support; arguments pick benchmarks.
const { spawnSync } = require('node:child_process')
const path = require('node:path')
const r = spawnSync(process.execPath, [path.join(__dirname, '..', 'bench', 'run.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit'
})
process.exit(r.status ?? 1)
