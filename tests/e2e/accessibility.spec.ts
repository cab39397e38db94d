import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, stickies, test } from './fixtures.ts'
import { WCAG_TAGS as WCAG_AA } from './axe.ts'

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()
  // An empty page would pass too: make sure axe actually checked something.
  expect(results.passes.length).toBeGreaterThan(10)
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.1 AA violations on the start page and the workshop view (${colorScheme})`, async ({ page, host }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto(host.url)
    await expect(stickies(page)).toHaveCount(8)
    expect(await violations(page)).toEqual([])

    // With a card focused, its actions are visible and get checked too.
    await stickies(page).first().focus()
    expect(await violations(page)).toEqual([])

    await page.getByRole('link', { name: /Startsida/ }).click()
    await expect(page.getByRole('link', { name: /Demo: Hur ska vi misslyckas/ })).toBeVisible()
    expect(await violations(page)).toEqual([])

    await page.keyboard.press('Control+k')
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await violations(page)).toEqual([])
  })
}

test('the skip link moves the focus to the main content', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})
