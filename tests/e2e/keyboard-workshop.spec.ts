import fs from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import mammoth from 'mammoth'
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts'

// Issue 11, item 4: a whole workshop without a single mouse event. From the start page: a method
// template made one's own (phases removed, a time changed), a workshop from it, its set-up, the
// meeting run phase by phase, notes captured, grouped and a group named, dots typed in and the
// result shown, meeting notes written, and the Word report exported and read back.
//
// Only page.keyboard acts here: no click, fill, check, hover, drag, or even locator.focus(). Every
// control is reached with Tab, arrows and the app's shortcuts, and a guard in the page counts any
// real pointer input (a button pressed with Enter or Space fires a click too, but with detail 0).

const NOTES = [
  'Bussen går för sällan',
  'Bussen är alltid försenad',
  'Ingen belysning i parken',
  'Dålig belysning på gångvägen',
  'Skräp på torget',
  'Polisen syns aldrig'
]
const NOTES_TEXT = 'Gruppen vill börja med belysningen, sedan bussarna.'

/** The browser globals the page scripts below use (this tsconfig has no DOM library). */
interface PointerGuardGlobals {
  addEventListener(type: string, listener: (event: PointerLike) => void, capture: boolean): void
  __pointerUse?: string[]
}
interface PointerLike {
  type: string
  isTrusted: boolean
  detail?: number
  pointerType?: string
  target: { nodeName?: string } | null
}

/** Record every real pointer input in each document the page loads. */
async function guardPointer(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const g = globalThis as unknown as PointerGuardGlobals
    const seen: string[] = []
    g.__pointerUse = seen
    const note = (event: PointerLike): void => {
      if (!event.isTrusted) return
      // Enter or Space on a button, checkbox or radio fires a trusted click with detail 0.
      if ((event.type === 'click' || event.type === 'dblclick') && event.detail === 0) return
      seen.push(`${event.type}${event.pointerType ? `(${event.pointerType})` : ''} on ${event.target?.nodeName ?? '?'}`)
    }
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'touchstart', 'wheel', 'dragstart']) {
      g.addEventListener(type, note, true)
    }
  })
}

async function pointerUse(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as PointerGuardGlobals).__pointerUse ?? ['the guard is not installed'])
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el: { matches(selector: string): boolean }) => el.matches(':focus'))
}

/** Press Tab (or Shift+Tab) until `target` has the focus: it is reachable, in order. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  await expect(target).toBeVisible()
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  await expect(target, `${max} × ${back ? 'Shift+Tab' : 'Tab'} never reached it`).toBeFocused()
}

async function palette(page: Page, search: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Kommandon' })
  await page.keyboard.press('Control+k')
  await expect(dialog).toBeVisible()
  await page.keyboard.type(search)
  await expect(dialog.getByRole('option').first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
}

/**
 * A date typed into a focused date field. Debian's Chromium lays the field out month/day/year
 * whatever the page's language, and moves to the next part as each is complete.
 */
async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-')
  await page.keyboard.type(`${m}${d}${y}`)
  await expect(field).toHaveValue(iso)
}

/** What is on screen (not the full page, whose sticky bars would smear), with the focus ring. */
async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file })
  const extra = process.env.KEYBOARD_SHOTS
  if (extra) {
    fs.mkdirSync(extra, { recursive: true })
    fs.copyFileSync(file, path.join(extra, `${name}.png`))
  }
}

const card = (page: Page, text: string): Locator =>
  page.locator('[data-sticky-id]').filter({ has: page.locator('.sticky__text').getByText(text, { exact: true }) })
const clusterSection = (page: Page, title: string | RegExp): Locator =>
  page.locator('section.cluster').filter({ has: page.getByRole('heading', { level: 3, name: title }) })
const current = (page: Page): Locator => page.locator('.phase-rail [aria-current="step"]')

test('a whole workshop, from the start page to the Word report, by keyboard alone', async ({ page, host, dataDir }) => {
  test.setTimeout(90_000)
  await guardPointer(page)
  await page.goto(`${host.url}#/`)
  await expect(page.getByRole('heading', { level: 1, name: 'Medskapa' })).toBeVisible()

  // --- 1. A method template of one's own: the dystopia exercise, shorter ----------------------
  await tabTo(page, page.getByRole('link', { name: 'Egna mallar' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Mallar för metoder' })).toBeVisible()
  await tabTo(page, page.getByRole('button', { name: 'Kopiera Dystopiövningen' }))
  await page.keyboard.press('Enter')
  // The editor opens beside the lists and the focus goes with it.
  const editor = page.locator('section.template-editor')
  await expect(editor.getByRole('heading', { level: 2, name: 'Dystopiövningen (kopia)' })).toBeFocused()
  await tabTo(page, editor.getByRole('textbox', { name: 'Namn (svenska)' }))
  await page.keyboard.press('Control+a')
  await page.keyboard.type('Kort dystopi')

  // Three phases out: choose each, then its remove button; the focus stays in the list.
  const phaseList = editor.locator('.phase-list__items')
  for (const [title, after] of [
    ['Effektkedja', 'Vänd till första steg'],
    ['Vänd till första steg', 'Prioritera'],
    ['Reflektion', 'Gruppera']
  ]) {
    await tabTo(page, phaseList.getByRole('button', { name: new RegExp(`^\\d\\. ${title}`) }), { back: true })
    await page.keyboard.press('Enter')
    await tabTo(page, phaseList.getByRole('button', { name: `Ta bort fasen ${title}` }))
    await page.keyboard.press('Enter')
    await expect(phaseList.getByRole('button', { name: new RegExp(`^\\d\\. ${after}`) })).toBeFocused()
  }
  await expect(phaseList.locator('.phase-list__title')).toHaveText(['1. Inledning', '2. Skapa dystopin', '3. Gruppera', '4. Prioritera', '5. Avslutning'])
  // Capture gets 12 minutes instead of 15.
  await tabTo(page, phaseList.getByRole('button', { name: /^2\. Skapa dystopin/ }), { back: true })
  await page.keyboard.press('Enter')
  const minutes = editor.getByRole('spinbutton', { name: 'Tid i minuter' })
  await tabTo(page, minutes)
  await page.keyboard.press('Control+a')
  await page.keyboard.type('12')
  await expect(phaseList.getByRole('button', { name: /^2\. Skapa dystopin/ })).toContainText('12 min')

  // Saved with its button, which keeps the focus; closed, the focus is back on the template.
  const save = editor.getByRole('button', { name: 'Spara mallen' })
  await tabTo(page, save, { back: true })
  await page.keyboard.press('Enter')
  await expect(editor.getByRole('status')).toHaveText('Allt är sparat')
  await expect(save).toBeFocused()
  await shot(page, 'keyboard-workshop-template')
  await tabTo(page, editor.getByRole('button', { name: 'Stäng' }))
  await page.keyboard.press('Enter')
  await expect(editor).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Ändra Kort dystopi' })).toBeFocused()

  // --- 2. A new workshop from it ----------------------------------------------------------------
  await palette(page, 'ny workshop')
  await expect(page.getByLabel('Namn på workshoppen')).toBeFocused()
  await page.keyboard.type('Trygghet i Alby')
  await page.keyboard.press('Tab')
  const method = page.getByLabel('Metod')
  await expect(method).toBeFocused()
  // Own templates come last in the list.
  await page.keyboard.press('End')
  await expect(method).toHaveValue('dystopiovningen-kopia')
  await expect(page.locator('#new-method-about')).toContainText('5 faser')
  await tabTo(page, page.getByRole('button', { name: 'Skapa workshop' }))
  await page.keyboard.press('Enter')

  // --- 3. The set-up: purpose, ladder, the meeting's date and place ----------------------------
  await expect(page).toHaveURL(/#\/setup\?path=/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trygghet i Alby')
  await tabTo(page, page.getByLabel('Syfte'))
  await page.keyboard.type('Hitta första steg mot en tryggare stadsdel.')
  await tabTo(page, page.getByRole('radio', { name: /Information/ }))
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: /Dialog/ })).toBeChecked()
  await expect(page.locator('.agenda__phases')).toHaveText('Inledning · Skapa dystopin · Gruppera · Prioritera · Avslutning')
  const date = page.getByLabel('Datum för träff 1')
  await tabTo(page, date)
  await typeDate(page, date, '2025-03-12')
  await page.keyboard.press('Tab')
  await tabTo(page, page.getByLabel('Plats för träff 1'))
  await page.keyboard.type('Alby bibliotek')
  await page.keyboard.press('Tab')
  await expect(page.locator('.start-checklist__item--missing')).toHaveCount(0)
  await shot(page, 'keyboard-workshop-setup')
  await tabTo(page, page.getByRole('button', { name: /Starta träff 1/ }))
  await page.keyboard.press('Enter')

  // --- 4. The meeting: phase to phase, notes captured -------------------------------------------
  await expect(page).toHaveURL(/#\/w\?path=/)
  await expect(current(page)).toContainText('Inledning')
  await page.keyboard.press('Control+ArrowRight')
  await expect(current(page)).toContainText('Skapa dystopin')
  await expect(page.locator('.timer__of')).toHaveText('av 12 min')
  await page.keyboard.press('n')
  await expect(page.getByRole('textbox', { name: 'Ny lapp' })).toBeFocused()
  for (const text of NOTES) {
    await page.keyboard.type(text)
    await page.keyboard.press('Enter')
  }
  await expect(page.locator('[data-sticky-id]')).toHaveCount(NOTES.length)
  // Out of the field (single keys are typing there), then on to grouping.
  await page.keyboard.press('Tab')
  await page.keyboard.press('t')
  await expect(page.locator('.timer')).toHaveAttribute('data-running', 'true')
  await page.keyboard.press('Control+ArrowRight')
  await expect(current(page)).toContainText('Gruppera')
  // The capture tools went with the phase; the focus is in the main area, not at the page's top.
  await expect(page.locator('main')).toBeFocused()

  // --- 5. Grouping by keyboard -------------------------------------------------------------------
  await tabTo(page, page.getByRole('button', { name: `Hämta alla ${NOTES.length} hit` }))
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-sticky-id]')).toHaveCount(NOTES.length)
  await expect(card(page, NOTES[0])).toBeFocused()
  // Space marks, ↓ moves, Space marks, G makes a group of the two.
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await expect(card(page, NOTES[1])).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByRole('toolbar', { name: 'Markerade lappar' })).toContainText('2 lappar markerade')
  await page.keyboard.press('g')
  const buses = clusterSection(page, 'Bussen')
  await expect(buses.locator('[data-sticky-id]')).toHaveCount(2)
  await expect(card(page, NOTES[0])).toBeFocused()
  // Named from its "⋯" tools; Enter saves, and the focus is back on "⋯".
  const tools = buses.getByRole('button', { name: 'Mer för gruppen Bussen' })
  await tabTo(page, tools, { back: true })
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(buses.getByRole('button', { name: 'Byt namn' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: /Gruppens namn/ })).toBeFocused()
  await page.keyboard.type('Kollektivtrafik')
  await page.keyboard.press('Enter')
  const transport = clusterSection(page, 'Kollektivtrafik')
  await expect(transport.getByRole('button', { name: 'Mer för gruppen Kollektivtrafik' })).toBeFocused()
  // The suggestion for the two notes on lighting, accepted: the focus goes to the new group.
  const light = page.locator('.suggestion').filter({ hasText: NOTES[2] })
  await tabTo(page, light.getByRole('button', { name: 'Godta' }), { back: true })
  await page.keyboard.press('Enter')
  const lights = clusterSection(page, /belysning/i)
  await expect(lights.locator('[data-sticky-id]')).toHaveCount(2)
  await expect(card(page, NOTES[2])).toBeFocused()
  await expect(page.locator('section.board__unsorted [data-sticky-id]')).toHaveCount(2)
  await shot(page, 'keyboard-workshop-clustered')

  // --- 6. Dot voting: tallies typed from paper, the result shown --------------------------------
  await page.keyboard.press('Control+ArrowRight')
  await expect(current(page)).toContainText('Prioritera')
  await expect(page.locator('main')).toBeFocused()
  // Dots on the groups: the radio group is one Tab stop, the arrows choose.
  const onGroups = page.getByRole('radio', { name: 'Grupper' })
  await tabTo(page, page.getByRole('radio', { name: 'Lappar' }))
  await page.keyboard.press('ArrowUp')
  await expect(onGroups).toBeChecked()
  const table = page.getByRole('table', { name: 'Räkna in prickar från papper' })
  await expect(table.getByRole('row')).toHaveCount(5)
  await tabTo(page, table.getByRole('textbox').first())
  // Board order: Kollektivtrafik, Belysning, then the two notes of their own.
  for (const n of ['5', '9', '2', '1']) {
    await page.keyboard.type(n)
    await page.keyboard.press('Enter')
  }
  await expect(page.getByText('17 prickar inräknade.')).toBeVisible()
  // Enter on the last row saved it in place; Tab goes on to the reveal.
  await expect(table.getByRole('textbox').last()).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Visa resultatet' })).toBeFocused()
  await page.keyboard.press('Enter')
  const results = page.locator('.results__row')
  await expect(results.first()).toContainText(/belysning/i)
  await expect(results.first()).toContainText('9 prickar')
  await expect(results.nth(1)).toContainText('Kollektivtrafik')
  await expect(results.nth(1)).toContainText('5 prickar')
  await expect(page.getByRole('button', { name: 'Dölj resultatet' })).toBeFocused()
  await shot(page, 'keyboard-workshop-result')

  // --- 7. Meeting notes: Alt+N puts the caret in them --------------------------------------------
  await page.keyboard.press('Alt+n')
  const notes = page.getByRole('textbox', { name: /^Anteckningar för/ })
  await expect(notes).toBeFocused()
  await page.keyboard.type('Gruppen vill börja med ')
  await page.keyboard.press('Control+b')
  await page.keyboard.type('belysningen')
  await page.keyboard.press('Control+b')
  await page.keyboard.type(', sedan bussarna.')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+Shift+Digit8')
  await page.keyboard.type('Lampor vid gångvägen')
  await expect(notes.locator('strong, b')).toHaveText('belysningen')
  await expect(notes.locator('ul > li')).toHaveText(['Lampor vid gångvägen'])
  await shot(page, 'keyboard-workshop-notes')

  // --- 8. The last phase, the meeting finished ----------------------------------------------------
  // Ctrl+→ is the editor's "next word"; leave it for the page first.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Control+ArrowRight')
  await expect(current(page)).toContainText('Avslutning')
  await tabTo(page, page.getByRole('button', { name: /Avsluta träffen/ }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Träff 1 är avslutad.' })).toBeVisible()

  // --- 9. The Word report, through the export dialog ---------------------------------------------
  await page.keyboard.press('Control+e')
  const exportDialog = page.getByRole('dialog', { name: 'Exportera rapport till Word' })
  await expect(exportDialog).toBeVisible()
  await expect(exportDialog.getByRole('heading', { level: 2 })).toBeFocused()
  const target = path.join(dataDir, 'Trygghet i Alby, tangentbord.docx')
  await tabTo(page, exportDialog.getByRole('textbox', { name: 'Spara som' }))
  await page.keyboard.press('Control+a')
  await page.keyboard.type(target)
  await tabTo(page, exportDialog.getByRole('button', { name: 'Exportera', exact: true }))
  await page.keyboard.press('Enter')
  await expect(exportDialog.getByRole('status')).toContainText('Rapporten är sparad.')
  await shot(page, 'keyboard-workshop-export')
  await page.keyboard.press('Escape')
  await expect(exportDialog).toBeHidden()

  expect(fs.existsSync(target)).toBe(true)
  const { value: report } = await mammoth.extractRawText({ path: target })
  for (const text of NOTES) expect(report).toContain(text)
  expect(report).toContain('Kollektivtrafik')
  expect(report).toContain(NOTES_TEXT)
  expect(report).toContain('Lampor vid gångvägen')
  expect(report).toContain('Hitta första steg mot en tryggare stadsdel.')
  expect(report).toContain('12 mars 2025')
  expect(report).toContain('Inledning, Skapa dystopin, Gruppera, Prioritera, Avslutning')

  // Not one pointer event, in any document the page loaded.
  expect(await pointerUse(page)).toEqual([])
})
