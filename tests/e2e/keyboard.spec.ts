import { expect, stickies, test } from './fixtures.ts'

test('a note is edited in place, deleted with Delete, and brought back with undo', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)
  const first = stickies(page).first()

  // Double-click edits; Escape cancels without saving.
  await first.locator('.sticky__text').dblclick()
  const editor = page.getByRole('textbox', { name: 'Ändra lappen' })
  await editor.fill('Ska inte sparas')
  await editor.press('Escape')
  await expect(first).toHaveText(/Bygga högt och stort/)
  await expect(first).toBeFocused()

  // Enter on the focused card edits; Enter saves.
  await page.keyboard.press('Enter')
  await editor.fill('Bygga högt, stort och långt bort')
  await editor.press('Enter')
  await expect(first).toHaveText(/Bygga högt, stort och långt bort/)
  await expect(page.getByRole('button', { name: 'Ångra: ändrad lapp' })).toBeEnabled()

  // Delete removes the focused card and moves the focus to the next one.
  await first.focus()
  await page.keyboard.press('Delete')
  await expect(stickies(page)).toHaveCount(7)
  await expect(stickies(page).first()).toBeFocused()
  await expect(stickies(page).first()).toHaveText(/Mycket vägar/)
  const toast = page.getByRole('listitem').filter({ hasText: 'Lappen togs bort.' })
  await toast.getByRole('button', { name: 'Ångra' }).click()
  await expect(stickies(page)).toHaveCount(8)
  await expect(stickies(page).first()).toHaveText(/Bygga högt, stort och långt bort/)

  // Ctrl+Z outside text fields is the app's undo; Ctrl+Shift+Z and Ctrl+Y redo.
  await stickies(page).nth(2).focus()
  await page.keyboard.press('Control+z')
  await expect(stickies(page).first()).toHaveText(/Bygga högt och stort/)
  await page.keyboard.press('Control+Shift+Z')
  await expect(stickies(page).first()).toHaveText(/Bygga högt, stort och långt bort/)
  await page.keyboard.press('Control+z')
  await expect(stickies(page).first()).toHaveText(/Bygga högt och stort/)
  await page.keyboard.press('Control+y')
  await expect(stickies(page).first()).toHaveText(/Bygga högt, stort och långt bort/)

  // The delete buttons say which note they delete.
  await expect(page.getByRole('button', { name: 'Ta bort lappen ”Strunta i oegentligheter”' })).toHaveCount(1)
})

test('the command palette finds and runs commands by keyboard', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog', { name: 'Kommandon' })
  await expect(dialog).toBeVisible()
  const search = dialog.getByRole('combobox', { name: 'Sök kommando' })
  await expect(search).toBeFocused()
  await search.fill('skriv en ny')
  await expect(dialog.getByRole('option')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('textbox', { name: 'Ny lapp' })).toBeFocused()

  // Ctrl+K right after Escape opens the palette again: Escape's close must not swallow it.
  const openPalette = async (): Promise<void> => {
    await page.keyboard.press('Control+k')
    await expect(dialog).toBeVisible()
  }

  // Escape closes; arrows move the active option; a disabled command does not run.
  await page.keyboard.press('Control+k')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await openPalette()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await openPalette()
  await dialog.getByRole('combobox').fill('startsidan')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Medskapa' })).toBeVisible()
  await expect(page.getByLabel('Namn på workshoppen')).toBeVisible()

  await openPalette()
  await dialog.getByRole('combobox').fill('ny workshop')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Namn på workshoppen')).toBeFocused()
})

test('the language switches without a restart and is remembered', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('textbox', { name: 'New note' })).toBeVisible()
  await expect(page.getByText('8 notes')).toBeVisible()
  // The workshop's own content stays as written.
  await expect(page.getByRole('heading', { level: 2, name: 'Hur ska vi göra om vi vill misslyckas med integrationen?' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'New note' })).toBeVisible()
  await page.getByRole('button', { name: 'Svenska' }).click()
  await expect(page.getByRole('textbox', { name: 'Ny lapp' })).toBeVisible()
})
