import type { Page } from '@playwright/test'
import { expect, screenshot, test } from './fixtures.ts'
import { axe, openWorkshop, workshopAt, workshopData, scrollTop } from './outcomes-helpers.ts'

const DAY = 24 * 60 * 60 * 1000

function isoDay(ms: number): string {
  const d = new Date(ms)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

const RECEIVERS = [
  { name: 'Kultur- och fritidsnämnden', abbreviation: 'KFN', days: 30 },
  { name: 'Utbildningsnämnden', abbreviation: 'UN', days: 30 },
  // Answers in two days: the clock is moved past that below.
  { name: 'Samhällsbyggnadsnämnden', abbreviation: 'SBN', days: 2 }
]
const RECOMMENDATIONS = [
  { text: 'Ge information på flera språk på alla mötesplatser', theme: 'Språk' },
  { text: 'Gör kunskap om vardagsrasism till en merit vid rekrytering', theme: 'Kompetensutveckling' }
]

async function addRecommendation(page: Page, text: string, theme: string, count: number): Promise<void> {
  const form = page.getByRole('form', { name: 'Ny rekommendation' })
  await form.getByLabel('Text', { exact: true }).fill(text)
  await form.getByLabel('Tema').fill(theme)
  for (const r of RECEIVERS) await form.getByRole('checkbox', { name: `${r.abbreviation} – ${r.name}` }).check()
  await form.getByRole('button', { name: 'Lägg till rekommendation' }).click()
  await expect(page.locator('dialog li[data-proposal-id]')).toHaveCount(count)
  await expect(page.locator('dialog li[data-proposal-id]').last().getByRole('textbox', { name: /^Text för/ })).toHaveValue(text)
}

async function answer(page: Page, n: number, body: string, decision: string, commitment: string): Promise<void> {
  const block = page.locator('main .answer-block').nth(n)
  await block.getByRole('button', { name: `Registrera svar från ${body}` }).click()
  const form = block.getByRole('form', { name: `Svar från ${body}` })
  await form.getByRole('radio', { name: decision, exact: true }).check()
  await form.getByLabel('Åtagande eller åtgärd').fill(commitment)
  await form.getByLabel('Vem ansvarar').fill('Förvaltningschefen')
  await form.getByLabel('Klart senast').fill('December 2026')
  await form.getByRole('button', { name: 'Spara svaret' }).click()
  await expect(form).toHaveCount(0)
}

test('answers from two receivers are recorded; the third shows as overdue once its date has passed', async ({ page, host, api }) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 1920, height: 1080 })
  const now = Date.now()
  const { docId, path } = await workshopAt(api, 'ecar-circle', 'Forskningscirkel Alby', 'responses', async (id) => {
    for (const r of RECEIVERS) {
      await api('body.add', { docId: id, name: r.name, abbreviation: r.abbreviation, kind: 'namnd', isReceiver: true, answerBy: isoDay(now + r.days * DAY) })
    }
  })
  await openWorkshop(page, host.url, path)
  const main = page.locator('main')
  await expect(main.getByRole('heading', { name: 'Svar från nämnderna', level: 2 })).toBeVisible()

  // Recommendations are written in the whole-workshop view, reachable from any phase.
  await page.getByRole('button', { name: 'Resultat' }).click()
  const dialog = page.getByRole('dialog', { name: 'Effektkedja, rekommendationer och svar' })
  await dialog.getByRole('tab', { name: 'Rekommendationer' }).click()
  for (const [i, r] of RECOMMENDATIONS.entries()) await addRecommendation(page, r.text, r.theme, i + 1)
  await screenshot(page, 'outcomes-proposals')
  expect(await axe(page, 'dialog .proposals')).toEqual([])
  await dialog.getByRole('button', { name: 'Stäng' }).click()
  await expect(dialog).toHaveCount(0)

  await expect(main.locator('.answer-block')).toHaveCount(2)
  await answer(page, 0, 'Kultur- och fritidsnämnden', 'Instämmer', 'Information på fem språk från hösten.')
  await answer(page, 1, 'Kultur- och fritidsnämnden', 'Instämmer delvis', 'Tas upp i nästa rekryteringspolicy.')
  await answer(page, 0, 'Utbildningsnämnden', 'Instämmer', 'Alla skolor får material på flera språk.')
  await answer(page, 1, 'Utbildningsnämnden', 'Instämmer inte', 'Meriter styrs av lag och avtal.')

  const card = (abbr: string) =>
    main.locator('li[data-receiver-id]').filter({ has: page.locator('.receiver-card__abbr', { hasText: new RegExp(`^${abbr}$`) }) })
  await expect(card('KFN')).toContainText('Har svarat på allt')
  await expect(card('UN')).toContainText('Har svarat på allt')
  await expect(card('SBN')).toContainText('Väntar på svar på 2 rekommendationer')
  await expect(card('SBN')).not.toContainText('Försenad')

  await expect
    .poll(async () => (await workshopData(api, docId)).responses.map((r) => r.decision).sort())
    .toEqual(['agreed', 'agreed', 'not_agreed', 'partly'])

  // Three days on, SBN's answer-by date has passed: flagged in words and with a symbol.
  await page.clock.setFixedTime(new Date(now + 3 * DAY))
  await page.reload()
  await expect(card('SBN')).toContainText('Försenad: 2 rekommendationer saknar svar')
  await expect(card('SBN').locator('.status-badge--overdue .status-badge__icon')).toHaveText('!')
  await expect(card('KFN')).not.toContainText('Försenad')
  await expect(main.locator('li[data-receiver-id] .receiver-card__abbr').first()).toHaveText('SBN')
  await expect(main.locator('.answer-row--overdue')).toHaveCount(2)

  // How the circle was told.
  const feedback = main.getByRole('region', { name: 'Återkoppling till cirkeln' })
  await feedback.getByLabel('Hur', { exact: true }).fill('Möte med cirkeln i Alby träff')
  await feedback.getByLabel('Vad berättades').fill('Vi gick igenom svaren från KFN och UN. SBN har inte svarat än.')
  await feedback.getByRole('button', { name: 'Lägg till återkoppling' }).click()
  await expect(feedback.locator('.feedback-item')).toHaveCount(1)

  await scrollTop(page)
  await screenshot(page, 'outcomes-answers-overview')
  expect(await axe(page, '.responses')).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axe(page, '.responses')).toEqual([])
})
