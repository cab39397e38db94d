import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { chromium, type Browser } from '@playwright/test'
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
    const own = /src\/(renderer\/src\/views\/[^/]+|renderer\/src\/[^/]+|shared\/[^/]+)/.exec(src)
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

/** The few browser globals the functions passed to page.evaluate use (no DOM library in the node tsconfig). */
interface PageGlobals {
  document: { querySelectorAll(s: string): { length: number } }
}

/** A workshop file restored before every run, so each run opens the same bytes (a run adds a note). */
function restore(pristine: string, target: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true })
  fs.copyFileSync(pristine, target)
}

export interface StartRun {
  /** Host process start to the board's first paint with the workshop's notes (the Board's own mark). */
  toPainted: number
  /**
   * Where that time goes: the host printing its address, the page starting to load, the app's
   * bundle evaluated (DOMContentLoaded), the file opened (library.open), its data fetched.
   */
  hostUp: number
  toNavigation: number
  toScripts: number
  toOpened: number
  toFetched: number
  /** Enter in the capture field to the board counting the new note: the view answers. */
  captureMs: number
  /** Note cards in the DOM at first paint. */
  cards: number
  /** JS heap in use, after a forced garbage collection, with the workshop open (MB). */
  heapMb: number
  domNodes: number
  /** Host process resident memory before any page loaded and with the workshop open (MB). */
  hostIdleMb: number
  hostMb: number
}

export interface StartResult {
  large: StartRun[]
  /** The same for the small demo workshop, as the baseline. */
  demo: StartRun[]
  toPainted: Sample
  demoToPainted: Sample
  captureMs: Sample
  bundle: BundleReport
  notesInPhase: number
}

/**
 * One cold start: the host process starts, Chromium loads the facilitator view of the workshop,
 * and the clock stops at the board's first paint of the current phase's notes (performance mark
 * `board:painted`, set by the Board after its first commit and the frame after it). Then the view
 * must answer: a note typed into the capture field and Enter must reach the board.
 */
async function startOnce(browser: Browser, dataDir: string, staticDir: string, url: (hostUrl: string) => string, label: string): Promise<StartRun> {
  const t0 = performance.timeOrigin + performance.now()
  const host = await startHost(dataDir, staticDir)
  const hostUp = performance.timeOrigin + performance.now()
  const hostIdleMb = rssKb(host.pid) / 1024
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  try {
    await page.goto(url(host.url))
    try {
      await page.waitForFunction(() => performance.getEntriesByName('board:painted').length > 0, null, { timeout: 60_000 })
    } catch (e) {
      await page.screenshot({ path: '/tmp/bench-start-fail.png' })
      throw e
    }
    const painted = await page.evaluate(() => {
      const api = (method: string): number =>
        (performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === `/api/${method}`) as { responseEnd: number } | undefined)
          ?.responseEnd ?? NaN
      const nav = (performance.getEntriesByType as (type: string) => unknown[])('navigation')[0] as { domContentLoadedEventEnd: number } | undefined
      return {
        origin: performance.timeOrigin,
        at: performance.getEntriesByName('board:painted')[0]?.startTime ?? NaN,
        // The app's module script runs before DOMContentLoaded: the bundle is loaded and evaluated.
        scripts: nav?.domContentLoadedEventEnd ?? NaN,
        opened: Math.min(...[api('library.open'), api('library.openDemo')].filter(Number.isFinite)),
        fetched: api('workshop.get'),
        cards: (globalThis as unknown as PageGlobals).document.querySelectorAll('[data-sticky-id]').length
      }
    })
    // The board is virtualised, so the new card may be mounted off screen; the count of the
    // phase's unsorted notes, which the board renders from the same store, must go up by one.
    const counter = page.locator('.board__unsorted .wall__count')
    const before = Number(/\d+/.exec((await counter.textContent()) ?? '')?.[0])
    if (!Number.isInteger(before)) throw new Error(`no note count on the board (${label})`)
    await page.locator('#capture-text').click()
    await page.keyboard.type(`${label} ${Math.random().toString(36).slice(2, 8)}`)
    const sent = performance.now()
    await page.keyboard.press('Enter')
    await counter.filter({ hasText: new RegExp(`^${before + 1}\\D`) }).waitFor({ timeout: 30_000 })
    const captureMs = performance.now() - sent
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
    const metric = (name: string): number => metrics.metrics.find((m) => m.name === name)?.value ?? 0
    return {
      toPainted: painted.origin + painted.at - t0,
      hostUp: hostUp - t0,
      toNavigation: painted.origin - t0,
      toScripts: painted.origin + painted.scripts - t0,
      toOpened: painted.origin + painted.opened - t0,
      toFetched: painted.origin + painted.fetched - t0,
      captureMs,
      cards: painted.cards,
      heapMb: metric('JSHeapUsedSize') / 2 ** 20,
      domNodes: metric('Nodes'),
      hostIdleMb,
      hostMb: rssKb(host.pid) / 1024
    }
  } finally {
    await page.close()
    await host.stop()
  }
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
    const data = largeSample()
    await core.call('library.import', {
      json: { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, exportedAt: new Date().toISOString(), ...data },
      path: big
    })
    // The facilitator left the workshop in its first meeting's capture phase: the view opens on
    // that phase's board with all its notes, and the capture field to prove the view answers.
    const { docId } = await core.call('library.open', { path: big })
    const meeting = [...data.meetings].sort((a, b) => a.position - b.position)[0]
    const capture = data.phases.find((p) => p.meetingId === meeting.id && p.kind === 'capture')
    if (!capture) throw new Error('the large sample has no capture phase')
    await core.call('meeting.start', { docId, meetingId: meeting.id })
    await core.call('run.goToPhase', { docId, phaseId: capture.id })
    const notesInPhase = data.stickies.filter((s) => s.phaseId === capture.id).length
    const demoPath = (await core.call('library.openDemo', {})).path
    core.close()
    const pristineBig = path.join(dir, 'stor.pristine')
    const pristineDemo = path.join(dir, 'demo.pristine')
    fs.copyFileSync(big, pristineBig)
    fs.copyFileSync(demoPath, pristineDemo)

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    const bigUrl = (url: string): string => url.replace(/#.*$/, '') + `#/w?${new URLSearchParams({ path: big })}`
    // No route: the app opens the demo workshop itself, as on a first start.
    const demoUrl = (url: string): string => url
    const large: StartRun[] = []
    const demo: StartRun[] = []
    try {
      // One run each to warm the disk cache and Chromium, not counted.
      restore(pristineBig, big)
      await startOnce(browser, dataDir, staticDir, bigUrl, 'Uppvärmning')
      restore(pristineDemo, demoPath)
      await startOnce(browser, dataDir, staticDir, demoUrl, 'Uppvärmning')
      for (let i = 0; i < runs; i++) {
        restore(pristineBig, big)
        large.push(await startOnce(browser, dataDir, staticDir, bigUrl, `Startmätning ${i + 1}`))
        restore(pristineDemo, demoPath)
        demo.push(await startOnce(browser, dataDir, staticDir, demoUrl, `Startmätning ${i + 1}`))
      }
    } finally {
      await browser.close()
    }
    return {
      large,
      demo,
      toPainted: summarize(large.map((r) => r.toPainted)),
      demoToPainted: summarize(demo.map((r) => r.toPainted)),
      captureMs: summarize(large.map((r) => r.captureMs)),
      bundle: bundleReport(staticDir),
      notesInPhase
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  process.stdout.write(`${JSON.stringify(await benchStart(Number(process.argv[2]) || 2), null, 2)}\n`)
}
