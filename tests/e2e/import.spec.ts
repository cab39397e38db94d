import { expect, stickies, test } from './fixtures.ts'

test('an invalid JSON import names the failing field and creates nothing', async ({ page, host, api }) => {
  const demo = await api<{ docId: string }>('library.openDemo')
  const exported = await api<{ stickies: { phaseId: string }[]; workshop: { title: string } }>('workshop.export', {
    docId: demo.docId
  })
  exported.workshop.title = 'Importerad workshop'
  exported.stickies[3].phaseId = 'no-such-phase'

  await page.goto(`${host.url}#/`)
  await expect(page.getByRole('heading', { level: 1, name: 'Medskapa' })).toBeVisible()
  await page.getByLabel('Välj JSON-fil').setInputFiles({
    name: 'trasig.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported))
  })
  const alert = page.getByRole('region', { name: 'Importera JSON' }).getByRole('alert')
  await expect(alert).toContainText('Filen kunde inte importeras.')
  await expect(alert).toContainText('stickies[3].phaseId')
  await expect(page.getByRole('link', { name: 'Importerad workshop' })).toHaveCount(0)

  // Text that is not JSON at all is caught before it reaches the host.
  await page.getByLabel('Välj JSON-fil').setInputFiles({ name: 'inte.json', mimeType: 'application/json', buffer: Buffer.from('{ inte json') })
  await expect(alert).toContainText('Filen är inte giltig JSON')

  // The same file, repaired, imports and opens.
  exported.stickies[3].phaseId = exported.stickies[0].phaseId
  await page.getByLabel('Välj JSON-fil').setInputFiles({
    name: 'hel.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported))
  })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importerad workshop')
  await expect(stickies(page)).toHaveCount(8)
})
