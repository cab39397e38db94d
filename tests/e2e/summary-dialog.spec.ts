import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import mammoth from 'mammoth'
import { expect, SCREENSHOT_DIR, stickies, test } from './fixtures.ts'
import { WCAG_TAGS as WCAG } from './axe.ts'

// Minnesanteckningar against the real host: the guard blocks the export while a personnummer is
// in the meeting, "Pseudonymisera alla" lets it through, the Word file on disk holds neither the
// number nor the signature, the text can be copied for an e-mail, and a correction entered in the
// dialog makes the next export version 2, which is then approved.

const PERSONNUMMER = '811218-9876'
const SIGNATURE = 'Signatur Qvist'

/** The browser's side of the page, typed here: the e2e tests compile without the DOM library. */
interface PageWindow {
  navigator: { clipboard: { readText(): Promise<string> } }
}
interface TextArea {
  value: string
  selectionStart: number
  selectionEnd: number
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('dialog.summary-dialog').withTags(WCAG).analyze()
  expect(results.passes.length, 'axe checked the dialog').toBeGreaterThan(10)
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

async function shot(page: Page, name: string, scrollTo: 'top' | 'bottom' = 'top'): Promise<void> {
  await page.locator('.summary-dialog__body').evaluate((el, where) => el.scrollTo(0, where === 'top' ? 0 : el.scrollHeight), scrollTo)
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
}

function dialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Minnesanteckningar till deltagarna' })
}

async function demoWithNumber(api: <T = unknown>(method: string, input?: unknown) => Promise<T>): Promise<string> {
  const demo = await api<{ docId: string }>('library.openDemo')
  const { data } = await api<{ data: { workshop: { currentPhaseId: string } } }>('workshop.get', { docId: demo.docId })
  const phaseId = data.workshop.currentPhaseId
  await api('sticky.add', { docId: demo.docId, phaseId, text: `Ring mig, ${PERSONNUMMER}, om bostaden`, authorLabel: SIGNATURE })
  return demo.docId
}

test('the guard blocks the export until everything is pseudonymised; the file and the copied text hold no number or signature', async ({
  page,
  host,
  api,
  context,
  dataDir
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin })
  const docId = await demoWithNumber(api)
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(9)

  const opener = page.getByRole('button', { name: 'Minnesanteckningar' })
  await opener.click()
  const box = dialog(page)
  await expect(box).toBeVisible()
  await expect(box.getByRole('heading', { level: 2 })).toBeFocused()

  // The guard lists the number, partly hidden, and never the signature.
  const hits = box.getByRole('list', { name: 'Personuppgifter som hittades' })
  await expect(hits.getByRole('listitem')).toHaveCount(1)
  await expect(hits).toContainText('Personnummer')
  await expect(hits).toContainText('811218-****')
  await expect(box).not.toContainText(PERSONNUMMER)
  await expect(box).not.toContainText(SIGNATURE)

  // The path is proposed in the data folder; Export is refused and sends the focus to the choice.
  const pathField = box.getByRole('textbox', { name: 'Spara som' })
  await expect(pathField).toHaveValue(/Minnesanteckningar – Demo Hur ska vi misslyckas med integrationen\.docx$/)
  const target = await pathField.inputValue()
  expect(path.dirname(target)).toBe(dataDir)
  const exportButton = box.getByRole('button', { name: 'Exportera version 1' })
  await expect(exportButton).toHaveAttribute('aria-disabled', 'true')
  await expect(box.getByText('Exporten är spärrad tills personuppgifterna är borta eller pseudonymiserade.').first()).toBeVisible()
  // aria-disabled keeps the button in the tab order, so the keyboard reaches it and learns why.
  await exportButton.focus()
  await page.keyboard.press('Enter')
  const pseudo = box.getByRole('checkbox', { name: 'Pseudonymisera alla' })
  await expect(pseudo).toBeFocused()
  expect(fs.existsSync(target)).toBe(false)
  expect(await violations(page)).toEqual([])
  await shot(page, 'summary-guard-blocked')

  // Pseudonymise, say how to send corrections, export.
  await page.keyboard.press('Space')
  await expect(pseudo).toBeChecked()
  await expect(exportButton).toHaveAttribute('aria-disabled', 'false')
  await box.getByRole('textbox', { name: 'Hur skickar deltagarna rättelser?' }).fill('svara på mejlet till demo@botkyrka.se')
  await exportButton.click()
  await expect(box.getByText('Version 1 är sparad och antecknad.')).toBeVisible()
  expect(fs.existsSync(target)).toBe(true)
  const text = (await mammoth.extractRawText({ path: target })).value
  expect(text).toContain('Ring mig, [personnummer], om bostaden')
  expect(text).toContain('svara på mejlet till demo@botkyrka.se')
  expect(text).not.toContain(PERSONNUMMER)
  expect(text).not.toContain(SIGNATURE)
  const versions = await api<{ version: number; pseudonymised: boolean }[]>('summary.list', { docId })
  expect(versions).toMatchObject([{ version: 1, pseudonymised: true }])

  // Copy as text, for an e-mail.
  await box.locator('.summary-dialog__foot').getByRole('button', { name: 'Kopiera som text' }).click()
  await expect(box.locator('.summary-dialog__foot').getByText('Texten är kopierad. Klistra in den i ett mejl.')).toBeVisible()
  const copied = await page.evaluate(() => (globalThis as unknown as PageWindow).navigator.clipboard.readText())
  expect(copied).toContain('DET HÄR KOM FRAM')
  expect(copied).toContain('[personnummer]')
  expect(copied).not.toContain(PERSONNUMMER)
  expect(copied).not.toContain(SIGNATURE)

  // The version is listed, and the next export would be version 2.
  await expect(box.getByRole('list', { name: 'Versioner' }).getByRole('heading', { name: 'Version 1' })).toBeVisible()
  await expect(box.getByRole('button', { name: 'Exportera version 2' })).toBeVisible()
  expect(await violations(page)).toEqual([])
  await shot(page, 'summary-exported')

  // Esc closes the dialog and gives the focus back to the button that opened it.
  await page.keyboard.press('Escape')
  await expect(box).toBeHidden()
  await expect(opener).toBeFocused()
})

test('a correction entered in the dialog makes version 2, which is approved; copying falls back to a selected field', async ({ page, host, api }) => {
  const docId = await demoWithNumber(api)
  await api('privacy.resolveAll', { docId, style: 'placeholder' })
  const first = await api<{ version: number }>('summary.export', {
    docId,
    path: path.join(host.dataDir, 'v1.docx'),
    options: { contact: 'svara på mejlet' }
  })
  expect(first.version).toBe(1)

  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(9)
  await page.getByRole('button', { name: 'Minnesanteckningar' }).click()
  const box = dialog(page)
  await expect(box.getByText('Inga namn, personnummer, telefonnummer eller e-postadresser hittades.', { exact: false })).toBeVisible()

  const v1 = box.getByRole('list', { name: 'Versioner' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Version 1' }) })
  await expect(v1.getByRole('button', { name: 'Godkänn version 1' })).toBeVisible()
  await v1.getByRole('button', { name: 'Lägg till rättelse' }).click()
  const form = box.getByRole('form', { name: 'Ny rättelse till version 1' })
  await expect(form.getByRole('combobox', { name: 'Vad ska rättas?' })).toBeFocused()
  await form.getByRole('combobox', { name: 'Vilken?' }).selectOption({ label: 'Stänga fritidsgårdar och skolor' })
  await expect(form.getByRole('textbox', { name: 'Ny text' })).toHaveValue('Stänga fritidsgårdar och skolor')
  await form.getByRole('textbox', { name: 'Ny text' }).fill('Stänga fritidsgårdar, skolor och bibliotek')
  await form.getByRole('textbox', { name: 'Vad ändrades?' }).fill('Biblioteket saknades')
  expect(await violations(page)).toEqual([])
  await shot(page, 'summary-correction-form', 'bottom')
  await form.getByRole('button', { name: 'Spara rättelsen' }).click()

  await expect(form).toBeHidden()
  const corrections = v1.getByRole('list', { name: 'Rättelser till version 1' })
  await expect(corrections).toContainText('Biblioteket saknades')
  await expect(corrections).toContainText('På begäran av en deltagare')
  await expect(v1.getByRole('button', { name: 'Godkänn version 1' })).toHaveCount(0)
  await expect(stickies(page).filter({ hasText: 'Stänga fritidsgårdar, skolor och bibliotek' })).toHaveCount(1)

  // Version 2 carries the correction; it is approved.
  await box.getByRole('button', { name: 'Exportera version 2' }).click()
  await expect(box.getByText('Version 2 är sparad och antecknad.')).toBeVisible()
  const v2 = box.getByRole('list', { name: 'Versioner' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Version 2' }) })
  await v2.getByRole('button', { name: 'Godkänn version 2' }).click()
  await expect(v2).toContainText('Godkänd')
  await expect(v2).toContainText('Rapporten använder den här versionen.')
  const listed = await api<{ version: number; approvedAt: number | null }[]>('summary.list', { docId })
  expect(listed.map((s) => [s.version, s.approvedAt !== null])).toEqual([
    [2, true],
    [1, false]
  ])

  // Without the clipboard (Electron may refuse it) the text is shown selected, ready for Ctrl+C.
  await page.evaluate(() => {
    Object.defineProperty((globalThis as unknown as PageWindow).navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true })
  })
  await v2.getByRole('button', { name: 'Kopiera som text' }).click()
  const field = v2.getByRole('textbox', { name: 'Minnesanteckningarna som text' })
  await expect(field).toBeFocused()
  await expect(field).toHaveValue(/Stänga fritidsgårdar, skolor och bibliotek/)
  await expect(field).toHaveValue(/ÄNDRAT SEDAN VERSION 1\n.*\n– Biblioteket saknades/)
  const selection = await field.evaluate((el) => {
    const area = el as unknown as TextArea
    return { selected: area.selectionEnd - area.selectionStart, length: area.value.length }
  })
  expect(selection.selected).toBe(selection.length)
  expect(await violations(page)).toEqual([])
  await shot(page, 'summary-versions', 'bottom')
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await violations(page)).toEqual([])
  await shot(page, 'summary-versions-dark', 'top')
})
