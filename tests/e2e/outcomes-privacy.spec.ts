import fs from 'node:fs'
import { expect, screenshot, test } from './fixtures.ts'
import { axe, openWorkshop, workshopAt, scrollTop } from './outcomes-helpers.ts'

interface Sticky {
  text: string
}

test('a research circle shows the participant information first; the guard finds and replaces identifiers', async ({ page, host, api }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  const { docId, path } = await workshopAt(api, 'ecar-circle', 'Cirkel om vardagsrasism', 'capture', async (id) => {
    await api('body.add', { docId: id, name: 'Kultur- och fritidsnämnden', abbreviation: 'KFN', isReceiver: true, answerBy: '2031-06-01' })
  })
  const data = (await api<{ data: { workshop: { currentPhaseId: string } } }>('workshop.get', { docId })).data
  const phaseId = data.workshop.currentPhaseId
  await api('sticky.add', { docId, phaseId, text: 'Amina Yusuf vill ha fler bänkar vid torget' })
  await api('sticky.add', { docId, phaseId, text: 'Mejla mig på anna.svensson@example.se om mötet' })

  await openWorkshop(page, host.url, path)
  await page.getByRole('tab', { name: 'Personuppgifter' }).click()
  const panel = page.locator('#side-panel-privacy')

  // For a circle on discrimination the information to participants comes first, with all four points.
  const info = panel.getByRole('region', { name: 'Information till deltagarna' })
  await expect(panel.locator('.privacy-card').first()).toHaveClass(/privacy-card--prominent/)
  await expect(info.locator('.checklist li')).toHaveCount(4)
  await expect(info).toContainText('frivilligt')
  await info.getByRole('checkbox', { name: 'Informationen har getts' }).check()
  await expect(info).toContainText('Registrerat')
  await expect
    .poll(async () => (await api<{ data: { workshop: { participantInfoGivenAt: number | null } } }>('workshop.get', { docId })).data.workshop.participantInfoGivenAt)
    .not.toBeNull()

  // Names are found only once they are on the facilitator's list.
  const scan = panel.getByRole('button', { name: 'Sök efter personuppgifter' })
  await scan.click()
  await expect(panel.getByText('1 möjlig personuppgift hittades.')).toBeVisible()
  await panel.getByLabel('Namn', { exact: true }).fill('Amina Yusuf')
  await panel.getByRole('button', { name: 'Lägg till' }).click()
  await expect(panel.locator('.known-names__item')).toHaveText([/Amina Yusuf/])
  await scan.click()
  await expect(panel.getByText('2 möjliga personuppgifter hittades.')).toBeVisible()
  await expect(panel.locator('.pii-hit__where').first()).toContainText('Lapp:')

  await panel.getByRole('button', { name: 'Ersätt med platshållare: anna.svensson@example.se' }).click()
  await expect(panel.getByText('1 möjlig personuppgift hittades.')).toBeVisible()
  await scrollTop(page)
  await screenshot(page, 'outcomes-privacy-panel')
  expect(await axe(page, '#side-panel-privacy')).toEqual([])

  await panel.getByRole('button', { name: 'Ersätt alla (namn med pseudonymer)' }).click()
  await expect(panel.getByText(/Ersätta alla 1\?/)).toBeVisible()
  await panel.getByRole('button', { name: 'Ja, ersätt alla' }).click()
  await expect(panel.getByText('Inga personuppgifter hittades.')).toBeVisible()

  const texts = (await api<{ data: { stickies: Sticky[] } }>('workshop.get', { docId })).data.stickies.map((s) => s.text).sort()
  expect(texts).toEqual(['Deltagare A vill ha fler bänkar vid torget', 'Mejla mig på [e-post] om mötet'])

  // Replaced is not yet gone: the undo history (and the backups) still hold the address, so that
  // the replacement can be undone. Erasing for good takes it out of the file.
  const onDisk = (): boolean => [path, `${path}-wal`].some((f) => fs.existsSync(f) && fs.readFileSync(f).includes('anna.svensson@example.se'))
  expect(onDisk()).toBe(true)
  const erase = panel.getByRole('button', { name: 'Radera för gott …' })
  await erase.click()
  const question = panel.getByRole('group', { name: /Ångra-historiken töms/ })
  await expect(panel.getByRole('button', { name: 'Ja, radera för gott' })).toBeFocused()
  await question.scrollIntoViewIfNeeded()
  await screenshot(page, 'outcomes-privacy-erase-question')
  expect(await axe(page, '#side-panel-privacy')).toEqual([])
  // Escape answers no, and the focus goes back to the button that asked.
  await page.keyboard.press('Escape')
  await expect(question).toBeHidden()
  await expect(erase).toBeFocused()
  expect(onDisk()).toBe(true)
  await erase.click()
  await panel.getByRole('button', { name: 'Ja, radera för gott' }).click()
  await expect(panel.getByRole('status').filter({ hasText: /^Klart\. \d+ ångra-steg/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Ångra/ }).first()).toBeDisabled()
  expect(onDisk()).toBe(false)
})
