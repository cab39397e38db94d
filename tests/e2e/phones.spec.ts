import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts'
import { ensurePhoneBuild, openPhone } from './phone-helpers.ts'

// Issue 8 end to end: residents' phones (several browser contexts at phone size) on the real
// participant server that the real browser host starts (src/main/host/serve.ts), joined with the
// code: notes in Swedish and Arabic, the inbox and open modes, and dot voting within the limits.
// Everything runs on 127.0.0.1 only.

test.beforeAll(() => ensurePhoneBuild())

interface StatusLike {
  url: string
  typeUrl: string
  joinCode: string
  port: number
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

interface Sticky {
  id: string
  text: string
  status: string
  source: string
  authorLabel: string | null
  phaseId: string
}

test('phones join with the code, send notes in Swedish and Arabic, and vote within their dots', async ({ api, browser, problems }) => {
  test.setTimeout(120_000)
  const { docId } = await api<{ docId: string }>('library.create', { title: 'Trygghet i Fittja', methodId: 'dystopia' })
  const read = async () => (await api<{ data: { phases: Array<{ id: string; kind: string }>; meetings: Array<{ id: string }>; stickies: Sticky[]; votes: Array<{ voter: string; count: number }> } }>('workshop.get', { docId })).data
  const first = await read()
  const phase = (kind: string): string => first.phases.find((p) => p.kind === kind)?.id ?? ''
  await api('meeting.start', { docId, meetingId: first.meetings[0].id })
  await api('phase.update', { docId, id: phase('capture'), patch: { prompt: 'Var känner du dig inte välkommen i Fittja?' } })
  await api('run.goToPhase', { docId, phaseId: phase('capture') })

  const interfaces = await api<{ interfaces: Array<{ address: string; reach: string }> }>('participants.interfaces', {})
  expect(interfaces.interfaces.find((i) => i.address === '127.0.0.1')?.reach).toBe('this_computer')
  const status = await api<StatusLike>('participants.start', { docId, address: '127.0.0.1', port: 0, mode: 'controlled' })
  expect(status.url).toBe(`http://127.0.0.1:${status.port}/j?c=${status.joinCode}`)

  // --- Phone A scans the QR code (the URL with the code) and writes in Swedish ------------------
  const a = await openPhone(browser, problems)
  await a.page.goto(status.url)
  await expect(a.page.getByRole('heading', { name: 'Var känner du dig inte välkommen i Fittja?' })).toBeVisible()
  // The code is taken out of the address bar once used.
  expect(new URL(a.page.url()).search).toBe('')
  await a.page.getByLabel('Din lapp').fill('Biblioteket stänger för tidigt för oss som jobbar skift')
  await shot(a.page, 'phone-sv-write')
  await a.page.getByRole('button', { name: 'Skicka' }).click()
  await expect(a.page.getByText('Tack! Din lapp har kommit fram.')).toBeVisible()
  await expect(a.page.getByLabel('Din lapp')).toHaveValue('')
  await shot(a.page, 'phone-sv-sent')

  // --- Phone B types the code, in Arabic, right to left -------------------------------------------
  const b = await openPhone(browser, problems, 'ar')
  await b.page.goto(status.typeUrl)
  await expect(b.page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(b.page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(b.page.getByRole('heading', { name: 'اكتب الرمز الظاهر على الشاشة' })).toBeVisible()
  await b.page.getByLabel('الرمز').fill('XXXXXX')
  await b.page.getByRole('button', { name: 'انضمّ' }).click()
  await expect(b.page.getByText('الرمز غير صحيح. انظر إلى الشاشة وحاول مرة أخرى.')).toBeVisible()
  await shot(b.page, 'phone-ar-join-wrong')
  await b.page.getByLabel('الرمز').fill(`${status.joinCode.slice(0, 3).toLowerCase()} ${status.joinCode.slice(3)}`)
  await b.page.getByRole('button', { name: 'انضمّ' }).click()
  await b.page.getByLabel('ورقتك').fill('لا أشعر بالأمان في الحديقة بعد حلول الظلام')
  await shot(b.page, 'phone-ar-write')
  await b.page.getByRole('button', { name: 'إرسال' }).click()
  await expect(b.page.getByText('شكرًا! وصلت ورقتك.')).toBeVisible()
  await shot(b.page, 'phone-ar-sent')
  // Switching language on the phone works both ways.
  await b.page.getByRole('button', { name: 'Svenska' }).click()
  await expect(b.page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(b.page.getByRole('button', { name: 'Skicka' })).toBeVisible()
  await b.page.getByRole('button', { name: 'العربية' }).click()

  // A note that looks like markup stays text everywhere (no dialog may open: the fixture checks).
  await a.page.getByLabel('Din lapp').fill('<img src=x onerror=alert(1)>')
  await a.page.getByRole('button', { name: 'Skicka' }).click()
  await expect(a.page.getByText('Tack! Din lapp har kommit fram.')).toBeVisible()

  // --- Controlled mode: the notes wait in the inbox, anonymous ------------------------------------
  let notes = (await read()).stickies.filter((s) => s.source === 'participant')
  expect(notes.map((n) => [n.text, n.status, n.authorLabel])).toEqual([
    ['Biblioteket stänger för tidigt för oss som jobbar skift', 'inbox', null],
    ['لا أشعر بالأمان في الحديقة بعد حلول الظلام', 'inbox', null],
    ['<img src=x onerror=alert(1)>', 'inbox', null]
  ])
  await api('inbox.approve', { docId, ids: notes.map((n) => n.id) })

  // --- Open mode: a third phone's note goes straight to the board ---------------------------------
  await api('participants.setMode', { docId, mode: 'open' })
  const c = await openPhone(browser, problems, 'fi-FI')
  await c.page.goto(status.url)
  await c.page.getByLabel('Lappusi').fill('Nuorille ei ole paikkaa illalla')
  await c.page.getByRole('button', { name: 'Lähetä' }).click()
  await expect(c.page.getByText('Kiitos! Lappusi on perillä.')).toBeVisible()
  notes = (await read()).stickies.filter((s) => s.source === 'participant')
  expect(notes.map((n) => n.status)).toEqual(['board', 'board', 'board', 'board'])
  expect(notes.every((n) => n.phaseId === phase('capture'))).toBe(true)

  // --- Voting: 3 dots each, at most 2 on one note -------------------------------------------------
  await api('vote.configure', { docId, phaseId: phase('vote'), voteTarget: 'sticky', dotsPerParticipant: 3, maxDotsPerItem: 2 })
  await api('phase.update', { docId, id: phase('vote'), patch: { prompt: 'Vilka saker är viktigast att ta upp med nämnden?' } })
  await api('run.goToPhase', { docId, phaseId: phase('vote') })

  const dotsLeftA = a.page.locator('.dots-left-text')
  await expect(dotsLeftA).toHaveText('Prickar kvar: 3 av 3', { timeout: 8_000 })
  const itemsA = a.page.locator('.option')
  await expect(itemsA).toHaveCount(4)
  // The markup-looking note is a vote option shown as its letters.
  await expect(itemsA.nth(2).locator('.option-label')).toHaveText('<img src=x onerror=alert(1)>')
  const plus = (page: Page, i: number) => page.locator('.option').nth(i).locator('.dot-button.plus')
  await plus(a.page, 0).click()
  await expect(dotsLeftA).toHaveText('Prickar kvar: 2 av 3')
  await plus(a.page, 0).click()
  await expect(dotsLeftA).toHaveText('Prickar kvar: 1 av 3')
  // Two on one note is the most: its + is off now.
  await expect(plus(a.page, 0)).toBeDisabled()
  await plus(a.page, 1).click()
  await expect(dotsLeftA).toHaveText('Prickar kvar: 0 av 3')
  for (let i = 0; i < 4; i++) await expect(plus(a.page, i)).toBeDisabled()
  await expect(a.page.getByText('Alla dina prickar är utdelade. Ta bort en om du vill flytta den.')).toBeVisible()
  await shot(a.page, 'phone-sv-vote')

  // A 4th dot sent past the page (as a tinkering resident might) is refused by the server.
  const fourth = await a.page.evaluate(
    async ([phaseId, targetId]) => {
      const r = await fetch('/api/vote', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phaseId, targetType: 'sticky', targetId, delta: 1 })
      })
      return r.status
    },
    [phase('vote'), notes[3].id]
  )
  expect(fourth).toBe(409)

  // Phone B votes in Arabic.
  await expect(b.page.locator('.dots-left-text')).toHaveText('النقاط المتبقية: 3 من 3', { timeout: 8_000 })
  await plus(b.page, 1).click()
  await expect(b.page.locator('.dots-left-text')).toHaveText('النقاط المتبقية: 2 من 3')
  await shot(b.page, 'phone-ar-vote')

  // Tigrinya in its own script (Ethiopic), on the phone that joined in Finnish.
  await c.page.getByRole('button', { name: 'ትግርኛ' }).click()
  await expect(c.page.locator('.dots-left-text')).toHaveText('ዝተረፈ ነጥብታት: 3 ካብ 3')
  await shot(c.page, 'phone-ti-vote')

  const votes = (await read()).votes
  const perVoter = new Map<string, number>()
  for (const v of votes) perVoter.set(v.voter, (perVoter.get(v.voter) ?? 0) + v.count)
  expect([...perVoter.values()].sort()).toEqual([1, 3])
  for (const voter of perVoter.keys()) expect(voter).toMatch(/^ph-[0-9a-f]{40}$/)

  // --- Turning it off: the phones lose contact and say so ------------------------------------------
  await api('participants.stop', { docId })
  await expect(a.page.getByText('Ingen kontakt med datorn. Är du på samma wifi?')).toBeVisible({ timeout: 10_000 })
  const refused = await fetch(`http://127.0.0.1:${status.port}/j`).then(
    () => 'connected',
    (e: { cause?: { code?: string } }) => e.cause?.code ?? 'error'
  )
  expect(refused).toBe('ECONNREFUSED')

  for (const phone of [a, b, c]) await phone.context.close()
})
