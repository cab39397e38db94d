import { expect, stickies, test } from './fixtures.ts'

test('two pages on one workshop see each other’s changes without reloading', async ({ context, host }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await a.goto(host.url)
  await b.goto(host.url)
  await expect(stickies(a)).toHaveCount(8)
  await expect(stickies(b)).toHaveCount(8)

  await a.getByRole('textbox', { name: 'Ny lapp' }).fill('Ingen lyssnar på de unga')
  await a.getByRole('textbox', { name: 'Ny lapp' }).press('Enter')
  await expect(stickies(b)).toHaveCount(9)
  await expect(stickies(b).last()).toHaveText(/Ingen lyssnar på de unga/)

  // Undo in B takes the note away in A, and both show the same undo state afterwards.
  const undoB = b.getByRole('button', { name: 'Ångra: ny lapp' })
  await expect(undoB).toBeEnabled()
  await undoB.click()
  await expect(stickies(a)).toHaveCount(8)
  await expect(a.getByText('Ingen lyssnar på de unga')).toHaveCount(0)
  await expect(a.getByRole('button', { name: 'Gör om: ny lapp' })).toBeEnabled()

  // An edit made in A shows up in B.
  const card = stickies(a).first()
  await card.focus()
  await a.keyboard.press('Enter')
  const editor = a.getByRole('textbox', { name: 'Ändra lappen' })
  await editor.fill('Bygga ännu högre')
  await editor.press('Enter')
  await expect(stickies(b).first()).toHaveText(/Bygga ännu högre/)
})
