// The README's test command: static checks, Vitest, then Playwright, and one plain closing line
// "N passed, N failed" built from the runners' own JSON reports (CI reads only that line).
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const root = path.join(__dirname, '..')
const results = path.join(root, 'test-results')
fs.mkdirSync(results, { recursive: true })
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

let passed = 0
let failed = 0
const failures = []

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`)
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status === 0
}

// Static checks count as one test each, so a type or lint error can never hide behind green tests.
for (const [label, cmd, args] of [
  ['typecheck (node)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']],
  ['typecheck (web)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.web.json']],
  ['lint', bin('eslint'), ['.']]
]) {
  if (run(label, cmd, args)) passed++
  else {
    failed++
    failures.push(label)
  }
}

const vitestJson = path.join(results, 'vitest.json')
fs.rmSync(vitestJson, { force: true })
run('unit and integration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`])
try {
  const v = JSON.parse(fs.readFileSync(vitestJson, 'utf8'))
  passed += v.numPassedTests
  failed += v.numFailedTests
  if (v.numFailedTests > 0 || v.numFailedTestSuites > 0) failures.push('vitest')
  // A suite that fails to load has no tests to count; count it as a failure.
  const brokenSuites = (v.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0)
  failed += brokenSuites.length
} catch {
  failed++
  failures.push('vitest (no report)')
}

const e2eJson = path.join(results, 'e2e.json')
fs.rmSync(e2eJson, { force: true })
if (process.env.MEDSKAPA_SKIP_E2E) {
  console.log('\n=== end-to-end tests skipped (MEDSKAPA_SKIP_E2E is set) ===')
} else {
  run('end-to-end tests (playwright, chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: e2eJson
  })
  try {
    const p = JSON.parse(fs.readFileSync(e2eJson, 'utf8'))
    const s = p.stats
    passed += (s.expected ?? 0) + (s.flaky ?? 0)
    failed += s.unexpected ?? 0
    if (s.unexpected > 0) failures.push('playwright')
    if ((p.errors ?? []).length > 0) {
      failed += p.errors.length
      failures.push('playwright (errors outside tests)')
    }
  } catch {
    failed++
    failures.push('playwright (no report)')
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
