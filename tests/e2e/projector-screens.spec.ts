import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { createWorkshop, openInPage, type Workshop } from './board-helpers.ts'
import { expect, test } from './fixtures.ts'
import { openProjectorPage, screen, shot } from './projector-helpers.ts'
import { WCAG_TAGS as AXE_TAGS } from './axe.ts'

// The room's screen in every phase kind at 1920×1080 and 1280×720, with a full, realistic wall:
// long notes, several scripts, a note the guard withholds, clusters, first steps, a revealed
// vote, an effect chain and answers. The screenshots are for reading from the back row; the
// assertions check what must hold at any size: body text no smaller than 28 px at 1080p
// (scaled for 720p), nothing overflowing the screen, and no axe violations.

type Api = <T = unknown>(method: string, input?: unknown) => Promise<T>

const NOTES = [
  'Bussen slutar gå klockan sju på kvällen',
  'Ingen belysning i gångtunneln vid skolan',
  'Fritids stänger tidigt och barnen är ensamma i flera timmar efter skolan',
  'Biblioteket har kortare öppettider',
  'الحافلة لا تأتي بعد الساعة السابعة',
  'Bas-ka ma yimaado habeenkii',
  'Ungdomsgården har lagts ner och det finns ingenstans att vara när det regnar, så de unga samlas i trapphusen och grannarna blir oroliga och ringer polisen i stället för att prata med dem',
  'Ring mig på 811218-9876 om lokalen',
  'Föräldrar känner inte varandra',
  'Nuoret eivät tunne ketään',
  'Ingen vuxen finns på torget',
  'Vi vet inte vem vi ska ringa'
]

interface Seeded extends Workshop {
  clusters: string[]
  notes: string[]
}

/** The workshop at its capture phase with the notes written, nothing grouped yet. */
async function seedNotes(api: Api): Promise<Workshop & { notes: string[] }> {
  const ws = await createWorkshop(api, 'Trygghet i Alby')
  await ws.goTo('capture')
  const notes: string[] = []
  for (const [i, text] of NOTES.entries()) {
    const colour = ['yellow', 'yellow', 'blue', 'green', 'pink', 'orange', 'yellow', 'yellow', 'purple', 'blue', 'green', 'yellow'][i]
    notes.push((await api<{ id: string }>('sticky.add', { docId: ws.docId, phaseId: ws.phase('capture'), text, colour })).id)
  }
  return { ...ws, notes }
}

/** Everything after writing: groups, first steps, the vote, the effect chain, recommendations and answers. */
async function seedRest(api: Api, ws: Workshop & { notes: string[] }): Promise<Seeded> {
  const { docId } = ws
  // As in the exercise: the notes are brought into the grouping phase and grouped there; the
  // phases after it (reflect, vote, invert) work on those groups.
  const phaseId = ws.phase('cluster')
  const brought = await api<{ stickies: Array<{ id: string; text: string }> }>('sticky.bringIn', { docId, ids: ws.notes, toPhaseId: phaseId })
  const notes = NOTES.map((text) => brought.stickies.find((s) => s.text === text)!.id)
  const group = async (ids: number[], title?: string): Promise<string> =>
    (await api<{ id: string }>('cluster.create', { docId, phaseId, stickyIds: ids.map((i) => notes[i]), title })).id
  const clusters = [
    await group([0, 4, 5], 'Kollektivtrafiken på kvällen'),
    await group([1, 10], 'Otrygga platser'),
    await group([2, 6], 'Inget att göra för unga'),
    await group([8, 9, 11], 'Vi känner inte varandra')
  ]
  await api('board.setHappening', { docId, targetType: 'cluster', id: clusters[1], happening: true })
  await api('board.setHappening', { docId, targetType: 'sticky', id: notes[3], happening: true })
  await api('countermeasure.add', { docId, targetType: 'cluster', targetId: clusters[1], text: 'Be tekniska förvaltningen sätta upp belysning', owner: 'Tekniska', due: 'maj' })
  await api('countermeasure.add', { docId, targetType: 'cluster', targetId: clusters[2], text: 'Öppna skolans idrottshall på fredagskvällar', owner: 'Fritid', due: 'hösten' })
  await api('countermeasure.add', { docId, targetType: 'cluster', targetId: clusters[3], text: 'Grannfest på gården i juni' })

  const vote = ws.phase('vote')
  await api('vote.configure', { docId, phaseId: vote, voteTarget: 'cluster', dotsPerParticipant: 3 })
  for (const [i, count] of [9, 6, 12, 4].entries()) await api('vote.setTally', { docId, phaseId: vote, targetType: 'cluster', targetId: clusters[i], count })
  await api('vote.reveal', { docId, phaseId: vote })

  const tn = await api<{ id: string }>('body.add', { docId, name: 'Tekniska nämnden', abbreviation: 'TN', contact: 'tn@example.se', isReceiver: true, answerBy: '2030-06-30' })
  const kfn = await api<{ id: string }>('body.add', { docId, name: 'Kultur- och fritidsnämnden', abbreviation: 'KFN', isReceiver: true })
  await api('effectRow.add', {
    docId,
    goalArea: 'Trygghet',
    longTerm: 'Fler känner sig trygga ute på kvällen',
    shortTerm: 'Gångtunneln är upplyst',
    output: 'Ny belysning',
    activity: 'Belysa gångtunneln vid skolan',
    responsibleIds: [tn.id],
    time: '2026',
    collabNow: 'specified',
    collabNeeded: 'cooperation'
  })
  await api('effectRow.add', {
    docId,
    goalArea: 'Trygghet',
    longTerm: 'Unga har en plats att vara på',
    shortTerm: 'Idrottshallen är öppen fredagar',
    output: 'Fredagsöppet',
    activity: 'Öppna idrottshallen på fredagskvällar med fritidsledare',
    responsibleIds: [kfn.id],
    time: 'Hösten 2026',
    resources: 'Två fritidsledare'
  })
  await api('effectRow.add', { docId, goalArea: 'Gemenskap', shortTerm: 'Grannar träffas', activity: 'Grannfest på gården', time: 'Juni' })
  const p1 = await api<{ id: string }>('proposal.add', { docId, text: 'Belys alla gångtunnlar i Alby före vintern', theme: 'Trygghet', receiverIds: [tn.id] })
  const p2 = await api<{ id: string }>('proposal.add', { docId, text: 'Öppna skolans lokaler för unga på kvällar och helger', theme: 'Unga', receiverIds: [kfn.id, tn.id] })
  await api('response.record', { docId, proposalId: p1.id, bodyId: tn.id, decision: 'agreed', commitment: 'Vi belyser två tunnlar i år', date: '2026-03-12' })
  await api('response.record', { docId, proposalId: p2.id, bodyId: kfn.id, decision: 'partly', commitment: 'Fredagar från hösten' })

  // Recommendations and answers are phases of later meetings; here they join this one's end.
  const { data } = await api<{ data: { meetings: Array<{ id: string }> } }>('workshop.get', { docId })
  await api('phase.add', { docId, meetingId: data.meetings[0].id, kind: 'proposals', title: 'Rekommendationer', prompt: 'Vad rekommenderar vi nämnderna?' })
  await api('phase.add', { docId, meetingId: data.meetings[0].id, kind: 'responses', title: 'Svar', prompt: 'Vad svarade nämnderna?' })
  return { ...ws, notes, clusters }
}

async function phaseOf(api: Api, docId: string, kind: string): Promise<string> {
  const { data } = await api<{ data: { phases: Array<{ id: string; kind: string }> } }>('workshop.get', { docId })
  return data.phases.find((p) => p.kind === kind)!.id
}

/** What must hold on every screen: big enough text, nothing pushed off the screen. */
async function checkReadable(room: Page, width: number, height: number): Promise<void> {
  const scale = Math.min(width, height) / 1080
  // A string, as it runs in the page: this file is type-checked without the DOM's types.
  const report = await room.evaluate<{ sizes: number[]; offscreen: number }>(`(() => {
    const sizes = []
    for (const el of document.querySelectorAll('.pj-note__text, .pj-bar__label, .pj-table td, .pj-proposal__text, .pj-vote-item, .pj-cluster__title, .pj__big-prompt, .pj-spot__text')) {
      if (el.getClientRects().length > 0) sizes.push(parseFloat(getComputedStyle(el).fontSize))
    }
    const root = document.querySelector('.pj').getBoundingClientRect()
    const offscreen = [...document.querySelectorAll('.pj__head, .pj-timer, .pj-join')].filter((el) => {
      const r = el.getBoundingClientRect()
      return r.right > root.right + 1 || r.bottom > root.bottom + 1
    }).length
    return { sizes, offscreen }
  })()`)
  expect(report.offscreen).toBe(0)
  for (const size of report.sizes) expect(size).toBeGreaterThanOrEqual(27.5 * scale)
}

for (const [width, height] of [
  [1920, 1080],
  [1280, 720]
] as const) {
  test(`the projector in every phase kind at ${width}×${height}`, async ({ page, context, host, api }) => {
    test.setTimeout(120_000)
    const written = await seedNotes(api)
    const { docId } = written
    await api('participants.start', { docId, address: '127.0.0.1', port: 0, mode: 'controlled' })
    const { page: room } = await openProjectorPage(context, api, docId, { width, height })
    const wall = screen(room)
    const size = `${width}x${height}`
    const look = async (name: string): Promise<void> => {
      await room.waitForTimeout(150)
      await checkReadable(room, width, height)
      await shot(room, `projector-${size}-${name}`)
    }

    await api('run.goToPhase', { docId, phaseId: written.phase('inform') })
    await api('timer.start', { docId, phaseId: written.phase('inform') })
    await expect(wall).toHaveAttribute('data-kind', 'prompt')
    await expect(wall.locator('.pj-join')).toBeVisible()
    await expect(wall.locator('.pj-join__qr')).toBeVisible()
    await look('inform-join')
    expect((await new AxeBuilder({ page: room }).withTags(AXE_TAGS).analyze()).violations).toEqual([])

    // Writing, with phones joining: the wall of notes beside the join card.
    await written.goTo('capture')
    await api('timer.start', { docId, phaseId: written.phase('capture') })
    await expect(wall).toHaveAttribute('data-kind', 'board')
    await expect(wall.locator('.pj-note')).toHaveCount(NOTES.length)
    await expect(wall.locator('.pj-note--withheld')).toHaveText(['Lappen visas inte (personuppgifter)'])
    await expect(wall).not.toContainText('811218-9876')
    await look('capture-join')
    expect((await new AxeBuilder({ page: room }).withTags(AXE_TAGS).analyze()).violations).toEqual([])
    await api('participants.stop', { docId })
    await expect(wall.locator('.pj-join')).toHaveCount(0)
    await look('capture')

    const ws = await seedRest(api, written)

    await ws.goTo('reflect')
    await expect(wall.locator('.pj-happening').first()).toBeVisible()
    await look('reflect')

    await ws.goTo('vote')
    // The four groups, and the two notes in no group, which are options of their own.
    await expect(wall.locator('.pj-bar')).toHaveCount(6)
    await expect(wall.locator('.pj-bar').first()).toContainText('12 prickar')
    await look('vote-revealed')
    expect((await new AxeBuilder({ page: room }).withTags(AXE_TAGS).analyze()).violations).toEqual([])

    await ws.goTo('invert')
    await expect(wall).toContainText('Första steg')
    await look('invert')

    await ws.goTo('effect_chain')
    await expect(wall.locator('.pj-table tbody tr')).toHaveCount(3)
    await look('effect-chain')
    expect((await new AxeBuilder({ page: room }).withTags(AXE_TAGS).analyze()).violations).toEqual([])

    const proposals = await phaseOf(api, docId, 'proposals')
    await api('run.goToPhase', { docId, phaseId: proposals })
    await expect(wall.locator('.pj-proposal')).toHaveCount(2)
    await look('proposals')
    // Time up, counted on the projector itself: the state in words as well as in colour.
    await api('phase.update', { docId, id: proposals, patch: { durationSec: 2 } })
    await api('timer.reset', { docId, phaseId: proposals })
    await api('timer.start', { docId, phaseId: proposals })
    await expect(wall.locator('.pj-timer')).toHaveAttribute('data-state', 'over', { timeout: 5_000 })
    await expect(wall.locator('.pj-timer')).toContainText('Tiden är ute')
    await look('timer-over')
    await api('run.goToPhase', { docId, phaseId: await phaseOf(api, docId, 'responses') })
    await expect(wall.locator('.pj-response')).toHaveCount(2)
    await look('responses')

    await ws.goTo('cluster')
    await api('projector.setPresenter', { docId, spotlight: { type: 'cluster', id: ws.clusters[2] } })
    await expect(wall.locator('.pj-spot')).toContainText('Inget att göra för unga')
    await look('spotlight-cluster')
    await api('projector.setPresenter', { docId, spotlight: { type: 'sticky', id: ws.notes[6] } })
    await expect(wall.locator('.pj-spot')).toContainText('Ungdomsgården')
    await look('spotlight-long-note')
    await api('projector.setPresenter', { docId, spotlight: null, blank: true })
    await expect(wall).toHaveAttribute('data-kind', 'blank')
    await look('blank')
    await api('projector.setPresenter', { docId, blank: false })
    await expect(wall).toHaveAttribute('data-kind', 'board')
    await look('cluster')

    if (width === 1920) {
      // Dark, as in a dim room: the address picks it.
      const { url } = await api<{ url: string }>('projector.url', { docId })
      await room.goto(url.replace('#', '&theme=dark#'))
      await expect(screen(room).locator('.pj-note')).toHaveCount(NOTES.length)
      await look('cluster-dark')
      expect((await new AxeBuilder({ page: room }).withTags(AXE_TAGS).analyze()).violations).toEqual([])
      await ws.goTo('vote')
      await expect(screen(room).locator('.pj-bar')).toHaveCount(6)
      await look('vote-dark')
      expect((await new AxeBuilder({ page: room }).withTags(AXE_TAGS).analyze()).violations).toEqual([])

      // The facilitator's side: the presenter panel with its preview.
      await openInPage(page, host, ws.path, 'Trygghet i Alby')
      await page.getByRole('tab', { name: 'Projektorn' }).click()
      await expect(page.getByRole('region', { name: 'Förhandsvisning av projektorn' }).locator('.pj-bar')).toHaveCount(6)
      await shot(page, 'projector-facilitator-panel', { fullPage: false })
    }
  })
}

test('a wall too full for the screen keeps its text readable and says how many notes did not fit', async ({ context, api }) => {
  const ws = await createWorkshop(api, 'Full vägg')
  await ws.goTo('capture')
  const texts = Array.from({ length: 90 }, (_, i) => `Lapp ${i + 1}: ${NOTES[i % NOTES.length]}`)
  await api('sticky.addMany', { docId: ws.docId, phaseId: ws.phase('capture'), texts })
  const { page: room } = await openProjectorPage(context, api, ws.docId, { width: 1920, height: 1080 })
  const wall = screen(room)
  await expect(wall.locator('.pj-note')).toHaveCount(90)
  const more = wall.locator('.pj__more')
  await expect(more).toBeVisible()
  const hidden = Number((await more.innerText()).match(/\d+/)?.[0])
  expect(hidden).toBeGreaterThan(0)
  expect(hidden).toBeLessThan(90)
  await checkReadable(room, 1920, 1080)
  await shot(room, 'projector-1920x1080-full-wall')
})
