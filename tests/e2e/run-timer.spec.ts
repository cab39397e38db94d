import AxeBuilder from '@axe-core/playwright'
import path from 'node:path'
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts'
import { WCAG_TAGS } from './axe.ts'

// The phase timer as the room sees it run down. The page's clock is moved forward instead of
// waiting: the timer is computed from its stored start, so a jump is what a long phase looks like.

interface Opened {
  docId: string
  path: string
}

interface Phase {
  id: string
  meetingId: string
  position: number
  title: string
  kind: string
}

test('the timer turns low and then over, says so in words, and announces the last minute and zero', async ({ page, host, api }) => {
  const opened = await api<Opened>('library.create', { title: 'Trygghet i Alby', methodId: 'dystopia' })
  const data = (await api<{ data: { meetings: { id: string }[]; phases: Phase[] } }>('workshop.get', { docId: opened.docId })).data
  await api('meeting.start', { docId: opened.docId, meetingId: data.meetings[0].id })
  const capture = data.phases.find((p) => p.kind === 'capture')!
  await api('run.goToPhase', { docId: opened.docId, phaseId: capture.id })
  for (const text of ['Stänga biblioteket på kvällarna', 'Ta bort all belysning i parken', 'Sluta tömma papperskorgarna', 'Aldrig fråga de som bor här']) {
    await api('sticky.add', { docId: opened.docId, phaseId: capture.id, text })
  }

  await page.clock.install()
  await page.goto(`${host.url}#/w?${new URLSearchParams({ path: opened.path }).toString()}`)
  const timer = page.locator('.timer')
  await expect(timer.locator('.timer__clock')).toHaveText('15:00')
  await expect(timer.locator('.timer__state')).toHaveText('Inte startad')

  await timer.getByRole('button', { name: 'Starta tiden' }).click()
  await expect(timer).toHaveAttribute('data-running', 'true')
  await expect(timer).toHaveAttribute('data-state', 'ok')

  // 14 minutes on: less than a minute left. Colour and words change, the last minute is announced.
  await page.clock.fastForward('14:05')
  await expect(timer).toHaveAttribute('data-state', 'low')
  await expect(timer.locator('.timer__state')).toHaveText('Snart slut')
  await expect(page.getByRole('status').filter({ hasText: 'En minut kvar.' })).toBeAttached()
  const left = Number((await timer.locator('.timer__clock').textContent())?.split(':')[1])
  expect(left).toBeGreaterThan(40)
  expect(left).toBeLessThanOrEqual(55)
  expect(await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([])
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'run-mode-timer-low.png') })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'run-mode.png'), fullPage: true })

  // Past zero: over time, in words too, and announced once.
  await page.clock.fastForward('01:30')
  await expect(timer).toHaveAttribute('data-state', 'over')
  await expect(timer.locator('.timer__state')).toHaveText(/över tiden/)
  await expect(timer.locator('.timer__clock')).toHaveText(/^-0:[0-9]{2}$/)
  await expect(page.getByRole('status').filter({ hasText: 'Tiden är ute.' })).toBeAttached()

  // One more minute brings it back under; the screen and the stored timer agree.
  await timer.getByRole('button', { name: /\+1 min/ }).click()
  await expect(timer.locator('.timer__of')).toHaveText('av 16 min')
  await expect(timer).not.toHaveAttribute('data-state', 'over')

  // Reset: stopped at the planned time.
  await timer.getByRole('button', { name: /Nollställ/ }).click()
  await expect(timer.locator('.timer__clock')).toHaveText('15:00')
  await expect(timer).toHaveAttribute('data-running', 'false')

  // The sound is off until chosen, and the choice is remembered on this computer.
  const sound = timer.getByRole('checkbox', { name: 'Ljud när tiden är slut' })
  await expect(sound).not.toBeChecked()
  await sound.check()
  await page.reload()
  await expect(page.locator('.timer').getByRole('checkbox', { name: 'Ljud när tiden är slut' })).toBeChecked()
})

test('the timer keeps running across views and a host restart', async ({ page, host, api, restartHost }) => {
  const opened = await api<Opened>('library.create', { title: 'Varför bor du där du bor?', methodId: 'dystopia' })
  const data = (await api<{ data: { meetings: { id: string }[] } }>('workshop.get', { docId: opened.docId })).data
  await api('meeting.start', { docId: opened.docId, meetingId: data.meetings[0].id })
  const route = `#/w?${new URLSearchParams({ path: opened.path }).toString()}`
  await page.goto(`${host.url}${route}`)
  const timer = page.locator('.timer')
  await expect(timer).toHaveAttribute('data-running', 'false')
  await page.keyboard.press('t')
  await expect(timer).toHaveAttribute('data-running', 'true')
  const startedAt = Date.now()

  // Away to the set-up and back: still running.
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Sök kommando' }).fill('förberedelser')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/setup/)
  await page.getByRole('link', { name: /Fortsätt träff 1/ }).click()
  await expect(timer).toHaveAttribute('data-running', 'true')

  // A new host process on the same file: the timer is where the wall clock says.
  const second = await restartHost()
  await page.goto(`${second.url}${route}`)
  await expect(timer).toHaveAttribute('data-running', 'true')
  const text = (await timer.locator('.timer__clock').textContent()) ?? ''
  const [m, s] = text.split(':').map(Number)
  const shown = m * 60 + s
  const expected = 10 * 60 - (Date.now() - startedAt) / 1000
  expect(shown).toBeGreaterThanOrEqual(Math.floor(expected) - 2)
  expect(shown).toBeLessThanOrEqual(Math.ceil(expected) + 1)
})

test('set-up, run mode and the template editor have no WCAG violations in the dark theme either', async ({ page, host, api }) => {
  const scan = async (): Promise<string[]> =>
    (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
    )
  await page.emulateMedia({ colorScheme: 'dark' })
  const opened = await api<Opened>('library.create', { title: 'Cirkel i mörker', methodId: 'ecar-circle' })
  await page.clock.install()
  await page.goto(`${host.url}#/setup?${new URLSearchParams({ path: opened.path }).toString()}`)
  await page.getByRole('button', { name: /Starta träff 1/ }).click()
  await expect(page.getByRole('group', { name: 'Träffen kan inte starta ännu.' })).toBeVisible()
  expect(await scan()).toEqual([])

  await page.getByRole('group', { name: 'Träffen kan inte starta ännu.' }).getByRole('button', { name: 'Starta ändå …' }).click()
  await page.getByLabel('Varför startar ni utan förankring?').fill('Prov av färgerna')
  await page.getByRole('button', { name: 'Starta utan förankring' }).click()
  const timer = page.locator('.timer')
  await timer.getByRole('button', { name: 'Starta tiden' }).click()
  await page.clock.fastForward('14:10')
  await expect(timer).toHaveAttribute('data-state', 'low')
  expect(await scan()).toEqual([])
  await page.clock.fastForward('01:00')
  await expect(timer).toHaveAttribute('data-state', 'over')
  expect(await scan()).toEqual([])

  await page.goto(`${host.url}#/templates`)
  await page.getByRole('button', { name: 'Kopiera Forskningscirkel (ECAR)' }).click()
  await expect(page.getByRole('button', { name: 'Spara mallen' })).toBeVisible()
  expect(await scan()).toEqual([])
})
