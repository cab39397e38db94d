import type { Page } from '@playwright/test'
import { expect, screenshot, stickies, test } from './fixtures.ts'

// Swedish and English read left to right; the interface is built so that a right-to-left
// interface language needs only its strings: every stylesheet uses logical properties and the
// keys that move along a row follow reading order. The root's `dir` is what a right-to-left
// language sets (i18n/direction.ts), so the test sets it the same way.

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox()
  if (!b) throw new Error(`${selector} is not visible`)
  return b
}

test('the workshop layout mirrors when the interface reads right to left', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  const ltrRail = await box(page, '.phase-rail')
  const ltrMain = await box(page, '.workshop__main')
  expect(ltrRail.x).toBeLessThan(ltrMain.x)

  await page.locator('html').evaluate((root, dir) => root.setAttribute('dir', dir), 'rtl')
  const rail = await box(page, '.phase-rail')
  const main = await box(page, '.workshop__main')
  expect(rail.x).toBeGreaterThan(main.x)
  // The rail's divider moves to the side that faces the board.
  await expect(page.locator('.phase-rail')).toHaveCSS('border-left-style', 'solid')
  await expect(page.locator('.phase-rail')).toHaveCSS('border-right-style', 'none')
  // "Next phase" points the way the page reads.
  await expect(page.locator('.phase-nav .directional').first()).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)')

  // Arrow keys follow reading order: ArrowLeft goes to the next note, ArrowRight back.
  const first = stickies(page).first()
  await first.focus()
  await page.keyboard.press('ArrowLeft')
  await expect(stickies(page).nth(1)).toBeFocused()
  const second = await stickies(page).nth(1).boundingBox()
  const firstBox = await first.boundingBox()
  // The next note sits to the left of the first, or on a row below it when the row is full.
  expect(second!.x < firstBox!.x || second!.y > firstBox!.y).toBe(true)
  await page.keyboard.press('ArrowRight')
  await expect(first).toBeFocused()
  await screenshot(page, 'rtl-workshop')

  // Back to left to right, nothing stays mirrored.
  await page.locator('html').evaluate((root, dir) => root.setAttribute('dir', dir), 'ltr')
  expect((await box(page, '.phase-rail')).x).toBeLessThan((await box(page, '.workshop__main')).x)
})

test('switching the language sets the direction and the language of the page', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  await page.keyboard.press('Control+k')
  const search = page.getByRole('combobox', { name: 'Sök kommando' })
  await search.fill('engelska')
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
})
