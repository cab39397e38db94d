import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { card, cards, clusterSection, createWorkshop, drag, openInPage, shot } from './board-helpers.ts'
import { expect, test } from './fixtures.ts'
import { WCAG_TAGS as WCAG } from './axe.ts'

// Issue 4, done-when 1: capture 20 notes by keyboard, cluster them by drag and by keyboard,
// accept one suggestion and dismiss another, run a vote with typed tallies, reveal, undo the last
// five steps and redo them, reload: everything as it was.

const NOTES = [
  'Ingen belysning i parken',
  'Dålig belysning på gångvägen',
  'Belysning saknas vid busshållplatsen',
  'Otrygga gångtunnlar',
  'Gångtunnlarna känns otrygga på kvällen',
  'Stäng fritidsgården',
  'Fritidsgården har för korta öppettider',
  'Bussen går för sällan',
  'Bussen är alltid försenad',
  'Biblioteket stänger tidigt',
  'Biblioteket har inga böcker på arabiska',
  'Ingen lyssnar på unga',
  'Höga hyror',
  'Skräp på torget',
  'Nedskräpning vid torget',
  'Polisen syns aldrig',
  'Inga bänkar att sitta på',
  'Stängd vårdcentral',
  'Lång väntetid på vårdcentralen',
  'Ingen information på andra språk'
]

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  expect(results.passes.length).toBeGreaterThan(10)
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

type Data = {
  stickies: Array<{ id: string; text: string; phaseId: string; clusterId: string | null; status: string }>
  clusters: Array<{ id: string; phaseId: string; title: string }>
  votes: Array<{ phaseId: string; count: number; voter: string; targetId: string }>
  phases: Array<{ id: string; votesRevealed: boolean }>
}

test('capture, cluster by drag and keyboard, suggestions, vote, undo five and redo, reload', async ({ page, host, api }) => {
  test.setTimeout(180_000)
  const w = await createWorkshop(api, 'Trygghet i Alby')
  await w.goTo('capture')
  await openInPage(page, host, w.path, 'Trygghet i Alby')
  const read = async (): Promise<Data> => (await api<{ data: Data }>('workshop.get', { docId: w.docId })).data

  // --- 1. Capture 20 notes by keyboard: N, type, Enter --------------------------------------
  await page.keyboard.press('n')
  const capture = page.getByRole('textbox', { name: 'Ny lapp' })
  await expect(capture).toBeFocused()
  for (const text of NOTES) {
    await page.keyboard.type(text)
    await page.keyboard.press('Enter')
  }
  await expect(cards(page)).toHaveCount(20)
  await expect(capture).toBeFocused()
  expect(await axe(page)).toEqual([])

  // --- 2. The cluster phase: bring the notes in, then group ----------------------------------
  await w.goTo('cluster')
  await page.getByRole('button', { name: 'Hämta alla 20 hit' }).click()
  await expect(cards(page)).toHaveCount(20)
  const unsorted = page.locator('section.board__unsorted')

  // Drop a note on a note: a group named from the words they share.
  await drag(page, card(page, 'Otrygga gångtunnlar'), card(page, 'Gångtunnlarna känns otrygga på kvällen'))
  const tunnels = clusterSection(page, /gångtunnlar/i)
  await expect(cards(tunnels)).toHaveCount(2)
  await drag(page, card(page, 'Stäng fritidsgården'), card(page, 'Fritidsgården har för korta öppettider'))
  const youth = clusterSection(page, /fritidsgården/i)
  await expect(cards(youth)).toHaveCount(2)
  // Drop a note on a group: it joins at the end.
  await drag(page, card(page, 'Polisen syns aldrig'), tunnels.locator('.cluster__head'))
  await expect(cards(tunnels)).toHaveCount(3)
  await expect(cards(unsorted)).toHaveCount(15)

  // Keyboard: Space selects, G makes a group of the selection.
  await card(page, 'Bussen går för sällan').focus()
  await page.keyboard.press('Space')
  await expect(card(page, 'Bussen går för sällan')).toContainText('Markerad')
  await page.keyboard.press('ArrowDown')
  await expect(card(page, 'Bussen är alltid försenad')).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByRole('toolbar', { name: 'Markerade lappar' })).toContainText('2 lappar markerade')
  await page.keyboard.press('g')
  const buses = clusterSection(page, 'Bussen')
  await expect(cards(buses)).toHaveCount(2)
  await expect(card(page, 'Bussen går för sällan')).toBeFocused()

  // M opens the picker: type to find the group, Enter moves the note there.
  await card(page, 'Skräp på torget').focus()
  await page.keyboard.press('m')
  const picker = page.getByRole('dialog', { name: 'Flytta lappen till …' })
  await expect(picker).toBeVisible()
  await page.keyboard.type('ny grupp')
  await page.keyboard.press('Enter')
  await expect(picker).toBeHidden()
  const litter = clusterSection(page, /torget/i)
  await expect(cards(litter)).toHaveCount(1)
  await card(page, 'Nedskräpning vid torget').focus()
  await page.keyboard.press('m')
  await expect(picker).toBeVisible()
  await page.keyboard.type('skräp')
  await expect(picker.getByRole('option')).toHaveCount(1)
  expect(await axe(page)).toEqual([])
  await page.keyboard.press('Enter')
  await expect(cards(litter)).toHaveCount(2)
  await expect(card(page, 'Nedskräpning vid torget')).toBeFocused()

  // --- 3. Suggestions: accept one, dismiss another; nothing moves by itself -------------------
  const suggestions = page.locator('.suggestion')
  const light = suggestions.filter({ hasText: 'Ingen belysning i parken' })
  const care = suggestions.filter({ hasText: 'Stängd vårdcentral' })
  await expect(light).toHaveCount(1)
  await expect(care).toHaveCount(1)
  await expect(light.locator('.suggestion__term')).toHaveText(['belysning'])
  await expect(cards(unsorted)).toHaveCount(11)
  await care.getByRole('button', { name: 'Avvisa' }).click()
  await expect(care).toHaveCount(0)
  await expect(cards(unsorted)).toHaveCount(11)
  await light.getByRole('button', { name: 'Godta' }).click()
  const lights = clusterSection(page, /belysning/i)
  await expect(cards(lights)).toHaveCount(3)
  await expect(cards(unsorted)).toHaveCount(8)
  // The dismissed one stays away.
  await page.waitForTimeout(600)
  await expect(page.locator('.suggestion').filter({ hasText: 'Stängd vårdcentral' })).toHaveCount(0)

  // Rename a group in place.
  await buses.getByRole('button', { name: 'Mer för gruppen Bussen' }).click()
  await buses.getByRole('button', { name: 'Byt namn' }).click()
  const nameField = page.getByRole('textbox', { name: /Gruppens namn/ })
  await expect(nameField).toBeFocused()
  await page.keyboard.type('Kollektivtrafik')
  await page.keyboard.press('Enter')
  await expect(clusterSection(page, 'Kollektivtrafik')).toHaveCount(1)
  await shot(page, 'board-flow-clustered')

  // --- 4. Vote on the groups with tallies typed from paper -----------------------------------
  await w.goTo('vote')
  const table = page.getByRole('table', { name: 'Räkna in prickar från papper' })
  await expect(table).toBeVisible()
  // Dots go on the groups (the notes no group took stay options of their own).
  await page.getByRole('radio', { name: 'Grupper' }).check()
  await expect(table.getByRole('row').nth(1)).toContainText(/^Grupp.*gångtunnlar/i)
  const first = table.getByRole('textbox').first()
  await first.focus()
  // Groups in board order: tunnels, youth, buses, litter, lights; then the loose notes.
  for (const n of ['7', '2', '5', '1', '9']) {
    await page.keyboard.type(n)
    await page.keyboard.press('Enter')
  }
  await expect(page.getByText('24 prickar inräknade.')).toBeVisible()
  await expect(page.getByText(/Resultatet är dolt/)).toBeVisible()
  await page.getByRole('button', { name: 'Visa resultatet' }).click()
  const results = page.locator('.results__row')
  await expect(results.first()).toContainText('Belysning')
  await expect(results.first()).toContainText('9 prickar')
  await expect(results.nth(1)).toContainText(/gångtunnlar/i)
  await expect(results.nth(1)).toContainText('7 prickar')
  expect(await axe(page)).toEqual([])
  await shot(page, 'board-flow-vote-result')

  // --- 5. Undo the last five steps, redo them -------------------------------------------------
  const done = await read()
  await page.locator('main').focus()
  const undoButton = page.getByRole('button', { name: /^Ångra/ })
  await expect(undoButton).toHaveText(/Ångra: visade resultat/)
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z')
  // Back before the reveal and the last four tallies: only the first tally (7) is left.
  await expect(page.getByRole('button', { name: 'Visa resultatet' })).toBeVisible()
  await expect(page.getByText('7 prickar inräknade.')).toBeVisible()
  await expect(undoButton).toHaveText(/Ångra: prickar/)
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+Z')
  await expect(page.getByRole('button', { name: 'Dölj resultatet' })).toBeVisible()
  await expect(page.getByText('24 prickar inräknade.')).toBeVisible()
  const redone = await read()
  expect(redone.votes.sort((a, b) => (a.targetId < b.targetId ? -1 : 1))).toEqual(done.votes.sort((a, b) => (a.targetId < b.targetId ? -1 : 1)))
  expect(redone.clusters.length).toBe(done.clusters.length)

  // --- 6. Reload: everything as it was ---------------------------------------------------------
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trygghet i Alby')
  await expect(results.first()).toContainText('Belysning')
  await expect(results.first()).toContainText('9 prickar')
  await w.goTo('cluster')
  await expect(cards(clusterSection(page, 'Kollektivtrafik'))).toHaveCount(2)
  await expect(cards(clusterSection(page, /gångtunnlar/i))).toHaveCount(3)
  await expect(cards(page.locator('section.board__unsorted'))).toHaveCount(8)
  await expect(page.locator('.suggestion').filter({ hasText: 'Stängd vårdcentral' })).toHaveCount(0)
})
