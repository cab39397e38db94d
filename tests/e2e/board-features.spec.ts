import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { card, cards, clusterSection, createWorkshop, openInPage, shot, type PageGlobals } from './board-helpers.ts'
import { expect, test } from './fixtures.ts'
import { WCAG_TAGS as WCAG } from './axe.ts'

// The board's other parts: pasting a list, silent writing and reveal, carrying a note with the
// keyboard, merge / split / collapse, find and filter, bringing notes in, "already happening"
// and countermeasures. Each state is scanned with axe.

async function noViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  expect(results.passes.length).toBeGreaterThan(10)
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

async function paste(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Ny lapp' }).evaluate((el, value) => {
    const { DataTransfer, ClipboardEvent } = globalThis as unknown as PageGlobals
    const data = new DataTransfer()
    data.setData('text/plain', value)
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, text)
}

test('a pasted list becomes one note per line; silent writing hides notes until revealed', async ({ page, host, api }) => {
  const w = await createWorkshop(api, 'Klistra in')
  await w.goTo('capture')
  await openInPage(page, host, w.path, 'Klistra in')
  const capture = page.getByRole('textbox', { name: 'Ny lapp' })

  // A list from an e-mail: bullets go, blank lines go, one note per line.
  await paste(page, '- Fler bänkar\n- Bättre belysning\n\n• Längre öppettider\n3. Mötesplats för unga\nTryggare busshållplats')
  const prompt = page.getByRole('group', { name: /Du klistrade in 5 rader/ })
  await expect(prompt).toBeVisible()
  await expect(prompt.getByRole('button', { name: 'Skapa 5 lappar' })).toBeFocused()
  await noViolations(page)
  await page.keyboard.press('Enter')
  await expect(cards(page)).toHaveCount(5)
  await expect(card(page, 'Längre öppettider')).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'Ångra: inklistrade lappar' })).toBeVisible()

  // Esc keeps a pasted list as one note, in the field, to edit before adding.
  await capture.focus()
  await paste(page, 'rad ett\nrad två')
  await page.keyboard.press('Escape')
  await expect(capture).toHaveValue('rad ett\nrad två')
  await expect(capture).toBeFocused()
  await capture.fill('')

  // Silent writing: new notes are marked hidden from the projector, then shown together.
  await page.getByRole('switch', { name: 'Tyst skrivande' }).check()
  await expect(page.getByRole('switch', { name: 'Tyst skrivande' })).toBeChecked()
  for (const text of ['Dold idé ett', 'Dold idé två']) {
    await capture.fill(text)
    await capture.press('Enter')
  }
  await expect(cards(page)).toHaveCount(7)
  await expect(card(page, 'Dold idé ett')).toContainText('Dold för projektorn')
  await expect(card(page, 'Dold idé ett')).toHaveClass(/sticky--hidden/)
  await expect(card(page, 'Fler bänkar')).not.toContainText('Dold för projektorn')
  await expect(page.getByText('2 lappar är dolda för projektorn.')).toBeVisible()
  await noViolations(page)
  await shot(page, 'board-silent-writing')
  await page.getByRole('button', { name: 'Visa alla 2' }).click()
  await expect(card(page, 'Dold idé ett')).not.toContainText('Dold för projektorn')
  await expect(page.getByText(/dolda för projektorn/)).toHaveCount(0)

  // An author label only when asked for; kept off the projector unless chosen.
  await page.getByRole('button', { name: 'Skriv vem som sa det' }).click()
  await page.getByRole('textbox', { name: 'Namn (frivilligt)' }).fill('Amina')
  await capture.fill('Läxhjälp på biblioteket')
  await capture.press('Enter')
  await expect(card(page, 'Läxhjälp på biblioteket')).toContainText('Amina')
  await expect(page.getByRole('checkbox', { name: 'Visa namnen på projektorn' })).not.toBeChecked()
})

test('the keyboard carries, merges, splits and collapses; find and filter narrow the board', async ({ page, host, api }) => {
  test.setTimeout(90_000)
  const w = await createWorkshop(api, 'Tangentbord')
  await w.goTo('capture')
  await api('sticky.addMany', {
    docId: w.docId,
    phaseId: w.phase('capture'),
    texts: ['Ingen belysning i parken', 'Dålig belysning på gångvägen', 'Bussen går för sällan', 'Bussen är försenad', 'Höga hyror', 'Skräp på torget']
  })
  await api('sticky.add', { docId: w.docId, phaseId: w.phase('capture'), text: 'Stängd fritidsgård', colour: 'pink' })
  await w.goTo('cluster')
  await openInPage(page, host, w.path, 'Tangentbord')

  // Bring in from the earlier phase through the dialog, choosing all.
  await page.getByRole('button', { name: 'Välj vilka …' }).click()
  const dialog = page.getByRole('dialog', { name: 'Hämta lappar från tidigare faser' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('checkbox', { name: 'Välj alla 7' }).check()
  await noViolations(page)
  await dialog.getByRole('button', { name: 'Hämta 7 lappar' }).click()
  await expect(cards(page)).toHaveCount(7)

  const ids = async (texts: string[]): Promise<string[]> =>
    Promise.all(texts.map(async (t) => (await card(page, t).getAttribute('data-sticky-id')) ?? ''))
  const [light1, light2, bus1, bus2] = await ids(['Ingen belysning i parken', 'Dålig belysning på gångvägen', 'Bussen går för sällan', 'Bussen är försenad'])
  await api('cluster.create', { docId: w.docId, phaseId: w.phase('cluster'), stickyIds: [light1, light2], title: 'Belysning' })
  await api('cluster.create', { docId: w.docId, phaseId: w.phase('cluster'), stickyIds: [bus1, bus2], title: 'Bussar' })
  const lights = clusterSection(page, 'Belysning')
  await expect(cards(lights)).toHaveCount(2)

  // Carry "Höga hyror" with the keyboard: focus it, Tab to "Flytta", Space, arrows, Space.
  await card(page, 'Höga hyror').focus()
  await page.keyboard.press('Tab')
  const handle = page.getByRole('button', { name: 'Flytta lappen ”Höga hyror”' })
  await expect(handle).toBeFocused()
  await page.keyboard.press('Space')
  // Announced in Swedish: picked up (at once followed by where it is: still among the unsorted).
  await expect(handle).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('status').filter({ hasText: /Du lyfte lappen ”Höga hyror”|över osorterade/ })).toBeAttached()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('status').filter({ hasText: /(över gruppen|i Belysning|i Bussar).*Släpp/ })).toBeAttached()
  await page.keyboard.press('Space')
  await expect(cards(page.locator('section.board__unsorted'))).toHaveCount(2)
  await expect(page.locator('section.cluster').filter({ has: card(page, 'Höga hyror') })).toHaveCount(1)

  // Merge by the cluster's tools and the picker.
  const buses = clusterSection(page, 'Bussar')
  await buses.getByRole('button', { name: 'Mer för gruppen Bussar' }).click()
  await buses.getByRole('button', { name: 'Slå ihop med …' }).click()
  const picker = page.getByRole('dialog', { name: 'Slå ihop med gruppen …' })
  await expect(picker).toBeVisible()
  await page.keyboard.type('belys')
  await page.keyboard.press('Enter')
  await expect(buses).toHaveCount(0)
  // Two lights, two buses and the carried note, whichever of the two it landed in.
  await expect(cards(lights)).toHaveCount(5)

  // Split: select two notes of the merged cluster, then "Markerade lappar till ny grupp".
  await card(page, 'Bussen går för sällan').focus()
  await page.keyboard.press('Space')
  await card(page, 'Bussen är försenad').focus()
  await page.keyboard.press('Space')
  await lights.getByRole('button', { name: 'Mer för gruppen Belysning' }).click()
  await lights.getByRole('button', { name: 'Markerade lappar till ny grupp' }).click()
  const split = page.locator('section.cluster').filter({ has: card(page, 'Bussen är försenad') })
  await expect(cards(split)).toHaveCount(2)
  await expect(page.getByRole('button', { name: 'Ångra: delad grupp' })).toBeVisible()

  // Collapse and expand.
  await lights.getByRole('button', { name: 'Fäll ihop Belysning' }).click()
  await expect(cards(lights)).toHaveCount(0)
  await expect(lights).toContainText('hopfällda')
  await lights.getByRole('button', { name: 'Fäll ut Belysning' }).click()
  await expect(cards(lights)).toHaveCount(3)

  // Alt+arrow moves a note within its list; the focus stays on it.
  const order = async (): Promise<string[]> => cards(lights).locator('.sticky__text').allTextContents()
  const before = await order()
  await card(page, before[0]).focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect.poll(order).toEqual([before[1], before[0], before[2]])
  await expect(card(page, before[0])).toBeFocused()
  await expect(page.getByRole('button', { name: 'Ångra: flyttad lapp' })).toBeVisible()

  // Find (Ctrl+F) ignores case and accents; the colour filter narrows to pink notes.
  await page.locator('main').focus()
  await page.keyboard.press('Control+f')
  const find = page.getByRole('searchbox', { name: 'Sök' })
  await expect(find).toBeFocused()
  await page.keyboard.type('BELYSNING')
  await expect(cards(page)).toHaveCount(2)
  await expect(page.getByText('Visar 2 av 7 lappar')).toBeVisible()
  await find.fill('')
  await page.getByRole('combobox', { name: 'Färg' }).selectOption({ label: 'Rosa' })
  await expect(cards(page)).toHaveCount(1)
  await expect(card(page, 'Stängd fritidsgård')).toHaveCount(1)
  await noViolations(page)
  await page.getByRole('button', { name: 'Visa alla' }).click()
  await expect(cards(page)).toHaveCount(7)
})

test('reflection marks what is already happening; countermeasures attach to it', async ({ page, host, api }) => {
  const w = await createWorkshop(api, 'Farhågor')
  const phaseId = w.phase('cluster')
  const { stickies } = await api<{ stickies: Array<{ id: string }> }>('sticky.addMany', {
    docId: w.docId,
    phaseId,
    texts: ['Ingen lyssnar på unga', 'Unga bjuds aldrig in', 'Höga hyror', 'Biblioteket stänger tidigt']
  })
  await api('cluster.create', { docId: w.docId, phaseId, stickyIds: [stickies[0].id, stickies[1].id], title: 'Unga lyssnas inte på' })
  await w.goTo('reflect')
  await openInPage(page, host, w.path, 'Farhågor')

  const youth = page.locator('li.item').filter({ has: page.getByRole('heading', { name: 'Unga lyssnas inte på' }) })
  await expect(page.getByText('0 av 3 händer redan')).toBeVisible()
  await youth.focus()
  await page.keyboard.press('h')
  await expect(youth).toContainText('Händer redan')
  await expect(youth.getByRole('button', { name: '✓ Händer redan' })).toHaveAttribute('aria-pressed', 'true')
  const rent = page.locator('li.item').filter({ has: page.getByRole('heading', { name: 'Höga hyror' }) })
  await rent.getByRole('button', { name: 'Händer redan?' }).click()
  await expect(page.getByText('2 av 3 händer redan')).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await noViolations(page)
  await shot(page, 'board-reflect')

  await w.goTo('invert')
  const items = page.locator('li.item')
  await expect(items).toHaveCount(2)
  const first = items.filter({ has: page.getByRole('heading', { name: 'Unga lyssnas inte på' }) })
  const form = first.getByRole('form', { name: 'Nytt första steg för Unga lyssnas inte på' })
  await form.getByRole('textbox', { name: 'Första steget' }).fill('Bjud in ungdomsrådet till varje nämndmöte')
  await form.getByRole('textbox', { name: 'Vem' }).fill('Kultur- och fritidsnämnden')
  await form.getByRole('textbox', { name: 'När' }).fill('Före sommaren')
  await form.getByRole('textbox', { name: 'Första steget' }).press('Enter')
  await expect(first.locator('.measure')).toContainText('Bjud in ungdomsrådet till varje nämndmöte')
  await expect(first.locator('.measure')).toContainText('Kultur- och fritidsnämnden')
  await expect(form.getByRole('textbox', { name: 'Första steget' })).toHaveValue('')
  await noViolations(page)
  await shot(page, 'board-invert')

  // It stays linked to its item in the document.
  const { data } = await api<{ data: { countermeasures: Array<{ clusterId: string | null; text: string; owner: string }> } }>('workshop.get', { docId: w.docId })
  const cluster = (await api<{ data: { clusters: Array<{ id: string; title: string }> } }>('workshop.get', { docId: w.docId })).data.clusters.find((c) => c.title === 'Unga lyssnas inte på')
  expect(data.countermeasures).toEqual([expect.objectContaining({ clusterId: cluster?.id, text: 'Bjud in ungdomsrådet till varje nämndmöte', owner: 'Kultur- och fritidsnämnden' })])

  // Delete with undo.
  await first.getByRole('button', { name: /Ta bort steget/ }).click()
  await expect(first.locator('.measure')).toHaveCount(0)
  await page.getByRole('listitem').filter({ hasText: 'Steget togs bort.' }).getByRole('button', { name: 'Ångra' }).click()
  await expect(first.locator('.measure')).toHaveCount(1)
})
