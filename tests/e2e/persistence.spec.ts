import { expect, stickies, test } from './fixtures.ts'

test('a workshop created on the start page keeps its sticky across a reload and a host restart', async ({
  page,
  host,
  restartHost
}) => {
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)

  await page.getByRole('link', { name: /Startsida/ }).click()
  await page.getByLabel('Namn på workshoppen').fill('Trygghet i Alby')
  await page.getByLabel('Metod').selectOption({ label: 'Dystopiövningen' })
  await page.getByRole('button', { name: 'Skapa workshop' }).click()
  // A new workshop opens on its set-up page; the workshop itself is one link away.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trygghet i Alby')
  await page.getByRole('link', { name: /Till workshoppen/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trygghet i Alby')
  await expect(stickies(page)).toHaveCount(0)

  // Capture by keyboard only: type, Enter; the field clears and keeps the focus.
  const capture = page.getByRole('textbox', { name: 'Ny lapp' })
  await capture.click()
  await page.keyboard.type('Fler bänkar vid busshållplatsen')
  await page.keyboard.press('Enter')
  await expect(stickies(page)).toHaveCount(1)
  await expect(stickies(page).first()).toHaveText(/Fler bänkar vid busshållplatsen/)
  await expect(capture).toHaveValue('')
  await expect(capture).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Lapp tillagd.' })).toBeAttached()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trygghet i Alby')
  await expect(stickies(page)).toHaveCount(1)
  await expect(stickies(page).first()).toHaveText(/Fler bänkar vid busshållplatsen/)

  // A new host process on the same data folder: new port, new token, same files.
  const second = await restartHost()
  await page.goto(second.url)
  await expect(stickies(page)).toHaveCount(8)
  await page.getByRole('link', { name: /Startsida/ }).click()
  const recent = page.getByRole('region', { name: 'Senast öppnade' })
  await recent.getByRole('link', { name: 'Trygghet i Alby' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trygghet i Alby')
  await expect(stickies(page)).toHaveCount(1)
  await expect(stickies(page).first()).toHaveText(/Fler bänkar vid busshållplatsen/)
})

test('Shift+Enter makes a line break inside a note instead of adding it', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)
  await page.keyboard.press('n')
  const capture = page.getByRole('textbox', { name: 'Ny lapp' })
  await expect(capture).toBeFocused()
  await page.keyboard.type('Första raden')
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.type('andra raden')
  await expect(stickies(page)).toHaveCount(8)
  await page.getByRole('radio', { name: 'Grön' }).check()
  await capture.focus()
  await page.keyboard.press('Enter')
  await expect(stickies(page)).toHaveCount(9)
  const added = stickies(page).last()
  await expect(added.locator('p[dir="auto"]')).toHaveText('Första raden\nandra raden')
  await expect(added).toHaveClass(/sticky--green/)
})
