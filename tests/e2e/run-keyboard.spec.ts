import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

// A facilitator sets up a dystopia exercise and runs it from the first to the last phase with
// the keyboard alone: no clicks anywhere in this file.

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el: { matches(selector: string): boolean }) => el.matches(':focus'))
}

/** Press Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, back = false, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  await expect(target).toBeFocused()
}

async function palette(page: Page, search: string): Promise<void> {
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog', { name: 'Kommandon' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('combobox').fill(search)
  await expect(dialog.getByRole('option').first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
}

/** Seconds left on the clock, from its "m:ss" text (negative when over time). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.locator('.timer__clock').textContent()) ?? ''
  const m = /^(-?)(\d+):(\d\d)$/.exec(text.trim())
  if (!m) throw new Error(`the clock shows "${text}"`)
  return (m[1] ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
}

const prompt = (page: Page): Locator => page.locator('#prompt-text')
const current = (page: Page): Locator => page.locator('.phase-rail [aria-current="step"]')

test('a dystopia exercise is set up and run from first to last phase by keyboard, surviving a reload', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.locator('[data-sticky-id]')).toHaveCount(8)

  // New workshop from the palette: the title field gets the focus.
  await palette(page, 'ny workshop')
  const title = page.getByLabel('Namn på workshoppen')
  await expect(title).toBeFocused()
  await page.keyboard.type('Trygghet i Alby')
  await page.keyboard.press('Tab')
  const method = page.getByLabel('Metod')
  await expect(method).toBeFocused()
  for (let i = 0; i < 10 && (await method.inputValue()) !== 'dystopia'; i++) await page.keyboard.press('ArrowDown')
  await expect(method).toHaveValue('dystopia')
  await page.keyboard.press('Shift+Tab')
  await expect(title).toBeFocused()
  await page.keyboard.press('Enter')

  // The set-up page: purpose, and the level on the participation ladder.
  await expect(page).toHaveURL(/#\/setup\?path=/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trygghet i Alby')
  const purpose = page.getByLabel('Syfte')
  await tabTo(page, purpose)
  await page.keyboard.type('Ta fram första steg mot en tryggare stadsdel.')
  await page.keyboard.press('Tab')
  const firstLevel = page.getByRole('radio', { name: /Information/ })
  await tabTo(page, firstLevel)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: /Dialog/ })).toBeChecked()
  await expect(page.locator('.start-checklist__item--done')).toHaveCount(2)
  await expect(page.locator('.start-checklist__item--missing')).toHaveCount(0)
  // Saved as each field was left: a reload shows it all.
  await page.reload()
  await expect(purpose).toHaveValue('Ta fram första steg mot en tryggare stadsdel.')
  await expect(page.getByRole('radio', { name: /Dialog/ })).toBeChecked()

  // Start meeting 1 from the palette: the room lands on phase 1.
  await palette(page, 'starta träffen')
  await expect(page).toHaveURL(/#\/w\?path=/)
  await expect(current(page)).toContainText('Inledning')
  await expect(prompt(page)).toHaveText('Varför är vi här, och vad händer med det vi kommer fram till?')
  const timer = page.locator('.timer')
  await expect(timer).toHaveAttribute('data-running', 'false')
  await expect(timer.locator('.timer__of')).toHaveText('av 10 min')

  // T starts, Shift+T gives a minute, T pauses.
  await page.keyboard.press('t')
  await expect(timer).toHaveAttribute('data-running', 'true')
  await expect(timer.locator('.timer__state')).toHaveText('Gott om tid')
  await page.keyboard.press('Shift+T')
  await expect(timer.locator('.timer__of')).toHaveText('av 11 min')
  const afterExtend = await secondsLeft(page)
  expect(afterExtend).toBeGreaterThan(10 * 60)
  expect(afterExtend).toBeLessThanOrEqual(11 * 60)
  await page.keyboard.press('t')
  await expect(timer).toHaveAttribute('data-running', 'false')
  await expect(timer.locator('.timer__state')).toHaveText('Pausad')
  const paused = await secondsLeft(page)
  await page.waitForTimeout(1_200)
  expect(await secondsLeft(page)).toBe(paused)

  // Ctrl+→ moves on; PageDown (a presentation clicker) does too. Going back loses nothing.
  await page.keyboard.press('Control+ArrowRight')
  await expect(current(page)).toContainText('Skapa dystopin')
  await expect(prompt(page)).toHaveText('Hur ska vi göra om vi vill misslyckas med integrationen?')
  await page.keyboard.press('n')
  await page.keyboard.type('Stänga biblioteket')
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-sticky-id]')).toHaveCount(1)
  // Single-key shortcuts never fire while typing: Tab leaves the note field first.
  await page.keyboard.press('t')
  await expect(timer).toHaveAttribute('data-running', 'false')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Tab')
  await page.keyboard.press('t')
  await expect(timer).toHaveAttribute('data-running', 'true')
  await page.keyboard.press('PageDown')
  await expect(current(page)).toContainText('Gruppera')
  await page.keyboard.press('Control+ArrowLeft')
  await expect(current(page)).toContainText('Skapa dystopin')
  await expect(page.locator('[data-sticky-id]')).toHaveCount(1)
  // Leaving a phase paused its timer; the time it had is kept.
  await expect(timer).toHaveAttribute('data-running', 'false')
  await page.keyboard.press('t')
  await expect(timer).toHaveAttribute('data-running', 'true')
  await page.keyboard.press('Shift+T')
  await expect(timer.locator('.timer__of')).toHaveText('av 16 min')

  // Reload in the middle: the same phase, the timer still running and right.
  const before = await secondsLeft(page)
  const reloadedAt = Date.now()
  await page.reload()
  await expect(current(page)).toContainText('Skapa dystopin')
  await expect(timer).toHaveAttribute('data-running', 'true')
  const after = await secondsLeft(page)
  const gone = Math.ceil((Date.now() - reloadedAt) / 1000)
  expect(after).toBeLessThanOrEqual(before)
  expect(after).toBeGreaterThanOrEqual(before - gone - 1)
  await expect(page.locator('[data-sticky-id]')).toHaveCount(1)

  // On to the last phase.
  const titles = ['Gruppera', 'Reflektion', 'Prioritera', 'Vänd till första steg', 'Effektkedja', 'Avslutning']
  for (const phase of titles) {
    await page.keyboard.press('Control+ArrowRight')
    await expect(current(page)).toContainText(phase)
  }
  await expect(page.getByRole('button', { name: /Avsluta träffen/ })).toBeVisible()
  await palette(page, 'avsluta träffen')
  await expect(page.getByRole('heading', { name: 'Träff 1 är avslutad.' })).toBeVisible()
  await expect(page.locator('.phase-rail .phase--done')).toHaveCount(8)
})
