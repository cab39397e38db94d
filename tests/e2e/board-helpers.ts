import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, screenshot, SCREENSHOT_DIR } from './fixtures.ts'
import type { RunningHost } from './host.ts'

// Shared set-up for the board specs: a dystopia workshop made through the API, its meeting
// started, opened in the page at a chosen phase.

/**
 * The few browser globals the functions passed to page.evaluate use. This tsconfig has no DOM
 * library (it also checks the main process, where `window` must stay an error), so they are
 * reached as `globalThis as unknown as PageGlobals`, typed for what is used.
 */
export interface PageRect {
  top: number
  left: number
  width: number
  height: number
}
export interface PageElement {
  getBoundingClientRect(): PageRect
  closest(selector: string): PageElement | null
  scrollTop: number
  clientHeight: number
  dispatchEvent(event: unknown): boolean
}
export interface PageGlobals {
  document: {
    querySelector(selector: string): PageElement | null
    createElement(tag: 'canvas'): PageCanvas
  }
  window: { scrollY: number; scrollTo(x: number, y: number): void; location: { hash: string } }
  getComputedStyle(el: unknown): { fontFamily: string }
  DataTransfer: new () => { setData(type: string, value: string): void }
  ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown
}
export interface PageCanvas {
  width: number
  height: number
  getContext(kind: '2d'): {
    font: string
    fillStyle: string
    textBaseline: string
    fillText(text: string, x: number, y: number): void
    getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> }
  } | null
}

type Api = <T = unknown>(method: string, input?: unknown) => Promise<T>

export interface Phase {
  id: string
  kind: string
  title: string
}

export interface Workshop {
  docId: string
  path: string
  phase(kind: string): string
  goTo(kind: string): Promise<void>
}

export async function createWorkshop(api: Api, title: string): Promise<Workshop> {
  const { docId, path } = await api<{ docId: string; path: string }>('library.create', { title, methodId: 'dystopia' })
  const { data } = await api<{ data: { phases: Phase[]; meetings: Array<{ id: string }> } }>('workshop.get', { docId })
  await api('meeting.start', { docId, meetingId: data.meetings[0].id })
  const phase = (kind: string): string => {
    const p = data.phases.find((x) => x.kind === kind)
    if (!p) throw new Error(`no ${kind} phase`)
    return p.id
  }
  return { docId, path, phase, goTo: async (kind) => void (await api('run.goToPhase', { docId, phaseId: phase(kind) })) }
}

/** Load the app (it opens the demo first) and then the workshop at `path`. */
export async function openInPage(page: Page, host: RunningHost, path: string, title: string): Promise<void> {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeAttached()
  await page.evaluate((p) => {
    ;(globalThis as unknown as PageGlobals).window.location.hash = `#/w?path=${encodeURIComponent(p)}`
  }, path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
}

/** The cards of the board; within a cluster section or the unsorted list when given. */
export function cards(scope: Page | ReturnType<Page['locator']>) {
  return scope.locator('[data-sticky-id]')
}

export function clusterSection(page: Page, title: string | RegExp) {
  return page.locator('section.cluster').filter({ has: page.getByRole('heading', { level: 3, name: title }) })
}

/**
 * A full-page screenshot in test-results/screenshots (what the lead reviews), also copied to
 * $BOARD_SHOTS when set: parallel Playwright runs on one machine empty test-results/ as they start.
 */
export async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name)
  const extra = process.env.BOARD_SHOTS
  if (extra) {
    fs.mkdirSync(extra, { recursive: true })
    fs.copyFileSync(path.join(SCREENSHOT_DIR, `${name}.png`), path.join(extra, `${name}.png`))
  }
}

/** The card whose text is exactly `text`. */
export function card(page: Page, text: string) {
  return page.locator('[data-sticky-id]').filter({ has: page.locator('.sticky__text').getByText(text, { exact: true }) })
}

/** Drag with the mouse from the middle of one element to the middle of another, in small steps. */
export async function drag(page: Page, from: ReturnType<Page['locator']>, to: ReturnType<Page['locator']>): Promise<void> {
  // Both ends away from any edge, which would make the board scroll under the pointer: the
  // board at the top of the window, each card in the middle of its own list.
  // Grouping suggestions arrive a moment after a change; let them settle first.
  await expect(page.locator('.suggestions__summary')).not.toContainText('Letar', { timeout: 5_000 }).catch(() => {})
  for (const end of [from, to]) {
    await end.evaluate((node) => {
      const el = node as unknown as PageElement
      const list = el.closest('.notelist')
      if (list) list.scrollTop += el.getBoundingClientRect().top - list.getBoundingClientRect().top - list.clientHeight / 2
    })
  }
  await page.evaluate(() => {
    const { document, window } = globalThis as unknown as PageGlobals
    const board = document.querySelector('.board')
    if (board) window.scrollTo(0, board.getBoundingClientRect().top + window.scrollY - 90)
  })
  const a = await from.boundingBox()
  if (!a) throw new Error('nothing to drag')
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 4 })
  const b = await to.boundingBox()
  if (!b) throw new Error('nowhere to drop')
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 })
  await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2 + 2, { steps: 2 })
  await page.mouse.up()
}
