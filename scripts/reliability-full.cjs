// The full-size reliability runs in one command (docs/RELIABILITY.md):
//   node scripts/reliability-full.cjs                 run them and print the figures
//   node scripts/reliability-full.cjs --update-doc    …and write the figures into docs/RELIABILITY.md
// CI runs the same tests small (tests/unit/reliability, about a minute); this turns the knobs
// up: 200 SIGKILLs of a writer, 20 of a migration and of a backup, ~100 calls per API method
// and 2,000 mutated imports. About 8 minutes on an idle 2-core machine. Exit 1 if anything failed.
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const root = path.join(__dirname, '..')
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs')
const doc = path.join(root, 'docs', 'RELIABILITY.md')

const RUNS = [
  { label: 'crash safety (SIGKILL of a writer)', files: ['crash'], env: { MEDSKAPA_CRASH_ROUNDS: '200' } },
  {
    label: 'backups, restore drill, killed backups',
    files: ['backup'],
    env: { MEDSKAPA_BACKUP_KILLS: '20' }
  },
  { label: 'bad files', files: ['bad-files'], env: {} },
  { label: 'migrations (fixtures, killed migrations)', files: ['migrations'], env: { MEDSKAPA_MIGRATION_KILLS: '20' } },
  { label: 'disk full', files: ['disk-full'], env: {} },
  { label: 'fuzzing (API and import)', files: ['fuzz'], env: { MEDSKAPA_FUZZ_RUNS: '100', MEDSKAPA_FUZZ_IMPORTS: '2000' } },
  { label: 'Electron fuses and packaging', files: ['fuses', 'package'], env: {} }
]

const figures = []
const summary = []
let failed = 0
const startedAll = Date.now()

for (const run of RUNS) {
  const started = Date.now()
  process.stdout.write(`\n=== ${run.label} ===\n`)
  const r = spawnSync(
    process.execPath,
    [vitest, 'run', '--reporter=verbose', ...run.files.map((f) => `tests/unit/reliability/${f}.test.ts`)],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ...run.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 256 * 1024 * 1024 }
  )
  const out = `${r.stdout}${r.stderr}`
  process.stdout.write(out)
  const lines = out.split('\n')
  for (const l of lines) if (l.startsWith('RELIABILITY ')) figures.push(l.slice('RELIABILITY '.length).trim())
  const tests = lines.find((l) => /^\s*Tests\s+/.test(l))?.trim().replace(/\s+/g, ' ') ?? 'no test summary'
  const skipped = lines.filter((l) => /skipped: |cannot be tested here/.test(l)).map((l) => l.trim())
  const ok = r.status === 0
  if (!ok) failed++
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${run.label}: ${tests} (${((Date.now() - started) / 1000).toFixed(0)} s)${skipped.length ? ` [${skipped.join('; ')}]` : ''}`)
}

const total = ((Date.now() - startedAll) / 60000).toFixed(1)
const when = new Date().toISOString().slice(0, 16).replace('T', ' ')
const report = [
  `Run ${when} UTC, Node ${process.version}, ${process.platform}/${process.arch}, ${total} min in all.`,
  '',
  ...summary.map((s) => `    ${s}`),
  '',
  'Figures:',
  '',
  ...figures.map((f) => `    ${f}`)
].join('\n')

process.stdout.write(`\n=== summary ===\n${report}\n`)

if (process.argv.includes('--update-doc')) {
  const text = fs.readFileSync(doc, 'utf8')
  const start = '<!-- figures:start -->'
  const end = '<!-- figures:end -->'
  const a = text.indexOf(start)
  const b = text.indexOf(end)
  if (a < 0 || b < a) {
    process.stderr.write(`cannot update ${doc}: the ${start} / ${end} markers are missing\n`)
    process.exit(1)
  }
  fs.writeFileSync(doc, `${text.slice(0, a + start.length)}\n${report}\n${text.slice(b)}`)
  process.stdout.write(`updated the figures in ${path.relative(root, doc)}\n`)
}

process.exit(failed === 0 ? 0 : 1)
