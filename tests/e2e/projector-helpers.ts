import fs from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, screenshot, SCREENSHOT_DIR } from './fixtures.ts'

// The room's screen as a second page: opened at the address the facilitator's "Projektor" asks
// the host for (projector.url, with its own read-only key), with every WebSocket frame it
// receives kept, so a spec can show what data reached the room, not only what was drawn.

type Api = <T = unknown>(method: string, input?: unknown) => Promise<T>

export interface Projector {
  page: Page
  /** Every text frame the page received on any WebSocket, in order. */
  frames: string[]
  /** Every request the page made (path only), to show it never reaches /api. */
  requests: string[]
}

export async function openProjectorPage(context: BrowserContext, api: Api, docId: string, viewport = { width: 1280, height: 720 }): Promise<Projector> {
  const { url } = await api<{ url: string }>('projector.url', { docId })
  const page = await context.newPage()
  await page.setViewportSize(viewport)
  const frames: string[] = []
  const requests: string[] = []
  page.on('websocket', (ws) => {
    ws.on('framereceived', (frame) => frames.push(typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8')))
  })
  page.on('request', (request) => requests.push(new URL(request.url()).pathname))
  await page.goto(url)
  await expect(page.locator('.pj')).toBeVisible()
  return { page, frames, requests }
}

/** The screen's root, with its kind in data-kind (board, vote, blank …). */
export function screen(page: Page) {
  return page.locator('.pj-frame--room .pj')
}

/** A screenshot under test-results/screenshots, also copied to $PROJECTOR_SHOTS when set (parallel runs empty test-results/). */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  if (opts.fullPage === false) {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
  } else await screenshot(page, name)
  const extra = process.env.PROJECTOR_SHOTS
  if (extra) {
    fs.mkdirSync(extra, { recursive: true })
    fs.copyFileSync(path.join(SCREENSHOT_DIR, `${name}.png`), path.join(extra, `${name}.png`))
  }
}
