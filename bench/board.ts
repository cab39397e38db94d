import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Page } from '@playwright/test'
import type { Benchmark, BenchResult } from './registry.ts'
import { summarize, type Sample } from './stats.ts'
import { call, CHROMIUM, ensureBuilt, startHost, type Host } from './browser-host.ts'

/**
 * Issue 4 §9: a board of 2,000 notes in 60 clusters, made through the API, opened in Chromium.
 * Measures (1) the board's first render — from the workshop view handing the data to the board
 * until the board is committed and painted (performance marks the view sets), and (2) frame times
 * while a note is dragged across the board for about a second, from a requestAnimationFrame
 * recorder in the page. Budgets: first render < 300 ms, p95 frame < 16.7 ms.
 */

/**
 * The few browser globals the functions passed to page.evaluate use (the node tsconfig has no DOM
 * library, and should not: it checks the main process too).
 */
interface PageRect {
  top: number
  left: number
  width: number
  height: number
}
interface PageGlobals {
  document: { querySelector(s: string): { getBoundingClientRect(): PageRect } | null; querySelectorAll(s: string): { length: number } }
  window: { scrollY: number; innerHeight: number; scrollTo(x: number, y: number): void }
  requestAnimationFrame(cb: (t: number) => void): number
  __frames: number[]
  __rec: boolean
}
const NOTES = 2_000
const CLUSTERS = 60
const PER_CLUSTER = 32 // 1,920 in clusters, 80 left unsorted

const WORDS =
  'belysning park gångtunnel skola fritidsgård buss trafik bostad hyra underhåll skräp lekplats bibliotek förening idrott trygghet polis natt ungdom förskola språk praktik butik torg station cykel parkering natur skog vårdcentral socialtjänst nämnd inflytande dialog möte väntetid hiss trappa klotter tvättstuga soprum buller rykte segregation gemenskap mötesplats'.split(
    ' '
  )

/** The workshop: 2,000 notes pasted in one call, 60 clusters made one call each, as a facilitator would. */
export async function generate(host: Host): Promise<{ path: string }> {
  const created = await call<{ docId: string; path: string }>(host, 'library.create', { title: 'Tavla med 2000 lappar', methodId: 'dystopia' })
  const docId = created.docId
  const { data } = await call<{ data: { phases: Array<{ id: string; kind: string }>; meetings: Array<{ id: string }> } }>(host, 'workshop.get', { docId })
  const phaseId = data.phases.find((p) => p.kind === 'cluster')?.id ?? ''
  await call(host, 'meeting.start', { docId, meetingId: data.meetings[0].id })
  await call(host, 'run.goToPhase', { docId, phaseId })
  const texts = Array.from({ length: NOTES }, (_, i) => `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} vid ${WORDS[(i * 13) % WORDS.length]}, lapp ${i + 1}`)
  const { stickies } = await call<{ stickies: Array<{ id: string }> }>(host, 'sticky.addMany', { docId, phaseId, texts })
  for (let c = 0; c < CLUSTERS; c++) {
    const ids = stickies.slice(c * PER_CLUSTER, (c + 1) * PER_CLUSTER).map((s) => s.id)
    await call(host, 'cluster.create', { docId, phaseId, stickyIds: ids })
  }
  return { path: created.path }
}

interface RenderMarks {
  render: number
  painted: number
  fromNavigation: number
  cards: number
}

export async function openBoard(page: Page, host: Host, file: string): Promise<RenderMarks> {
  await page.goto(`${host.origin}/?token=${host.token}#/w?path=${encodeURIComponent(file)}`)
  await page.waitForFunction(() => performance.getEntriesByName('board:painted').length > 0, null, { timeout: 60_000 })
  return page.evaluate(() => {
    const at = (name: string): number => performance.getEntriesByName(name)[0]?.startTime ?? NaN
    return {
      render: at('board:rendered') - at('board:render-start'),
      painted: at('board:painted') - at('board:render-start'),
      fromNavigation: at('board:painted'),
      cards: (globalThis as unknown as PageGlobals).document.querySelectorAll('[data-sticky-id]').length
    }
  })
}

/** Frame intervals (ms) while a note is carried across the board for about a second. */
export async function dragFrames(page: Page): Promise<{ frames: number[]; dropped: boolean }> {
  await page.evaluate(() => {
    const { document, window } = globalThis as unknown as PageGlobals
    const board = document.querySelector('.board')
    if (board) window.scrollTo(0, board.getBoundingClientRect().top + window.scrollY - 80)
  })
  await page.waitForTimeout(300)
  const source = page.locator('section.cluster [data-sticky-id]').first()
  const box = await source.boundingBox()
  // The farthest cluster still wholly in the window: the drag crosses the board without the page
  // scrolling under it (scrolling is measured apart: it mounts new rows, which is another cost).
  const boxes = await page.locator('section.cluster').evaluateAll((els) =>
    els
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.top >= 0 && r.top + 120 <= (globalThis as unknown as PageGlobals).window.innerHeight - 60)
  )
  const target = boxes.at(-1)
  if (!box || !target) throw new Error('the board has no cards to drag')
  await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals
    w.__frames = []
    w.__rec = true
    let last = performance.now()
    const tick = (t: number): void => {
      w.__frames.push(t - last)
      last = t
      if (w.__rec) w.requestAnimationFrame(tick)
    }
    w.requestAnimationFrame((t) => {
      last = t
      w.requestAnimationFrame(tick)
    })
  })
  const x0 = box.x + box.width / 2
  const y0 = box.y + box.height / 2
  await page.mouse.move(x0, y0)
  await page.mouse.down()
  // About one second: 60 small moves, a frame apart, in a zigzag over several clusters and cards.
  const x1 = target.x + target.width / 2
  const y1 = target.y + 60
  const height = await page.evaluate(() => (globalThis as unknown as PageGlobals).window.innerHeight)
  for (let i = 1; i <= 60; i++) {
    const f = i / 60
    const y = y0 + (y1 - y0) * f + Math.sin(f * Math.PI * 4) * 100
    await page.mouse.move(x0 + (x1 - x0) * f, Math.min(height - 120, Math.max(140, y)))
    await page.waitForTimeout(16)
  }
  await page.mouse.up()
  await page.waitForTimeout(300)
  const frames = await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals
    w.__rec = false
    return w.__frames.slice(2)
  })
  // The drop landed when the last undo step is the move.
  const dropped = (await page.getByRole('button', { name: /Ångra: flyttad lapp/ }).count()) > 0
  return { frames, dropped }
}

export interface BoardBench {
  render: Sample
  painted: Sample
  fromNavigation: Sample
  frames: Sample
  framesOver: number
  frameCount: number
  cards: number
  dropped: boolean
}

export async function benchBoard(rounds = 5): Promise<BoardBench> {
  ensureBuilt()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-bench-board-'))
  const host = await startHost(dataDir)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-renderer-backgrounding', '--no-first-run']
  })
  try {
    const { path: file } = await generate(host)
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const marks: RenderMarks[] = []
    for (let i = 0; i < rounds; i++) marks.push(await openBoard(page, host, file))
    const drags: { frames: number[]; dropped: boolean }[] = []
    for (let i = 0; i < 3; i++) {
      await openBoard(page, host, file)
      drags.push(await dragFrames(page))
    }
    const frames = drags.flatMap((d) => d.frames)
    return {
      render: summarize(marks.map((m) => m.render)),
      painted: summarize(marks.map((m) => m.painted)),
      fromNavigation: summarize(marks.map((m) => m.fromNavigation)),
      frames: summarize(frames),
      framesOver: frames.filter((f) => f > 1000 / 60 + 1).length,
      frameCount: frames.length,
      cards: marks[0]?.cards ?? 0,
      dropped: drags.every((d) => d.dropped)
    }
  } finally {
    await browser.close()
    await host.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

// `node bench/board.ts` runs this one alone and prints the numbers.
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchBoard()
  console.log(JSON.stringify(r, null, 2))
}

/** The entry for bench/registry.ts: `BENCHMARKS.push(boardBenchmark)` or list it in order. */
export const boardBenchmark: Benchmark = {
  id: 'board',
  title: 'Board of 2,000 notes in 60 clusters, in Chromium',
  budget: 'first render < 300 ms; p95 frame < 16.7 ms while a note is dragged',
  async run(): Promise<BenchResult> {
    const r = await benchBoard()
    const row = (what: string, s: Sample) => ({ measure: what, n: s.n, 'median ms': s.median, 'p95 ms': s.p95, 'max ms': s.max })
    // rAF intervals sit on the 60 Hz grid: a frame on time measures 16.7 ± a few tenths, so the
    // budget allows that jitter and no more (one dropped frame would read 33 ms).
    const met = r.render.median < 300 && r.painted.median < 300 && r.frames.p95 <= 1000 / 60 + 0.5 && r.dropped
    return {
      id: this.id,
      title: this.title,
      budget: this.budget,
      headline: `first render ${r.render.median.toFixed(0)} ms (painted ${r.painted.median.toFixed(0)} ms), drag frames p50 ${r.frames.median.toFixed(1)} / p95 ${r.frames.p95.toFixed(1)} ms`,
      rows: [
        row('board render + commit', r.render),
        row('board render to first paint', r.painted),
        row('navigation to board painted (loads 2,000 notes)', r.fromNavigation),
        row('frame interval while dragging', r.frames)
      ],
      verdict: met ? 'met' : 'missed',
      notes: [
        `${r.cards} cards mounted of 2,000: rows of clusters outside the window and notes outside each cluster's scroll box are not rendered.`,
        `${r.framesOver} of ${r.frameCount} frames took longer than a 60 Hz frame (+1 ms); the drop ${r.dropped ? 'landed' : 'did NOT land'} each time.`,
        'Frame times are requestAnimationFrame intervals, so 16.7 ms is a frame on time; the machine is shared, so compare within one run.'
      ]
    }
  }
}
