import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { card, createWorkshop, openInPage } from './board-helpers.ts'
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts'
import { WCAG_TAGS as WCAG } from './axe.ts'
import { ensurePhoneBuild, openPhone } from './phone-helpers.ts'

// Issue 8 from the facilitator's side: the "Deltagare" button and its dialog turn phones on (on
// 127.0.0.1 only: tests never listen on the room's network), the code is read off the page, two
// phone-sized browsers join and write in Swedish and Arabic, the notes wait in the Inkorg panel,
// one is approved onto the wall with the keyboard and the other deleted with the mouse (gone from
// the file too), open mode sends the next note straight to the wall, and Stop cuts the phones off.

const PROMPT = 'Var känner du dig inte välkommen i Fittja?'
const SWEDISH = 'Biblioteket stänger för tidigt för oss som jobbar skift'
const ARABIC = 'لا أشعر بالأمان في الحديقة بعد حلول الظلام'
const OPEN_MODE = 'Fritidsgården borde vara öppen på helgerna'

test.beforeAll(() => ensurePhoneBuild())

/** A screenshot for review, also copied to $PARTICIPANTS_SHOTS (parallel runs empty test-results/). */
async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file })
  const extra = process.env.PARTICIPANTS_SHOTS
  if (extra) {
    fs.mkdirSync(extra, { recursive: true })
    fs.copyFileSync(file, path.join(extra, `${name}.png`))
  }
}

async function violations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(WCAG).analyze()
  expect(results.passes.length, `axe checked ${selector}`).toBeGreaterThan(5)
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

interface Sticky {
  id: string
  text: string
  status: string
  source: string
}

test('the facilitator lets phones join, moderates their notes in the inbox, switches to open mode and stops', async ({
  page,
  host,
  api,
  browser,
  problems
}) => {
  test.setTimeout(150_000)
  const title = 'Trygghet i Fittja'
  const w = await createWorkshop(api, title)
  await api('phase.update', { docId: w.docId, id: w.phase('capture'), patch: { prompt: PROMPT } })
  await w.goTo('capture')
  const stickiesInFile = async (): Promise<Sticky[]> =>
    (await api<{ data: { stickies: Sticky[] } }>('workshop.get', { docId: w.docId })).data.stickies
  await openInPage(page, host, w.path, title)

  // --- Off by default; the dialog explains and asks ---------------------------------------------
  const opener = page.getByRole('button', { name: /^Deltagare/ })
  await expect(opener).toHaveAttribute('data-state', 'off')
  await expect(opener).toContainText('Av')
  await opener.click()
  const dialog = page.getByRole('dialog', { name: 'Låt deltagare vara med' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused()
  await expect(dialog).toContainText('De är anonyma.')
  await expect(dialog).toContainText('ingen app och inget internet')
  await expect(dialog).toContainText('samma wifi')
  await expect(dialog).toContainText('hotspot')
  const loopback = dialog.getByRole('radio', { name: /127\.0\.0\.1/ })
  await expect(loopback).toBeVisible()
  await expect(loopback).toHaveAccessibleName(/127\.0\.0\.1 bara den här datorn \(för test\)$/)
  await loopback.check()
  await expect(dialog.getByRole('radio', { name: /Granska först/ })).toBeChecked()
  expect(await violations(page, 'dialog.pt-dialog')).toEqual([])
  await shot(page, 'participants-dialog-off')

  await dialog.getByRole('button', { name: 'Starta' }).click()

  // --- On: the code, the QR code and the address, read off the page -----------------------------
  await expect(dialog.getByText('Deltagarna kan vara med nu')).toBeVisible()
  await expect(dialog.getByText('Deltagarna kan vara med nu')).toBeFocused()
  const code = (await dialog.locator('.pt-join__code-text').innerText()).trim()
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/)
  const typeUrl = (await dialog.locator('.pt-join__address').innerText()).trim()
  expect(typeUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j$/)
  const status = await api<{ running: boolean; address: string; joinCode: string; typeUrl: string; mode: string; port: number }>(
    'participants.status',
    { docId: w.docId }
  )
  expect(status).toMatchObject({ running: true, address: '127.0.0.1', joinCode: code, typeUrl, mode: 'controlled' })
  const qr = dialog.getByRole('img', { name: /QR-kod/ })
  await expect(qr).toHaveAttribute('alt', new RegExp(`127\\.0\\.0\\.1:${status.port}/j.*${code}`))
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/)
  expect(await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0)
  await expect(opener).toHaveAttribute('data-state', 'on')
  await expect(opener).toContainText('På')
  await expect(dialog.getByText('Ingen mobil är ansluten än.')).toBeVisible()

  // --- Two phones join with the code from the page ----------------------------------------------
  const a = await openPhone(browser, problems, 'sv-SE')
  await a.page.goto(typeUrl)
  await a.page.getByLabel('Kod').fill(code)
  await a.page.getByRole('button', { name: 'Gå med' }).click()
  await expect(a.page.getByRole('heading', { name: PROMPT })).toBeVisible()
  const b = await openPhone(browser, problems, 'ar')
  await b.page.goto(typeUrl)
  await b.page.getByLabel('الرمز').fill(code)
  await b.page.getByRole('button', { name: 'انضمّ' }).click()
  await expect(b.page.getByLabel('ورقتك')).toBeVisible()

  // The count follows the room live (the host announces changes every few seconds).
  await expect(dialog.getByText('2 mobiler är anslutna.')).toBeVisible({ timeout: 15_000 })
  await expect(opener).toContainText('2')
  expect(await violations(page, 'dialog.pt-dialog')).toEqual([])
  await shot(page, 'participants-dialog-running')
  // Dark rooms: the QR code keeps its white ground and quiet zone.
  await page.emulateMedia({ colorScheme: 'dark' })
  // Buttons fade their colours over 120 ms; axe must see where they end.
  await page.waitForTimeout(400)
  expect(await violations(page, 'dialog.pt-dialog')).toEqual([])
  await shot(page, 'participants-dialog-running-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()

  // --- Controlled mode: the notes wait in the inbox ---------------------------------------------
  await a.page.getByLabel('Din lapp').fill(SWEDISH)
  await a.page.getByRole('button', { name: 'Skicka' }).click()
  await expect(a.page.getByText('Tack! Din lapp har kommit fram.')).toBeVisible()
  await expect(page.locator('.visually-hidden[role="status"]')).toHaveText('Ny lapp i inkorgen')
  await b.page.getByLabel('ورقتك').fill(ARABIC)
  await b.page.getByRole('button', { name: 'إرسال' }).click()
  await expect(b.page.getByText('شكرًا! وصلت ورقتك.')).toBeVisible()

  const tab = page.getByRole('tab', { name: /^Inkorg/ })
  await expect(tab).toHaveAccessibleName(/^Inkorg\s*, 2 lappar väntar$/)
  // Nothing reached the wall yet.
  await expect(card(page, SWEDISH)).toHaveCount(0)
  await tab.click()
  const inbox = page.getByRole('tabpanel', { name: /^Inkorg/ })
  const list = inbox.getByRole('listbox', { name: 'Lappar som väntar' })
  const options = list.getByRole('option')
  await expect(options).toHaveCount(2)
  await expect(options.nth(0)).toContainText(SWEDISH)
  await expect(options.nth(1)).toContainText(ARABIC)
  await expect(options.nth(1).locator('.inbox-note__text')).toHaveAttribute('dir', 'auto')
  await expect(options.nth(0)).toContainText(/kl\. \d{1,2}\.\d\d/)
  await expect(inbox).toContainText('raderas för gott')
  expect(await violations(page, '#side-panel-inbox')).toEqual([])

  // Keyboard: into the list, Space selects, arrows move, A approves.
  await options.nth(0).focus()
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(options.nth(0)).toBeFocused()
  await page.keyboard.press(' ')
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'false')
  await expect(inbox).toContainText('1 markerad')
  await shot(page, 'participants-inbox')
  await page.keyboard.press('a')
  await expect(card(page, SWEDISH)).toHaveCount(1)
  await expect(options).toHaveCount(1)
  await expect(options.nth(0)).toContainText(ARABIC)
  // The focus stays in the list, on the note that is left.
  await expect(options.nth(0)).toBeFocused()
  await expect(tab).toHaveAccessibleName(/^Inkorg\s*, 1 lapp väntar$/)

  // Delete asks first; Esc answers no and gives the focus back to the note.
  await page.keyboard.press('Delete')
  await expect(inbox.getByRole('group', { name: 'Ta bort' })).toContainText('Radera 1 lapp för gott?')
  await expect(inbox.getByRole('button', { name: 'Ja, radera' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(inbox.getByRole('group', { name: 'Ta bort' })).toHaveCount(0)
  await expect(options.nth(0)).toBeFocused()
  await expect(options).toHaveCount(1)

  // Mouse: select the Arabic note and remove it; the question says it is deleted for good.
  await options.nth(0).click()
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
  await inbox.getByRole('button', { name: 'Ta bort' }).click()
  const confirm = inbox.getByRole('group', { name: 'Ta bort' })
  await expect(confirm).toContainText('Radera 1 lapp för gott? Den kan inte tas tillbaka.')
  await expect(confirm.getByRole('button', { name: 'Ja, radera' })).toBeFocused()
  expect(await violations(page, '#side-panel-inbox')).toEqual([])
  await confirm.getByRole('button', { name: 'Ja, radera' }).click()
  await expect(inbox.getByText('Inga lappar väntar.')).toBeVisible()
  await expect(inbox.getByText('Inga lappar väntar.')).toBeFocused()
  await expect(tab).toHaveAccessibleName('Inkorg')
  await expect(card(page, ARABIC)).toHaveCount(0)
  let inFile = await stickiesInFile()
  expect(inFile.find((s) => s.text === ARABIC), 'the removed note is deleted from the file').toBeUndefined()
  expect(inFile.filter((s) => s.source === 'participant').map((s) => [s.text, s.status])).toEqual([[SWEDISH, 'board']])
  await shot(page, 'participants-inbox-empty')

  // --- Open mode: the next note goes straight to the wall ---------------------------------------
  await opener.click()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: /Direkt till tavlan/ }).check()
  await expect.poll(async () => (await api<{ mode: string }>('participants.status', { docId: w.docId })).mode).toBe('open')
  await expect(dialog.getByRole('radio', { name: /Direkt till tavlan/ })).toBeChecked()
  await expect(inbox).toContainText('Mobilerna skickar just nu direkt till tavlan.')
  await a.page.getByLabel('Din lapp').fill(OPEN_MODE)
  await a.page.getByRole('button', { name: 'Skicka' }).click()
  await expect(a.page.getByText('Tack! Din lapp har kommit fram.')).toBeVisible()
  await expect(card(page, OPEN_MODE)).toHaveCount(1)
  // Straight to the wall, and a screen reader hears it there, not as an inbox note.
  await expect(page.locator('.visually-hidden[role="status"]')).toHaveText('Ny lapp från en mobil på tavlan')
  await expect(inbox.getByText('Inga lappar väntar.')).toBeVisible()
  inFile = await stickiesInFile()
  expect(inFile.find((s) => s.text === OPEN_MODE)?.status).toBe('board')

  // --- Stop, after one question: the phones lose contact at once --------------------------------
  await dialog.getByRole('button', { name: 'Stoppa' }).click()
  const stopGroup = dialog.getByRole('group', { name: 'Stoppa' })
  await expect(stopGroup).toContainText('Alla mobiler tappar kontakten direkt')
  // Esc answers no and keeps the dialog open.
  await page.keyboard.press('Escape')
  await expect(stopGroup).toBeHidden()
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Stoppa' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Stoppa' }).click()
  await dialog.getByRole('button', { name: 'Ja, stoppa' }).click()
  await expect(dialog.getByRole('button', { name: 'Starta' })).toBeVisible()
  await expect(opener).toHaveAttribute('data-state', 'off')
  expect((await api<{ running: boolean }>('participants.status', { docId: w.docId })).running).toBe(false)
  await expect(a.page.getByText('Ingen kontakt med datorn. Är du på samma wifi?')).toBeVisible({ timeout: 10_000 })
  const refused = await fetch(typeUrl).then(
    () => 'connected',
    (e: { cause?: { code?: string } }) => e.cause?.code ?? 'error'
  )
  expect(refused).toBe('ECONNREFUSED')

  for (const phone of [a, b]) await phone.context.close()
})
