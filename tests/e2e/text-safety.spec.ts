import { expect, stickies, test } from './fixtures.ts'

const MARKUP = '<img src=x onerror=alert(1)>'
const ARABIC = 'نريد أماكن للقاء'

test('notes with markup and right-to-left script render as text', async ({ page, host }) => {
  // The fixture fails the test if any dialog opens; this makes the expectation explicit here.
  let dialogs = 0
  page.on('dialog', () => {
    dialogs += 1
  })
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)
  const capture = page.getByRole('textbox', { name: 'Ny lapp' })
  for (const text of [MARKUP, ARABIC]) {
    await capture.fill(text)
    await capture.press('Enter')
  }
  await expect(stickies(page)).toHaveCount(10)

  await page.reload()
  const markup = stickies(page).nth(8).locator('.sticky__text')
  const arabic = stickies(page).nth(9).locator('.sticky__text')
  await expect(markup).toHaveText(MARKUP)
  await expect(arabic).toHaveText(ARABIC)
  await expect(markup).toHaveAttribute('dir', 'auto')
  await expect(arabic).toHaveAttribute('dir', 'auto')
  // The browser resolved the Arabic note right-to-left and the Swedish ones left-to-right.
  await expect(arabic).toHaveCSS('direction', 'rtl')
  await expect(stickies(page).first().locator('.sticky__text')).toHaveCSS('direction', 'ltr')
  await expect(page.locator('.wall img')).toHaveCount(0)
  // Give a would-be onerror handler time to fire before concluding.
  await page.waitForTimeout(300)
  expect(dialogs).toBe(0)
})
