import type { Locator } from '@playwright/test'
import { card, cards, createWorkshop, openInPage, shot, type PageGlobals } from './board-helpers.ts'
import { expect, test } from './fixtures.ts'

// Issue 4, done-when 2: a note in Arabic and one with emoji display correctly; a note with HTML
// in it shows the HTML as text — on the capture wall, in clusters and in the vote.

const ARABIC = 'نريد أماكن آمنة للشباب في المساء'
const EMOJI = 'Fler bänkar 🪑 och mer grönt 🌳👩🏽‍🦽'
const HTML = '<b>fet</b> <img src=x onerror="alert(1)"> <script>alert(2)</script>'
const MIXED = 'Biblioteket ← المكتبة → öppet längre'

/** Pixels drawn in colour when the emoji of `text` is drawn in black in the note's own font. */
async function colourPixels(el: Locator, text: string): Promise<number> {
  return el.evaluate((node, sample) => {
    const { document, getComputedStyle } = globalThis as unknown as PageGlobals
    const canvas = document.createElement('canvas')
    canvas.width = 240
    canvas.height = 60
    const ctx = canvas.getContext('2d')
    if (!ctx) return 0
    ctx.font = `40px ${getComputedStyle(node).fontFamily}`
    ctx.fillStyle = '#000'
    ctx.textBaseline = 'top'
    ctx.fillText(sample, 4, 4)
    const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data
    let coloured = 0
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] > 0 && (Math.abs(d[i] - d[i + 1]) > 40 || Math.abs(d[i + 1] - d[i + 2]) > 40)) coloured++
    }
    return coloured
  }, text)
}

test('Arabic, emoji, mixed scripts and markup show as the text that was typed', async ({ page, host, api }) => {
  let dialogs = 0
  page.on('dialog', () => {
    dialogs += 1
  })
  const w = await createWorkshop(api, 'Språk och tecken')
  await w.goTo('capture')
  await openInPage(page, host, w.path, 'Språk och tecken')
  const capture = page.getByRole('textbox', { name: 'Ny lapp' })
  for (const text of ['Otrygga gångtunnlar', ARABIC, EMOJI, HTML, MIXED]) {
    await capture.fill(text)
    await capture.press('Enter')
  }
  await expect(cards(page)).toHaveCount(5)

  const check = async (): Promise<void> => {
    const arabic = card(page, ARABIC).locator('.sticky__text')
    const emoji = card(page, EMOJI).locator('.sticky__text')
    const markup = card(page, HTML).locator('.sticky__text')
    await expect(arabic).toHaveText(ARABIC)
    await expect(arabic).toHaveAttribute('dir', 'auto')
    await expect(arabic).toHaveCSS('direction', 'rtl')
    await expect(card(page, 'Otrygga gångtunnlar').locator('.sticky__text')).toHaveCSS('direction', 'ltr')
    // The mixed note starts with Swedish, so it reads left to right.
    await expect(card(page, MIXED).locator('.sticky__text')).toHaveCSS('direction', 'ltr')
    await expect(emoji).toHaveText(EMOJI)
    await expect(markup).toHaveText(HTML)
    await expect(page.locator('.board img, .board b, .board script')).toHaveCount(0)
  }
  await check()
  // The emoji are drawn by a colour emoji font, not as empty boxes.
  expect(await colourPixels(card(page, EMOJI).locator('.sticky__text'), '🪑🌳'), 'no colour emoji font (Debian: fonts-noto-color-emoji)').toBeGreaterThan(50)

  await page.reload()
  await expect(cards(page)).toHaveCount(5)
  await check()
  await shot(page, 'board-text-capture')

  // The same notes grouped in the next phase, and as vote options: still text, still right to left.
  await w.goTo('cluster')
  await page.getByRole('button', { name: 'Hämta alla 5 hit' }).click()
  await expect(cards(page)).toHaveCount(5)
  await check()
  const ids = await cards(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-sticky-id') ?? ''))
  await api('cluster.create', { docId: w.docId, phaseId: w.phase('cluster'), stickyIds: [ids[1], ids[3]], title: '<i>rubrik</i> عنوان' })
  const heading = page.getByRole('heading', { level: 3, name: '<i>rubrik</i> عنوان' })
  await expect(heading).toHaveText('<i>rubrik</i> عنوان')
  await expect(heading).toHaveAttribute('dir', 'auto')
  await check()

  await w.goTo('vote')
  const table = page.getByRole('table', { name: 'Räkna in prickar från papper' })
  await expect(table.getByText(ARABIC)).toHaveAttribute('dir', 'auto')
  await expect(table.getByText(HTML)).toHaveCount(1)
  await expect(page.locator('main img, main b, main script')).toHaveCount(0)

  await page.waitForTimeout(300)
  expect(dialogs).toBe(0)
})
