import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import mammoth from 'mammoth'
import { expect, SCREENSHOT_DIR, stickies, test } from './fixtures.ts'
import { WCAG_TAGS as WCAG } from './axe.ts'

// The report export dialog, driven by keyboard against the real host: the personal-data guard
// lists what it finds, the secretary chooses to pseudonymise, and the Word file on disk is read
// back with mammoth to prove that neither the number nor the signature left the app.

const PERSONNUMMER = '811218-9876'
const SIGNATURE = 'Kerstin Blomqvist'
const SIGNED_NOTE = 'Fler mötesplatser i Alby centrum'

interface Preview {
  sections: { id: string; title: string; hasContent: boolean }[]
  hitCount: number
  fileName: string
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('dialog.report-dialog').withTags(WCAG).analyze()
  expect(results.passes.length, 'axe checked the dialog').toBeGreaterThan(10)
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/** Press Tab until `target` has the focus: proves it is reachable by keyboard, in order. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

/** The window as a person sees it (the dialog is fixed to the viewport), its body scrolled to `part`. */
async function shot(page: Page, name: string, part: 'top' | 'choices' = 'top'): Promise<void> {
  await page.locator('.report-dialog__body').evaluate((el, to) => {
    const columns = el.querySelector('.report-dialog__columns')
    const y = to === 'top' || !columns ? 0 : columns.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop - 16
    el.scrollTo(0, y)
  }, part)
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
}

function dialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Exportera rapport till Word' })
}

test('the report is exported by keyboard, pseudonymised and without signatures', async ({ page, host, api, dataDir }) => {
  const demo = await api<{ docId: string }>('library.openDemo')
  const { data } = await api<{ data: { workshop: { currentPhaseId: string } } }>('workshop.get', { docId: demo.docId })
  const phaseId = data.workshop.currentPhaseId
  await api('sticky.add', { docId: demo.docId, phaseId, text: `Ring mig, ${PERSONNUMMER}, om bostaden` })
  await api('sticky.add', { docId: demo.docId, phaseId, text: SIGNED_NOTE, authorLabel: SIGNATURE })
  // A listed name, so the guard recognises the signature once signatures are included.
  await api('knownName.add', { docId: demo.docId, name: SIGNATURE })
  const preview = await api<Preview>('report.preview', { docId: demo.docId, options: {} })

  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(10)
  await page.locator('main').focus()
  await page.keyboard.press('Control+e')
  const box = dialog(page)
  await expect(box).toBeVisible()
  await expect(box.getByRole('heading', { level: 2 })).toBeFocused()

  // Sections from the preview; those without content cannot be chosen and say so.
  for (const s of preview.sections) {
    const check = box.getByRole('checkbox', { name: s.title, exact: true })
    if (s.hasContent) await expect(check).toBeChecked()
    else await expect(check).toBeDisabled()
  }
  const empty = preview.sections.filter((s) => !s.hasContent).length
  await expect(box.getByText('tom – tas inte med')).toHaveCount(empty)

  // The guard: the number is listed, partly hidden; the signature is not, since it is left out.
  const hits = box.getByRole('list', { name: 'Personuppgifter som hittades' })
  await expect(hits.getByRole('listitem')).toHaveCount(1)
  await expect(hits).toContainText('Personnummer')
  await expect(hits).toContainText('811218-****')
  await expect(box).not.toContainText(PERSONNUMMER)
  await expect(box).not.toContainText('Kerstin')
  await shot(page, 'report-dialog-open')

  // Including signatures runs the guard again: now the listed name on the note is found too.
  const authors = box.getByRole('checkbox', { name: 'Ta med författare på lapparna' })
  await expect(authors).not.toBeChecked()
  await tabTo(page, authors)
  await page.keyboard.press('Space')
  await expect(hits.getByRole('listitem')).toHaveCount(2)
  await expect(hits).toContainText('Signatur på lapp')
  await expect(hits).toContainText('K****** B********')
  await page.keyboard.press('Space')
  await expect(hits.getByRole('listitem')).toHaveCount(1)

  // Export without a choice is stopped, and the focus goes to the choice.
  await expect(box.getByText('En möjlig personuppgift. Välj vad som ska hända med den.')).toBeInViewport()
  const exportButton = box.getByRole('button', { name: 'Exportera', exact: true })
  await tabTo(page, exportButton)
  await page.keyboard.press('Enter')
  await expect(box.getByText('Välj vad som ska hända med personuppgifterna innan du exporterar.')).toBeVisible()
  await expect(box.getByRole('group', { name: 'Vad ska hända med dem i rapporten?' })).toBeFocused()

  expect(await violations(page)).toEqual([])

  const pseudonymise = box.getByRole('radio', { name: /Pseudonymisera i rapporten/ })
  await tabTo(page, pseudonymise)
  await page.keyboard.press('Space')
  await expect(pseudonymise).toBeChecked()
  // Beside the Export button, however far the dialog is scrolled, the guard's verdict is in view.
  await expect(box.getByText('En möjlig personuppgift pseudonymiseras i rapporten.')).toBeInViewport()

  // The proposed file is in the data folder, named from the date and the title.
  const file = box.getByRole('textbox', { name: 'Spara som' })
  await expect(file).toHaveValue(path.join(dataDir, preview.fileName))
  const target = path.join(dataDir, 'Rapport till socialnämnden.docx')
  await tabTo(page, file)
  await page.keyboard.press('Control+a')
  await page.keyboard.type(target)
  await tabTo(page, exportButton)
  await page.keyboard.press('Enter')
  await expect(box.getByRole('status')).toContainText('Rapporten är sparad.')
  await expect(box.getByRole('status')).toContainText(target)

  expect(fs.existsSync(target)).toBe(true)
  const { value: text } = await mammoth.extractRawText({ path: target })
  expect(text).toContain('Ring mig, [personnummer], om bostaden')
  expect(text).toContain(SIGNED_NOTE)
  expect(text).not.toContain(PERSONNUMMER)
  expect(text).not.toContain('9876')
  expect(text).not.toContain('Kerstin')
  expect(text).not.toContain('Blomqvist')

  expect(await violations(page)).toEqual([])
  await shot(page, 'report-dialog', 'choices')
  await shot(page, 'report-dialog-top')

  await page.keyboard.press('Escape')
  await expect(box).toBeHidden()

  // Opened again, the dialog offers to fix the texts themselves in the Personal data panel.
  await page.keyboard.press('Control+e')
  await expect(box).toBeVisible()
  await box.getByRole('button', { name: 'Rätta texterna i panelen Personuppgifter' }).press('Enter')
  await expect(box).toBeHidden()
  await expect(page.getByRole('tab', { name: 'Personuppgifter' })).toHaveAttribute('aria-selected', 'true')
})

test('phone numbers and e-mail addresses are listed partly hidden, and kept when the secretary chooses so', async ({ page, host, api, dataDir }) => {
  const demo = await api<{ docId: string }>('library.openDemo')
  const { data } = await api<{ data: { workshop: { currentPhaseId: string } } }>('workshop.get', { docId: demo.docId })
  await api('sticky.add', { docId: demo.docId, phaseId: data.workshop.currentPhaseId, text: 'Ring 070-123 45 67 eller mejla anna.berg@example.se' })
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(9)

  // Through the command palette this time: the command is there by its name.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('Exportera rapport')
  await page.keyboard.press('Enter')
  const box = dialog(page)
  await expect(box).toBeVisible()

  const hits = box.getByRole('list', { name: 'Personuppgifter som hittades' })
  await expect(hits.getByRole('listitem')).toHaveCount(2)
  await expect(hits.getByRole('listitem').filter({ hasText: 'E-postadress' })).toContainText('a***.b***@example.se')
  await expect(hits.getByRole('listitem').filter({ hasText: 'Telefonnummer' })).toContainText('070-*** ** **')
  await expect(box).not.toContainText('123 45 67')
  await expect(box).not.toContainText('anna.berg')

  // A radio group is one Tab stop; the arrow keys move within it.
  const keep = box.getByRole('radio', { name: /Ta med texten som den är/ })
  await tabTo(page, box.getByRole('radio', { name: /Pseudonymisera i rapporten/ }))
  await page.keyboard.press('ArrowDown')
  await expect(keep).toBeChecked()
  await expect(box.getByText('2 möjliga personuppgifter tas med som de är.')).toBeVisible()

  const target = path.join(dataDir, 'med samtycke.docx')
  await box.getByRole('textbox', { name: 'Spara som' }).fill(target)
  await box.getByRole('button', { name: 'Exportera', exact: true }).press('Enter')
  await expect(box.getByRole('status')).toContainText('Rapporten är sparad.')
  const { value: text } = await mammoth.extractRawText({ path: target })
  expect(text).toContain('Ring 070-123 45 67 eller mejla anna.berg@example.se')
})

test('the header saves itself, the language changes the proposal, and a missing folder is explained', async ({ page, host, api, dataDir }) => {
  const demo = await api<{ docId: string }>('library.openDemo')
  // This one in the dark theme, so both themes are checked with axe.
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)

  const open = page.getByRole('button', { name: 'Exportera rapport' })
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.locator('.topbar').screenshot({ path: path.join(SCREENSHOT_DIR, 'report-toolbar-dark.png') })
  await open.focus()
  await page.keyboard.press('Enter')
  const box = dialog(page)
  await expect(box).toBeVisible()
  await expect(box.getByText('Inga personuppgifter hittades i det som rapporten tar med.')).toBeVisible()
  expect(await violations(page)).toEqual([])
  await shot(page, 'report-dialog-dark')

  // Free text, saved on leaving the field, kept by the workshop for the next export.
  const dnr = box.getByRole('textbox', { name: 'Diarienummer' })
  await tabTo(page, dnr)
  await page.keyboard.type('SN 2025:37')
  await page.keyboard.press('Tab')
  await expect.poll(async () => (await api<{ diarienummer: string }>('report.header.get', { docId: demo.docId })).diarienummer).toBe('SN 2025:37')

  // The date is the report's own (empty means the day of export); a date that is no date is not saved.
  const date = box.getByRole('textbox', { name: 'Datum' })
  await tabTo(page, date)
  await page.keyboard.type('2025-02-31')
  await page.keyboard.press('Tab')
  await expect(box.getByText('Skriv datumet som år-månad-dag, till exempel 2025-04-10.')).toBeVisible()
  await expect(date).toHaveAttribute('aria-invalid', 'true')
  await date.fill('2025-04-10')
  await date.press('Enter')
  await expect.poll(async () => (await api<{ date: string | null }>('report.header.get', { docId: demo.docId })).date).toBe('2025-04-10')
  await expect(box.getByText('Skriv datumet som år-månad-dag')).toHaveCount(0)

  // The report's own language: section names and the proposed file name follow it.
  const file = box.getByRole('textbox', { name: 'Spara som' })
  await expect(file).toHaveValue(/2025-04-10 Rapport /)
  const english = box.getByRole('radio', { name: 'English' })
  await tabTo(page, box.getByRole('radio', { name: 'Svenska' }))
  await page.keyboard.press('ArrowRight')
  await expect(english).toBeChecked()
  await expect(box.getByRole('checkbox', { name: 'Summary', exact: true })).toBeVisible()
  await expect(file).toHaveValue(/ Report /)
  expect(path.dirname(await file.inputValue())).toBe(dataDir)

  // The core refuses a folder that does not exist; the dialog says so with the API's words.
  const missing = path.join(dataDir, 'finns-inte', 'rapport.docx')
  await file.fill(missing)
  await box.getByRole('button', { name: 'Exportera', exact: true }).press('Enter')
  await expect(box.getByRole('alert')).toContainText('Rapporten kunde inte sparas.')
  await expect(box.getByRole('alert')).toContainText('does not exist')
  expect(fs.existsSync(missing)).toBe(false)

  // A name that is not a Word file is stopped before it is sent.
  await file.fill(path.join(dataDir, 'rapport.pdf'))
  await file.press('Enter')
  await expect(box.getByText('Filnamnet ska sluta på .docx.')).toBeVisible()
  await expect(file).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(box).toBeHidden()
  await expect(open).toBeFocused()
})
