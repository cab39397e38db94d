import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { chromium } from '@playwright/test'
import { SourceMapConsumer } from 'source-map-js'
import { createCore } from '../src/main/core/core.ts'
import { largeSample } from '../src/main/report/sample-large.ts'
import { FORMAT_NAME, FORMAT_VERSION } from '../src/shared/domain/interchange.ts'
import { CHROMIUM, ROOT, startHost } from './browser-host.ts'
import { summarize, type Sample } from './stats.ts'


const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

/** Build the renderer with source maps into a private folder, for sizes and contributors. */
function buildWithMaps(outDir: string): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', outDir, '--sourcemap'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr.toString().slice(0, 500)}`)
}

export interface BundleReport {
  jsBytes: number
  jsGzip: number
  cssGzip: number
  /** Largest sources by bytes of generated code they account for, gzip-scaled estimate. */
  contributors: { source: string; bytes: number; share: number }[]
}

/** Gzip sizes of the renderer's assets and which packages the bytes come from (via source maps). */
export function bundleReport(rendererDir: string): BundleReport {
  const assets = path.join(rendererDir, 'assets')
  let jsBytes = 0
  let jsGzip = 0
  let cssGzip = 0
  const bySource = new Map<string, number>()
  for (const f of fs.readdirSync(assets)) {
    const full = path.join(assets, f)
    if (f.endsWith('.js')) {
      const code = fs.readFileSync(full, 'utf8')
      jsBytes += Buffer.byteLength(code)
      jsGzip += zlib.gzipSync(code, { level: 9 }).length
      const mapFile = `${full}.map`
      if (!fs.existsSync(mapFile)) continue
      const consumer = new SourceMapConsumer(JSON.parse(fs.readFileSync(mapFile, 'utf8')))
      const lines = code.split('\n')
      let last: { line: number; col: number; source: string } | null = null
      const credit = (upToLine: number, upToCol: number): void => {
        if (!last) return
        let n = 0
        if (upToLine === last.line) n = upToCol - last.col
        else {
          n = lines[last.line - 1].length - last.col
          for (let l = last.line + 1; l < upToLine; l++) n += lines[l - 1].length + 1
          n += upToCol
        }
        bySource.set(last.source, (bySource.get(last.source) ?? 0) + Math.max(0, n))
      }
      consumer.eachMapping((m) => {
        credit(m.generatedLine, m.generatedColumn)
        last = { line: m.generatedLine, col: m.generatedColumn, source: m.source ?? '(unmapped)' }
      })
    } else if (f.endsWith('.css')) cssGzip += zlib.gzipSync(fs.readFileSync(full), { level: 9 }).length
  }
  const group = (src: string): string => {
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src)
    if (nm) return nm[1]
    const own = /src\/(renderer\/src\/[^/]+|shared\/[^/]+)/.exec(src)
    return own ? `src/${own[1]}` : src
  }
  const grouped = new Map<string, number>()
  for (const [src, n] of bySource) grouped.set(group(src), (grouped.get(group(src)) ?? 0) + n)
  const total = [...grouped.values()].reduce((a, b) => a + b, 0) || 1
  const contributors = [...grouped.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([source, bytes]) => ({ source, bytes, share: bytes / total }))
  return { jsBytes, jsGzip, cssGzip, contributors }
}

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
}

export interface StartResult {
  /** Host process start to the facilitator view showing the large workshop's current phase. */
  toInteractive: Sample
  /** The same for the small demo workshop, as the baseline. */
  demoToInteractive: Sample
  bundle: BundleReport
  rendererHeapMb: number
  hostRssMb: number
  hostRssIdleMb: number
}

export async function benchStart(runs = 5): Promise<StartResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-bench-start-'))
  const outDir = path.join(dir, 'out')
  try {
    buildWithMaps(outDir)
    const staticDir = path.join(outDir, 'renderer')
    const dataDir = path.join(dir, 'data')
    const core = createCore({ dataDir, host: 'cli' })
    const big = path.join(dataDir, 'stor.medskapa')
    await core.call('library.import', {
      json: { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, exportedAt: new Date().toISOString(), ...largeSample() },
      path: big
    })
    core.close()
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    const measure = async (hash: (url: string) => string): Promise<{ ms: number; heapMb: number; rssMb: number; idleMb: number }> => {
      const t0 = performance.now()
      const host = await startHost(dataDir, staticDir)
      const idleMb = rssKb(host.pid) / 1024
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
      try {
        await page.goto(hash(host.url))
        // Interactive: the workshop's main area is on screen and the page answers input.
        try {
          await page.locator('.workshop__main').waitFor({ state: 'visible', timeout: 60_000 })
        } catch (e) {
          await page.screenshot({ path: '/tmp/bench-start-fail.png' })
          throw e
        }
        await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))')
        const ms = performance.now() - t0
        const cdp = await page.context().newCDPSession(page)
        await cdp.send('Performance.enable')
        const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
        const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
        return { ms, heapMb: heap / 2 ** 20, rssMb: rssKb(host.pid) / 1024, idleMb }
      } finally {
        await page.close()
        await host.stop()
      }
    }
    const bigUrl = (url: string): string => url.replace(/#.*$/, '') + `#/w?${new URLSearchParams({ path: big })}`
    const demoUrl = (url: string): string => url
    await measure(bigUrl)
    const bigRuns: number[] = []
    const demoRuns: number[] = []
    let last = { heapMb: 0, rssMb: 0, idleMb: 0 }
    for (let i = 0; i < runs; i++) {
      const b = await measure(bigUrl)
      bigRuns.push(b.ms)
      last = b
      demoRuns.push((await measure(demoUrl)).ms)
    }
    await browser.close()
    return {
      toInteractive: summarize(bigRuns),
      demoToInteractive: summarize(demoRuns),
      bundle: bundleReport(staticDir),
      rendererHeapMb: last.heapMb,
      hostRssMb: last.rssMb,
      hostRssIdleMb: last.idleMb
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  process.stdout.write(`${JSON.stringify(await benchStart(Number(process.argv[2]) || 2), null, 2)}\n`)
}
