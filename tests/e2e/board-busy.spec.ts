import AxeBuilder from '@axe-core/playwright'
import { cards, createWorkshop, openInPage, shot, type PageGlobals } from './board-helpers.ts'
import { expect, test } from './fixtures.ts'
import { WCAG_TAGS } from './axe.ts'

// Screenshots of a busy board as a facilitator sees it mid-workshop: about 40 notes in Swedish,
// Arabic and with emoji, six groups (one collapsed, one marked), some loose notes, a selection;
// then the vote on those groups, revealed. Both themes are scanned with axe.

const GROUPS: Array<{ title?: string; colour: string; notes: string[] }> = [
  { title: 'Trygghet på kvällen', colour: 'blue', notes: ['Ingen belysning i parken', 'Mörkt vid busshållplatsen', 'Otrygga gångtunnlar 🌙', 'لا توجد إضاءة في الحديقة', 'Väktare bara på dagtid', 'Buskar som skymmer gångvägen'] },
  { colour: 'yellow', notes: ['Fritidsgården stänger klockan 18', 'Fritidsgården har inga aktiviteter för tjejer', 'Fritidsgården är full', 'نادي الشباب مغلق في العطلة'] },
  { title: 'Kollektivtrafik', colour: 'green', notes: ['Bussen går för sällan', 'Bussen är alltid försenad 🚌', 'Ingen buss på söndagar', 'Dyrt månadskort'] },
  { colour: 'pink', notes: ['Biblioteket stänger tidigt', 'Biblioteket har få böcker på arabiska 📚', 'المكتبة تغلق مبكرا', 'Ingen läxhjälp på biblioteket'] },
  { title: 'Ingen lyssnar', colour: 'orange', notes: ['Ingen lyssnar på unga', 'Dialogmöten hålls på dagtid', 'Vi får aldrig veta vad som händer sen 🤷', 'Politikerna kommer bara före valet', 'Enkäter bara på svenska'] },
  { title: 'Boende', colour: 'purple', notes: ['Höga hyror', 'Trångbodda familjer', 'Renoveringar höjer hyran 💸', 'Lång kö till hyresrätt'] }
]

const LOOSE = [
  'Skräp på torget',
  'Inga bänkar att sitta på',
  'Stängd vårdcentral',
  'Lång väntetid på vårdcentralen',
  'نريد أماكن آمنة للشباب',
  'Få jobb för unga på sommaren ☀️',
  'Föreningarna får inga lokaler',
  'Ingen information på andra språk',
  'Polisen syns aldrig',
  'Lekplatsen är trasig',
  'Cykelbanan tar slut mitt i',
  'Ingen mötesplats för äldre'
]

test('a busy board and its vote, looked at as a facilitator would', async ({ page, host, api }) => {
  test.setTimeout(120_000)
  const w = await createWorkshop(api, 'Trygghet i Fittja – träff 2')
  const phaseId = w.phase('cluster')
  const clusterIds: string[] = []
  for (const g of GROUPS) {
    const { stickies } = await api<{ stickies: Array<{ id: string }> }>('sticky.addMany', { docId: w.docId, phaseId, texts: g.notes, colour: g.colour })
    const c = await api<{ id: string }>('cluster.create', { docId: w.docId, phaseId, stickyIds: stickies.map((s) => s.id), ...(g.title ? { title: g.title } : {}) })
    clusterIds.push(c.id)
  }
  await api('sticky.addMany', { docId: w.docId, phaseId, texts: LOOSE.slice(0, 6) })
  await api('sticky.addMany', { docId: w.docId, phaseId, texts: LOOSE.slice(6), colour: 'grey' })
  await api('cluster.setCollapsed', { docId: w.docId, id: clusterIds[5], collapsed: true })
  await api('board.setHappening', { docId: w.docId, targetType: 'cluster', id: clusterIds[0], happening: true })
  await w.goTo('cluster')

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 }
  ]) {
    await page.setViewportSize(viewport)
    await openInPage(page, host, w.path, 'Trygghet i Fittja – träff 2')
    await expect(cards(page)).toHaveCount(GROUPS.slice(0, 5).reduce((n, g) => n + g.notes.length, 0) + LOOSE.length)
    await expect(page.locator('.suggestions__summary')).not.toContainText('Letar')
    // Two loose notes selected, one focused: what the keyboard user sees before pressing M.
    const loose = page.locator('section.board__unsorted [data-sticky-id]')
    await loose.nth(2).focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Space')
    await page.evaluate(() => {
      const { document, window } = globalThis as unknown as PageGlobals
      const board = document.querySelector('.board-controls')
      if (board) window.scrollTo(0, board.getBoundingClientRect().top + window.scrollY - 70)
    })
    await page.screenshot({ path: `test-results/screenshots/board-busy-${viewport.width}x${viewport.height}-view.png` })
    await shot(page, `board-busy-${viewport.width}x${viewport.height}`)
    await page.keyboard.press('Escape')
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    // Buttons fade their colours for 120 ms; measure contrast after, not halfway.
    await page.waitForTimeout(400)
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    expect(results.violations.map((v) => `${v.id} (${colorScheme}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  }
  await shot(page, 'board-busy-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // The vote on those groups, typed in from paper and revealed.
  const vote = w.phase('vote')
  await api('vote.configure', { docId: w.docId, phaseId: vote, voteTarget: 'cluster' })
  const tallies = [14, 9, 6, 3, 11, 4]
  for (const [i, id] of clusterIds.entries()) {
    await api('vote.setTally', { docId: w.docId, phaseId: vote, targetType: 'cluster', targetId: id, count: tallies[i] })
  }
  await w.goTo('vote')
  await page.getByRole('button', { name: 'Visa resultatet' }).click()
  const rows = page.locator('.results__row')
  await expect(rows).toHaveCount(6)
  await expect(rows.first()).toContainText('Trygghet på kvällen')
  await expect(rows.first()).toContainText('14 prickar')
  await expect(page.getByText('12 saker fick inga prickar')).toBeVisible()
  await page.locator('#vote-result-heading').scrollIntoViewIfNeeded()
  await shot(page, 'board-vote-result')
})
