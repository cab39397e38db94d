import { expect, screenshot, stickies, test } from './fixtures.ts'

const DEMO_PROMPT = 'Hur ska vi göra om vi vill misslyckas med integrationen?'

test('the base URL opens the demo workshop, created on first run', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 2, name: DEMO_PROMPT })).toBeVisible()
  await expect(stickies(page)).toHaveCount(8)
  await expect(stickies(page).first()).toContainText('Bygga högt och stort')
  // The workshop is addressed by its file, and the token has left the address bar.
  expect(decodeURIComponent(page.url())).toContain('demo.medskapa')
  expect(page.url()).not.toContain('token=')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo: Hur ska vi misslyckas med integrationen?')
  await expect(page.locator('[aria-current="step"]')).toContainText('Skapa dystopin')
  await expect(page).toHaveTitle(/Demo: Hur ska vi misslyckas/)
})

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 }
]) {
  test(`screenshots of the start page and the demo at ${viewport.width}×${viewport.height}`, async ({ page, host, api }) => {
    await page.setViewportSize(viewport)
    await page.goto(host.url)
    await expect(stickies(page)).toHaveCount(8)
    await screenshot(page, `demo-workshop-${viewport.width}x${viewport.height}`)

    // A data folder that looks lived in: two more workshops besides the demo.
    await api('library.create', { title: 'Trygghet i Alby – träff 1', methodId: 'dystopia' })
    await api('library.create', { title: 'Ungas fritid i Hallunda', methodId: 'dystopia' })
    await page.getByRole('link', { name: /Startsida/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Medskapa' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Ungas fritid i Hallunda' })).toBeVisible()
    await screenshot(page, `start-page-${viewport.width}x${viewport.height}`)
  })
}

test('screenshots in the dark theme, with a note focused', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)
  await stickies(page).nth(1).focus()
  await expect(stickies(page).nth(1).getByRole('button', { name: /Ta bort/ })).toBeVisible()
  await screenshot(page, 'demo-workshop-dark-1440x900')
  await page.getByRole('link', { name: /Startsida/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Medskapa' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Demo: Hur ska vi/ })).toBeVisible()
  await screenshot(page, 'start-page-dark-1440x900')
})
