import AxeBuilder from '@axe-core/playwright'
import { createWorkshop, openInPage } from './board-helpers.ts'
import { expect, test } from './fixtures.ts'
import { openProjectorPage, screen } from './projector-helpers.ts'
import { WCAG_TAGS as AXE_TAGS } from './axe.ts'

// Two pages on one workshop: the facilitator's and the room's screen, opened at the projector
// address. Whatever the facilitator does shows on the projector without a reload; the presenter
// keys (B, F, S, arrows, Esc) act on the room's screen only.

test('adding, revealing, clustering, voting and phase changes appear on the projector', async ({ page, context, host, api }) => {
  const ws = await createWorkshop(api, 'Trygghet i Alby')
  await ws.goTo('capture')
  await openInPage(page, host, ws.path, 'Trygghet i Alby')
  const { page: room, requests } = await openProjectorPage(context, api, ws.docId)
  const wall = screen(room)
  await expect(wall).toHaveAttribute('data-kind', 'board')
  await expect(wall.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(wall).toContainText('Inga lappar ännu')

  // Adding a note on the laptop.
  const capture = page.getByRole('textbox', { name: 'Ny lapp' })
  await capture.fill('Bussen slutar gå klockan sju')
  await capture.press('Enter')
  await expect(wall.locator('.pj-note')).toHaveText(['Bussen slutar gå klockan sju'])

  // Silent writing: the room sees how many, never what; the reveal shows them all.
  await api('phase.setSilent', { docId: ws.docId, phaseId: ws.phase('capture'), silent: true })
  await expect(wall).toContainText('Tyst skrivande')
  const lamp = await api<{ id: string }>('sticky.add', { docId: ws.docId, phaseId: ws.phase('capture'), text: 'Ingen belysning i gångtunneln' })
  await expect(wall).toContainText('1 lapp väntar på att visas')
  await expect(wall).not.toContainText('Ingen belysning i gångtunneln')
  await api('board.reveal', { docId: ws.docId, phaseId: ws.phase('capture') })
  await expect(wall.locator('.pj-note')).toHaveCount(2)
  await expect(wall).toContainText('Ingen belysning i gångtunneln')
  await api('phase.setSilent', { docId: ws.docId, phaseId: ws.phase('capture'), silent: false })
  await expect(wall).not.toContainText('Tyst skrivande')

  // Clustering.
  const third = await api<{ id: string }>('sticky.add', { docId: ws.docId, phaseId: ws.phase('capture'), text: 'Skolan stänger fritids tidigt' })
  const bus = (await api<{ data: { stickies: Array<{ id: string; text: string }> } }>('workshop.get', { docId: ws.docId })).data.stickies.find(
    (s) => s.text === 'Bussen slutar gå klockan sju'
  )!
  const dark = await api<{ id: string }>('cluster.create', { docId: ws.docId, phaseId: ws.phase('capture'), stickyIds: [lamp.id, bus.id], title: 'Otrygga kvällar' })
  const cluster = wall.locator(`[data-cluster-id="${dark.id}"]`)
  await expect(cluster.getByRole('heading', { level: 2 })).toContainText('Otrygga kvällar')
  await expect(cluster.locator('.pj-note')).toHaveCount(2)
  await expect(wall.locator('.pj-cluster--unsorted .pj-note')).toHaveText(['Skolan stänger fritids tidigt'])
  // Signatures show only when the workshop says so.
  await api('sticky.update', { docId: ws.docId, id: third.id, patch: { authorLabel: 'Grupp 3' } })
  await expect(wall.locator('.pj-note__author')).toHaveCount(0)
  await api('workshop.update', { docId: ws.docId, patch: { showAuthorsOnProjector: true } })
  await expect(wall.locator('.pj-note__author')).toHaveText(['— Grupp 3'])
  await api('workshop.update', { docId: ws.docId, patch: { showAuthorsOnProjector: false } })
  await expect(wall.locator('.pj-note__author')).toHaveCount(0)

  // Voting: the items while the dots are placed, the ranking with numbers once revealed.
  await api('vote.configure', { docId: ws.docId, phaseId: ws.phase('vote'), voteTarget: 'sticky' })
  await ws.goTo('vote')
  await expect(wall).toHaveAttribute('data-kind', 'vote')
  await expect(wall).toContainText('Röstningen pågår')
  await api('vote.setTally', { docId: ws.docId, phaseId: ws.phase('vote'), targetType: 'sticky', targetId: third.id, count: 5 })
  await api('vote.setTally', { docId: ws.docId, phaseId: ws.phase('vote'), targetType: 'sticky', targetId: lamp.id, count: 2 })
  await expect(wall.locator('.pj-vote-item')).toHaveCount(3)
  await expect(wall).not.toContainText('5 prickar')
  await api('vote.reveal', { docId: ws.docId, phaseId: ws.phase('vote') })
  await expect(wall.locator('.pj-bar')).toHaveCount(3)
  await expect(wall.locator('.pj-bar').first()).toContainText('Skolan stänger fritids tidigt')
  await expect(wall.locator('.pj-bar').first()).toContainText('5 prickar')
  await expect(wall.locator('.pj-bar').nth(1)).toContainText('2 prickar')

  // Phase changes from the laptop's keys (PageDown is what a clicker sends).
  await page.locator('body').press('PageDown')
  await expect(wall).toContainText('Vänd till första steg')
  await page.locator('body').press('PageDown')
  await expect(wall).toHaveAttribute('data-kind', 'effect_chain')
  await api('effectRow.add', { docId: ws.docId, goalArea: 'Trygghet', activity: 'Belysa gångtunneln', time: '2026' })
  await expect(wall.locator('.pj-table tbody tr')).toHaveCount(1)
  await expect(wall.locator('.pj-table')).toContainText('Belysa gångtunneln')
  await page.locator('body').press('PageDown')
  await expect(wall).toHaveAttribute('data-kind', 'prompt')
  await expect(wall.getByRole('heading', { level: 1 })).toBeVisible()
  // The room reads the workshop's language, not the laptop's.
  await expect(wall.locator('.pj-timer')).toContainText('Inte startad')
  await api('workshop.update', { docId: ws.docId, patch: { language: 'en' } })
  await expect(wall.locator('.pj-timer')).toContainText('Not started')
  await expect(room.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('button', { name: 'Projektor', exact: true })).toBeVisible()

  // The room's page read only its own stream: never the API, never the facilitator's events.
  expect(requests.filter((p) => p.startsWith('/api') || p === '/events')).toEqual([])
  const axe = await new AxeBuilder({ page: room }).withTags(AXE_TAGS).analyze()
  expect(axe.violations).toEqual([])
})

test('blank, freeze and spotlight from the laptop keys', async ({ page, context, host, api }) => {
  const ws = await createWorkshop(api, 'Presentera')
  await ws.goTo('capture')
  const phaseId = ws.phase('capture')
  const a = await api<{ id: string }>('sticky.add', { docId: ws.docId, phaseId, text: 'Första lappen' })
  const b = await api<{ id: string }>('sticky.add', { docId: ws.docId, phaseId, text: 'Andra lappen' })
  await api<{ id: string }>('sticky.add', { docId: ws.docId, phaseId, text: 'Tredje lappen' })
  await openInPage(page, host, ws.path, 'Presentera')
  const { page: room } = await openProjectorPage(context, api, ws.docId)
  const wall = screen(room)
  await expect(wall.locator('.pj-note')).toHaveCount(3)
  const pill = page.locator('.presenter-pill')
  await expect(pill).toHaveCount(0)

  // B: a calm, empty screen; B again brings the wall back.
  await page.locator('body').press('b')
  await expect(wall).toHaveAttribute('data-kind', 'blank')
  await expect(wall.locator('.pj-note')).toHaveCount(0)
  expect((await room.locator('body').innerText()).trim()).toBe('')
  await expect(pill).toHaveText('Projektorn: Svart')
  await page.locator('body').press('b')
  await expect(wall.locator('.pj-note')).toHaveCount(3)
  await expect(pill).toHaveCount(0)

  // F: the room keeps its picture while the facilitator tidies up.
  await page.locator('body').press('f')
  await expect(pill).toHaveText('Projektorn: Fryst')
  await api('sticky.add', { docId: ws.docId, phaseId, text: 'Skriven medan bilden var fryst' })
  await api('sticky.update', { docId: ws.docId, id: a.id, patch: { text: 'Första lappen, ändrad' } })
  await expect(page.locator('[data-sticky-id]')).toHaveCount(4)
  await room.waitForTimeout(300)
  await expect(wall.locator('.pj-note')).toHaveCount(3)
  await expect(wall).not.toContainText('Skriven medan bilden var fryst')
  await expect(wall).not.toContainText('ändrad')
  await page.locator('body').press('f')
  await expect(wall.locator('.pj-note')).toHaveCount(4)
  await expect(wall).toContainText('Första lappen, ändrad')
  await expect(pill).toHaveCount(0)

  // S with a note focused on the laptop puts that note in the spotlight; arrows step; Esc ends.
  await page.locator(`[data-sticky-id="${b.id}"]`).focus()
  await page.keyboard.press('s')
  const spot = wall.locator('.pj-spot')
  await expect(spot).toHaveAttribute('data-spotlight', `sticky:${b.id}`)
  await expect(spot).toContainText('Andra lappen')
  await expect(pill).toHaveText('Projektorn: Strålkastare på')
  await page.keyboard.press('ArrowRight')
  await expect(spot).toContainText('Tredje lappen')
  // The laptop's focus stayed where it was: the arrows drove the spotlight, not the board.
  await expect(page.locator(`[data-sticky-id="${b.id}"]`)).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(spot).toContainText('Första lappen, ändrad')
  await page.keyboard.press('Escape')
  await expect(spot).toHaveCount(0)
  await expect(pill).toHaveCount(0)
  // With the spotlight off the board has its arrows back.
  await page.keyboard.press('ArrowRight')
  await expect(page.locator(`[data-sticky-id="${b.id}"]`)).not.toBeFocused()

  // The side panel: the same controls by pointer, and a preview of what the room sees.
  await page.getByRole('tab', { name: 'Projektorn' }).click()
  const panel = page.getByRole('tabpanel')
  const preview = panel.getByRole('region', { name: 'Förhandsvisning av projektorn' })
  await expect(preview.locator('.pj-note')).toHaveCount(4)
  await panel.getByRole('button', { name: /Svart skärm/ }).click()
  await expect(panel.getByRole('button', { name: /Svart skärm/ })).toHaveAttribute('aria-pressed', 'true')
  await expect(wall).toHaveAttribute('data-kind', 'blank')
  await expect(preview.locator('.pj')).toHaveAttribute('data-kind', 'blank')
  await panel.getByRole('button', { name: /Svart skärm/ }).click()
  await panel.getByRole('button', { name: /Nästa/ }).click()
  await expect(spot).toHaveAttribute('data-spotlight', `sticky:${a.id}`)
  await expect(preview.locator('.pj-spot')).toHaveAttribute('data-spotlight', `sticky:${a.id}`)
  await expect(panel.getByTestId('presenter-state')).toHaveText('Projektorn: Strålkastare på')
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  expect(axe.violations).toEqual([])
  await panel.getByRole('button', { name: /Avsluta strålkastaren/ }).click()
  await expect(spot).toHaveCount(0)
})

test('the Projektor button opens the room’s screen in a new window', async ({ page, context, host, api }) => {
  const ws = await createWorkshop(api, 'Öppna projektorn')
  await ws.goTo('capture')
  await api('sticky.add', { docId: ws.docId, phaseId: ws.phase('capture'), text: 'Syns på projektorn' })
  await openInPage(page, host, ws.path, 'Öppna projektorn')
  const opened = context.waitForEvent('page')
  await page.getByRole('button', { name: 'Projektor', exact: true }).click()
  const room = await opened
  await expect(screen(room).locator('.pj-note')).toHaveText(['Syns på projektorn'])
  // The key is taken out of the address bar, and a reload still works (the tab remembers it).
  expect(new URL(room.url()).searchParams.get('ptoken')).toBeNull()
  await room.reload()
  await expect(screen(room).locator('.pj-note')).toHaveText(['Syns på projektorn'])
})
