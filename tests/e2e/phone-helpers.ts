import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'

// The participant phone page for specs that open it beside the facilitator's view.

const ROOT = path.resolve(__dirname, '..', '..')
const PHONE_OUT = path.join(ROOT, 'out', 'phone', 'phone.js')
const PHONE_SOURCES = [path.join(ROOT, 'src', 'phone'), path.join(ROOT, 'src', 'shared', 'participants')]

/** The phone page is its own small build (src/phone/vite.config.ts); build it when missing or stale. */
export function ensurePhoneBuild(): void {
  const newest = Math.max(
    ...PHONE_SOURCES.flatMap((dir) =>
      fs
        .readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile())
        .map((e) => fs.statSync(path.join(e.parentPath, e.name)).mtimeMs)
    )
  )
  if (fs.existsSync(PHONE_OUT) && fs.statSync(PHONE_OUT).mtimeMs >= newest) return
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'src/phone/vite.config.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  })
}

export interface PhoneSize {
  viewport: { width: number; height: number }
  deviceScaleFactor: number
}

/** A phone: its own browser context (own cookies), 390×844 unless told, touch, guarded against script errors. */
export async function openPhone(
  browser: Browser,
  problems: string[],
  locale = 'sv-SE',
  size: PhoneSize = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }
): Promise<{ context: BrowserContext; page: Page }> {
  // Reduced motion, as the main context has: axe must not sample a colour half-way through a fade.
  const context = await browser.newContext({ ...size, isMobile: true, hasTouch: true, locale, reducedMotion: 'reduce' })
  const page = await context.newPage()
  page.on('console', (m) => {
    // Refusals a test provokes are logged by the browser as failed loads; a CSP violation or a
    // script error is not, and fails the test.
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) problems.push(`phone console error: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`phone page error: ${e.message}`))
  page.on('dialog', (d) => {
    problems.push(`a dialog opened on a phone: ${d.message()}`)
    void d.dismiss()
  })
  return { context, page }
}
