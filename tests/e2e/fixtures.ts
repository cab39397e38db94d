import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { startHost, type RunningHost } from './host.ts'

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots')

interface Fixtures {
  /** A fresh data folder for this test, removed afterwards. */
  dataDir: string
  /** The real host on `dataDir`; `restartHost` replaces it (same folder, new port and token). */
  host: RunningHost
  restartHost: () => Promise<RunningHost>
  /** Call a host API method directly, as a second client would. */
  api: <T = unknown>(method: string, input?: unknown) => Promise<T>
}

// Console errors the browser itself prints for expected situations: an API call answered with
// 400 (the import test), and the event socket while a test restarts the host.
const EXPECTED_CONSOLE = /Failed to load resource|WebSocket connection to/

/** Fail on anything a page should never do: open a dialog (XSS), throw, or log an error (CSP). */
function guard(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' && !EXPECTED_CONSOLE.test(message.text())) problems.push(`console error: ${message.text()}`)
  })
  page.on('dialog', (dialog) => {
    problems.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
}

export const test = base.extend<Fixtures & { problems: string[] }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-e2e-'))
    await use(dir)
    fs.rmSync(dir, { recursive: true, force: true })
  },
  // eslint-disable-next-line no-empty-pattern
  problems: async ({}, use) => {
    const problems: string[] = []
    await use(problems)
    expect(problems, 'the page opened a dialog or threw').toEqual([])
  },
  host: async ({ dataDir }, use) => {
    const host = await startHost(dataDir)
    await use(host)
    await host.stop()
  },
  restartHost: async ({ host, dataDir }, use) => {
    const started: RunningHost[] = []
    await use(async () => {
      await host.stop()
      for (const h of started) await h.stop()
      const next = await startHost(dataDir)
      started.push(next)
      return next
    })
    for (const h of started) await h.stop()
  },
  api: async ({ host, request }, use) => {
    await use(async (method, input = {}) => {
      const response = await request.post(`${host.origin}/api/${method}`, {
        headers: { 'x-medskapa-token': host.token, 'content-type': 'application/json' },
        data: input
      })
      const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
      if (!body.ok) throw new Error(`${method}: ${body.error?.message}`)
      return body.value as never
    })
  },
  // Every page of the test, including the default one and any the test opens, is guarded.
  context: async ({ context, problems }, use) => {
    context.on('page', (page) => guard(page, problems))
    await use(context)
  }
})

export { expect }

/** The sticky cards on the wall. */
export function stickies(page: Page) {
  return page.locator('[data-sticky-id]')
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}
