import { card, cards, clusterSection, createWorkshop, drag, openInPage } from './board-helpers.ts'
import { expect, test } from './fixtures.ts'

// Issue 4 §9, the working half (bench/board.ts measures the timing): 2,000 notes in 60 clusters
// open with only what is in view mounted, a drag completes, and the keyboard can still reach a
// cluster far down the board that is not mounted at all.

test('a board of 2,000 notes in 60 clusters opens, drags, and moves by keyboard to a cluster out of view', async ({ page, host, api }) => {
  test.setTimeout(180_000)
  const w = await createWorkshop(api, 'Stor tavla')
  const phaseId = w.phase('cluster')
  const texts = Array.from({ length: 2_000 }, (_, i) => `Lapp ${i + 1} om ${['belysning', 'bussar', 'bibliotek', 'hyror', 'skola'][i % 5]}`)
  const { stickies } = await api<{ stickies: Array<{ id: string }> }>('sticky.addMany', { docId: w.docId, phaseId, texts })
  for (let c = 0; c < 60; c++) {
    await api('cluster.create', { docId: w.docId, phaseId, stickyIds: stickies.slice(c * 32, c * 32 + 32).map((s) => s.id), title: `Grupp ${c + 1}` })
  }
  await w.goTo('cluster')
  await openInPage(page, host, w.path, 'Stor tavla')
  await expect(clusterSection(page, 'Grupp 1')).toBeVisible()
  // Only what is in view (with a margin) is mounted.
  const mounted = await cards(page).count()
  expect(mounted).toBeGreaterThan(20)
  expect(mounted).toBeLessThan(400)
  await expect(clusterSection(page, 'Grupp 60')).toHaveCount(0)

  // A drag from one cluster into the next.
  const from = card(page, 'Lapp 1 om belysning')
  await drag(page, from, clusterSection(page, 'Grupp 2').locator('.cluster__head'))
  await expect(cards(clusterSection(page, 'Grupp 2')).filter({ hasText: 'Lapp 1 om belysning' })).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'Ångra: flyttad lapp' })).toBeVisible()

  // By keyboard to the last cluster, which is not mounted: the board scrolls there and the focus follows.
  await card(page, 'Lapp 2 om bussar').focus()
  await page.keyboard.press('m')
  const picker = page.getByRole('dialog', { name: 'Flytta lappen till …' })
  await page.keyboard.type('Grupp 60')
  await expect(picker.getByRole('option')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(card(page, 'Lapp 2 om bussar')).toBeFocused()
  await expect(clusterSection(page, 'Grupp 60')).toBeVisible()
  await expect(cards(clusterSection(page, 'Grupp 60')).filter({ hasText: 'Lapp 2 om bussar' })).toHaveCount(1)
})
