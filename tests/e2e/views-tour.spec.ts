import fs from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { axeViolations } from './axe.ts'
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts'
import { ensurePhoneBuild, openPhone, type PhoneSize } from './phone-helpers.ts'
import { openProjectorPage, screen } from './projector-helpers.ts'
import { seedTour, type Language } from './tour-helpers.ts'

// Every view and main state of the app, twice: in English at 1440×900, and in Swedish at 200 %
// zoom (a 720×450 CSS viewport on 1440×900 device pixels, which is what Chromium lays out when a
// 1440×900 window is zoomed to 200 %). Each view is scanned with axe for WCAG 2.2 A/AA and
// photographed for review; at 200 % the page must also reflow without sideways scrolling
// (WCAG 1.4.4 and 1.4.10) and keep its main controls within reach.

interface Config {
  name: 'en' | 'zoom200'
  language: Language
  viewport: { width: number; height: number }
  deviceScaleFactor: number
  /** The phone at the same setting: a phone at 200 % is narrower than WCAG's 320 px reflow width, so that width is used. */
  phone: PhoneSize
}

const CONFIGS: Config[] = [
  {
    name: 'en',
    language: 'en',
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 }
  },
  {
    name: 'zoom200',
    language: 'sv',
    viewport: { width: 720, height: 450 },
    deviceScaleFactor: 2,
    phone: { viewport: { width: 320, height: 568 }, deviceScaleFactor: 2 }
  }
]

// The few labels the tour clicks, in the interface language.
const LABEL = {
  sv: {
    language: 'Språk',
    results: 'Resultat',
    report: 'Exportera rapport',
    export: 'Exportera',
    summary: 'Minnesanteckningar',
    participants: /^Deltagare/,
    notes: 'Anteckningar',
    inbox: /^Inkorg/,
    effects: 'Effektkedja',
    proposals: 'Rekommendationer',
    answers: 'Svar'
  },
  en: {
    language: 'Language',
    results: 'Results',
    report: 'Export report',
    export: 'Export',
    summary: 'Meeting notes',
    participants: /^Participants/,
    notes: 'Notes',
    inbox: /^Inbox/,
    effects: 'Effect chain',
    proposals: 'Recommendations',
    answers: 'Answers'
  }
} as const

/** Sideways overflow of the page in CSS pixels (0 when it reflows), and the outermost elements that stick out. */
async function sidewaysOverflow(page: Page): Promise<{ px: number; culprits: string[] }> {
  // A string, as it runs in the page: this file is type-checked without the DOM's types.
  return page.evaluate<{ px: number; culprits: string[] }>(`(() => {
    const width = window.innerWidth
    const px = document.scrollingElement.scrollWidth - width
    const culprits = []
    if (px > 1) {
      for (const el of document.body.querySelectorAll('*')) {
        if (el.getBoundingClientRect().right <= width + 1) continue
        // Inside a scrolling box (a wide table) only what is positioned past its box escapes it.
        const absolute = getComputedStyle(el).position === 'absolute'
        if (!absolute && el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1) continue
        let clipped = false
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') clipped = true
        if (clipped && !absolute) continue
        culprits.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''))
      }
    }
    return { px, culprits: culprits.slice(0, 5) }
  })()`)
}

/** A control is reachable when it can be scrolled into the window and lies within its width. */
async function expectReachable(page: Page, control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded()
  await expect.soft(control).toBeInViewport()
  const box = await control.boundingBox()
  const width = page.viewportSize()?.width ?? 0
  expect(box, `${control.toString()} has a box`).not.toBeNull()
  expect.soft(box!.x, `${control.toString()} starts inside the window`).toBeGreaterThanOrEqual(-1)
  expect.soft(box!.x + box!.width, `${control.toString()} ends inside the window`).toBeLessThanOrEqual(width + 1)
}

function copyShot(name: string): void {
  const extra = process.env.TOUR_SHOTS
  if (!extra) return
  fs.mkdirSync(extra, { recursive: true })
  fs.copyFileSync(path.join(SCREENSHOT_DIR, `${name}.png`), path.join(extra, `${name}.png`))
}

for (const config of CONFIGS) {
  test.describe(`views tour (${config.name})`, () => {
    test.use({ viewport: config.viewport, deviceScaleFactor: config.deviceScaleFactor, locale: config.language === 'sv' ? 'sv-SE' : 'en-GB' })
    test.beforeAll(() => ensurePhoneBuild())

    const title = `every view passes axe and ${config.name === 'zoom200' ? 'reflows at 200 %' : 'reads in English'}`
    test(title, async ({ page, context, host, api, browser, problems }) => {
      test.setTimeout(120_000)
      const zoomed = config.name === 'zoom200'
      const L = LABEL[config.language]
      const ws = await seedTour(api, config.language)
      const scanned: string[] = []

      /** Scan, check reflow and reach at 200 %, and photograph one view. */
      const look = async (
        target: Page,
        view: string,
        opts: { include?: string; controls?: Locator[]; minPasses?: number; fullPage?: boolean; scroller?: string } = {}
      ): Promise<void> => {
        if (zoomed) {
          // Soft, so that one run lists every view that does not reflow.
          const overflow = await sidewaysOverflow(target)
          expect.soft(overflow.px, `${view}: no sideways scrolling at 200 % (${overflow.culprits.join(', ')})`).toBeLessThanOrEqual(1)
          for (const control of opts.controls ?? []) await expectReachable(target, control)
        }
        // The interface stays in the chosen language on every view of the facilitator's page.
        if (target === page) await expect(page.locator('html')).toHaveAttribute('lang', config.language)
        expect.soft(await axeViolations(target, opts.include, opts.minPasses), `${view}: axe`).toEqual([])
        const name = `tour-${config.name}-${view}`
        // A dialog scrolls in its body, or as a whole in a short window: both back to the top.
        if (opts.scroller) {
          for (const el of await target.locator(opts.scroller).all()) await el.evaluate((e) => e.scrollTo(0, 0))
        }
        await target.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0))
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
        await target.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: opts.fullPage ?? true })
        copyShot(name)
        scanned.push(view)
      }
      const go = async (hash: string): Promise<void> => {
        await page.evaluate((h) => {
          ;(globalThis as unknown as { location: { hash: string } }).location.hash = h
        }, hash)
      }
      const rail = page.locator('.phase-rail [aria-current="step"]')
      const at = async (kind: string): Promise<void> => {
        await ws.goTo(kind)
        await expect(rail).toContainText(ws.phaseTitle(kind))
        await page.locator('main').focus()
      }
      const tools = page.getByRole('toolbar')
      const nextPhase = page.locator('.phase-nav .button--primary')

      // --- Start page; in English, reached through the language switch itself -----------------
      await page.goto(host.url)
      await page.waitForURL(/#\/w\?/)
      await go('#/')
      await expect(page.locator('.start__title')).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
      if (config.language === 'en') {
        await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click()
        await expect(page.locator('html')).toHaveAttribute('lang', 'en')
        await expect(page.getByRole('heading', { name: 'New workshop' })).toBeVisible()
        await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')
      }
      const languages = page.getByRole('group', { name: L.language, exact: true })
      await look(page, 'start', { controls: [page.locator('.start__main button[type="submit"]').first(), languages] })

      // --- Set-up -------------------------------------------------------------------------------
      await go(`#/setup?${new URLSearchParams({ path: ws.path }).toString()}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ws.title)
      await look(page, 'setup', { controls: [page.locator('a.button--primary.button--large').first(), languages] })

      // --- Run mode, one phase of each kind -------------------------------------------------------
      // The first is scanned whole (top bar, phase rail, side tabs); after it only what changes:
      // the main area, then each side panel.
      await go(`#/w?${new URLSearchParams({ path: ws.path }).toString()}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ws.title)
      await at('inform')
      await look(page, 'run-inform', { controls: [nextPhase, tools.getByRole('button', { name: L.results })] })
      await at('capture')
      await expect(page.locator('[data-sticky-id]')).toHaveCount(9)
      await look(page, 'run-capture', { include: 'main', controls: [page.locator('main .capture textarea').first(), nextPhase] })
      await at('cluster')
      await expect(page.locator('section.cluster')).toHaveCount(4)
      await look(page, 'run-cluster', { include: 'main', controls: [page.locator('section.cluster').first(), nextPhase] })
      await at('reflect')
      await look(page, 'run-reflect', { include: 'main', controls: [page.locator('li.item').first(), nextPhase] })
      await at('vote')
      await expect(page.locator('.results__row')).toHaveCount(4)
      await look(page, 'run-vote-revealed', { include: 'main', controls: [page.locator('.results__row').first(), nextPhase] })
      await at('invert')
      await look(page, 'run-invert', { include: 'main', controls: [page.locator('li.item form').first(), nextPhase] })
      await at('effect_chain')
      await expect(page.locator('main tr[data-effect-row-id]')).toHaveCount(2)
      const firstCell = page.locator('main tr[data-effect-row-id] textarea, main tr[data-effect-row-id] input').first()
      await look(page, 'run-effect-chain', { include: 'main', controls: [firstCell, nextPhase] })
      await at('proposals')
      await look(page, 'run-proposals', { include: 'main', controls: [page.locator('main .proposal-form button[type="submit"]'), nextPhase] })
      await at('responses')
      await look(page, 'run-responses', { include: 'main', controls: [page.locator('main .answer-block button').first(), nextPhase] })
      await at('free_notes')
      const phaseEditor = page.locator('main .workspace-notes [contenteditable="true"]')
      await expect(phaseEditor).toBeVisible()
      await look(page, 'run-free-notes', { include: 'main', controls: [phaseEditor, nextPhase] })

      // --- Side panels: notes (Lexical) and the phones' inbox --------------------------------------
      await at('capture')
      await page.getByRole('tab', { name: L.notes, exact: true }).click()
      const notesPanel = page.locator('#side-panel-notes')
      await expect(notesPanel.locator('[contenteditable="true"]')).toBeVisible()
      const captureField = page.locator('main .capture textarea').first()
      await look(page, 'notes-panel', { include: '#side-panel-notes', controls: [notesPanel.locator('[contenteditable="true"]'), captureField] })
      await page.getByRole('tab', { name: L.inbox }).click()
      const inbox = page.locator('#side-panel-inbox')
      await expect(inbox.getByRole('option')).toHaveCount(2)
      await look(page, 'inbox-panel', { include: '#side-panel-inbox', controls: [inbox.getByRole('option').first()] })
      await page.getByRole('tab', { name: L.inbox }).click()

      // --- Results: effect chain, recommendations, answers ------------------------------------------
      await tools.getByRole('button', { name: L.results }).click()
      const outcomes = page.locator('dialog.modal--full')
      await expect(outcomes).toBeVisible()
      for (const [tab, name] of [
        ['effects', L.effects],
        ['proposals', L.proposals],
        ['answers', L.answers]
      ] as const) {
        const tabButton = outcomes.getByRole('tab', { name, exact: true })
        await tabButton.click()
        await expect(tabButton).toHaveAttribute('aria-selected', 'true')
        await look(page, `outcomes-${tab}`, {
          include: 'dialog.modal--full',
          fullPage: false,
          scroller: 'dialog.modal--full',
          controls: [tabButton, outcomes.locator('.modal__header .button')]
        })
      }
      await page.keyboard.press('Escape')
      await expect(outcomes).toHaveCount(0)

      // --- Report, meeting notes and participants dialogs ---------------------------------------
      await tools.getByRole('button', { name: L.report }).click()
      const report = page.locator('dialog.report-dialog')
      await expect(report).toBeVisible()
      await look(page, 'report-dialog', {
        include: 'dialog.report-dialog',
        fullPage: false,
        scroller: 'dialog.report-dialog, .report-dialog__body',
        controls: [report.getByRole('button', { name: L.export, exact: true })]
      })
      await page.keyboard.press('Escape')
      await expect(report).toBeHidden()

      await tools.getByRole('button', { name: L.summary }).click()
      const summary = page.locator('dialog.summary-dialog')
      await expect(summary).toBeVisible()
      await look(page, 'summary-dialog', {
        include: 'dialog.summary-dialog',
        fullPage: false,
        scroller: 'dialog.summary-dialog, .summary-dialog__body',
        controls: [summary.locator('.summary-dialog__foot button').first()]
      })
      await page.keyboard.press('Escape')
      await expect(summary).toBeHidden()

      await tools.getByRole('button', { name: L.participants }).click()
      const participants = page.locator('dialog.pt-dialog')
      await expect(participants.locator('.pt-join__code-text')).toBeVisible()
      await look(page, 'participants-dialog', {
        include: 'dialog.pt-dialog',
        fullPage: false,
        scroller: 'dialog.pt-dialog, dialog.pt-dialog .dialog__body',
        controls: [participants.locator('.pt-join__code-text')]
      })
      await page.keyboard.press('Escape')
      await expect(participants).toBeHidden()

      // --- The room's screen ---------------------------------------------------------------------
      await at('vote')
      const { page: room } = await openProjectorPage(context, api, ws.docId, config.viewport)
      // The room's screen follows the workshop's language, not the facilitator's.
      await expect(room.locator('.pj-frame--room .pj')).toHaveAttribute('lang', config.language)
      // The four groups and the one note in no group, an option of its own.
      await expect(screen(room).locator('.pj-bar')).toHaveCount(5)
      await look(room, 'projector-vote', { minPasses: 5, fullPage: false })
      await at('cluster')
      await expect(screen(room)).toHaveAttribute('data-kind', 'board')
      // All nine notes are on the wall, inside the screen. (Known issue, not asserted here: a fit
      // measured while a script's font loads can still leave a "+N more" label beside a wall that
      // shows every note; seen in 2 of 6 runs. useFit needs a measurement that waits for layout.)
      await expect(screen(room).locator('.pj-note')).toHaveCount(9)
      const area = await screen(room).locator('.pj__content').boundingBox()
      for (const note of await screen(room).locator('.pj-note').all()) {
        const box = await note.boundingBox()
        expect(box && area && box.y + box.height <= area.y + area.height + 1 && box.x + box.width <= area.x + area.width + 1).toBe(true)
      }
      await look(room, 'projector-cluster', { minPasses: 5, fullPage: false })
      await room.close()

      // --- A resident's phone, in Arabic ----------------------------------------------------------
      await at('capture')
      const phone = await openPhone(browser, problems, 'ar', config.phone)
      await phone.page.goto(ws.join.typeUrl)
      await expect(phone.page.locator('html')).toHaveAttribute('dir', 'rtl')
      await look(phone.page, 'phone-ar-join', { minPasses: 5, controls: [phone.page.getByRole('button', { name: 'انضمّ' })] })
      await phone.page.goto(ws.join.url)
      await expect(phone.page.getByLabel('ورقتك')).toBeVisible()
      await phone.page.getByLabel('ورقتك').fill('نريد أماكن آمنة للشباب في المساء')
      await look(phone.page, 'phone-ar-write', { minPasses: 5, controls: [phone.page.getByRole('button', { name: 'إرسال' })] })
      await phone.context.close()

      expect(scanned).toHaveLength(24)
    })
  })
}
