import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import path from 'node:path'
import { expect, screenshot, SCREENSHOT_DIR, test } from './fixtures.ts'
import { WCAG_TAGS as WCAG } from './axe.ts'

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  expect(results.passes.length).toBeGreaterThan(10)
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

interface Opened {
  docId: string
  path: string
}

interface Data {
  meetings: { id: string; position: number; status: string }[]
  phases: { id: string; meetingId: string; position: number; title: string }[]
  workshop: { anchoringOverride: string | null }
}

const setupUrl = (url: string, path: string): string => `${url}#/setup?${new URLSearchParams({ path }).toString()}`

test('an ECAR circle refuses meeting 1 without a receiver, starts once one is named, and meeting 2 continues from meeting 1', async ({
  page,
  host,
  api
}) => {
  const opened = await api<Opened>('library.create', { title: 'Diskriminering i vardagen', methodId: 'ecar-circle' })
  const read = async (): Promise<Data> => (await api<{ data: Data }>('workshop.get', { docId: opened.docId })).data
  await page.goto(setupUrl(host.url, opened.path))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diskriminering i vardagen')

  await page.getByLabel('Syfte').fill('Undersöka hur unga i Botkyrka möter diskriminering i skolan och i kontakten med kommunen.')
  await page.getByLabel('Arrangör').fill('Demokratiutvecklare, kommunledningsförvaltningen')
  await page.getByRole('textbox', { name: 'Kommun' }).fill('Botkyrka')
  await page.getByRole('radio', { name: /Inflytande/ }).check()
  await page.getByLabel('Datum för träff 1').fill('2025-03-12')
  await page.getByLabel('Plats för träff 1').fill('Alby bibliotek')
  await page.getByLabel('Datum för träff 2').fill('2025-03-26')
  await page.getByLabel('Plats för träff 1').press('Tab')

  // Anchoring first: the start is refused, with the ECAR lesson and what is missing.
  const anchoring = page.getByRole('region', { name: 'Förankring' })
  await expect(anchoring).toContainText('kräver förankring')
  await expect(anchoring).toContainText('ECAR')
  await page.getByRole('button', { name: /Starta träff 1/ }).click()
  const refusal = page.getByRole('group', { name: 'Träffen kan inte starta ännu.' })
  await expect(refusal).toBeVisible()
  await expect(refusal).toContainText('ECAR-cirklarna i Botkyrka')
  await expect(refusal).toContainText('en mottagare')
  await expect(refusal).toContainText('ett datum då mottagaren ska svara')
  expect((await read()).meetings.every((m) => m.status === 'planned')).toBe(true)

  // "Lägg till mottagare" takes the focus to the form; a receiver without a date is not enough.
  await refusal.getByRole('button', { name: 'Lägg till mottagare' }).click()
  const name = anchoring.getByRole('textbox', { name: 'Namn' })
  await expect(name).toBeFocused()
  await name.fill('Utbildningsnämnden')
  await anchoring.getByLabel('Förkortning').fill('UN')
  await anchoring.getByLabel('Kontaktperson eller e-post').fill('registrator@botkyrka.se')
  await anchoring.getByRole('button', { name: 'Lägg till mottagare' }).click()
  await expect(anchoring.getByText('Utbildningsnämnden (UN)')).toBeVisible()
  await expect(anchoring.getByTestId('anchoring-status')).toContainText('ett datum då mottagaren ska svara')
  await expect(refusal).toBeVisible()
  await page.getByRole('button', { name: /Starta träff 1/ }).click()
  expect((await read()).meetings.every((m) => m.status === 'planned')).toBe(true)

  await anchoring.getByRole('button', { name: 'Ändra Utbildningsnämnden' }).click()
  await anchoring.getByLabel('Svarar senast').first().fill('2025-11-30')
  await anchoring.getByRole('button', { name: 'Spara' }).click()
  await expect(anchoring.getByText('Svarar senast 30 november 2025')).toBeVisible()
  await expect(anchoring.getByTestId('anchoring-status')).toHaveText(/Förankringen är klar/)
  await expect(refusal).toBeHidden()

  await anchoring.getByRole('textbox', { name: 'Namn' }).fill('Kultur- och fritidsförvaltningen')
  await anchoring.getByLabel('Förkortning').fill('KFF')
  await anchoring.getByLabel('Typ').selectOption('forvaltning')
  await anchoring.getByLabel('Svarar senast').fill('2025-12-15')
  await anchoring.getByRole('button', { name: 'Lägg till mottagare' }).click()
  await expect(anchoring.getByText('Kultur- och fritidsförvaltningen (KFF)')).toBeVisible()
  await expect(page.locator('.start-checklist__item--done')).toHaveCount(3)
  expect(await violations(page)).toEqual([])
  await page.evaluate('window.scrollTo(0, 0)')
  await screenshot(page, 'run-setup')
  // What a facilitator sees on a laptop screen: the top, and the anchoring section.
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'run-setup-top.png') })
  await anchoring.getByRole('heading', { name: 'Förankring' }).evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.evaluate('window.scrollBy(0, -90)')
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'run-setup-anchoring.png') })

  // Now it starts, and the room is at the first phase of meeting 1.
  await page.getByRole('button', { name: /Starta träff 1/ }).click()
  await expect(page).toHaveURL(/#\/w\?path=/)
  await expect(page.locator('.phase-rail [aria-current="step"]')).toContainText('Välkomna')
  const data = await read()
  expect(data.workshop.anchoringOverride).toBeNull()
  const meetings = [...data.meetings].sort((a, b) => a.position - b.position)
  expect(meetings[0].status).toBe('running')

  // Meeting 1 finds its themes (named groups) and leaves an open question.
  const m1 = data.phases.filter((p) => p.meetingId === meetings[0].id).sort((a, b) => a.position - b.position)
  const capture = m1.find((p) => p.title === 'Erfarenheter från vardagen')!
  const notes: string[] = []
  for (const text of ['Läraren uttalar mitt namn fel varje gång', 'Blanketterna finns bara på svenska', 'Vakten följer efter oss i affären']) {
    notes.push((await api<{ id: string }>('sticky.add', { docId: opened.docId, phaseId: capture.id, text })).id)
  }
  await api('cluster.create', { docId: opened.docId, phaseId: capture.id, stickyIds: [notes[0]], title: 'Bemötande i skolan' })
  await api('cluster.create', { docId: opened.docId, phaseId: capture.id, stickyIds: [notes[1]], title: 'Språk och information' })

  await page.getByRole('tab', { name: 'Teman och frågor' }).click()
  const panel = page.getByRole('tabpanel')
  await expect(panel).toContainText('Det här är första träffen')
  await panel.getByLabel('Ny öppen fråga').fill('Vem på skolan ansvarar för bemötandet?')
  await panel.getByRole('button', { name: 'Lägg till fråga' }).click()
  await expect(panel.getByRole('listitem').filter({ hasText: 'Vem på skolan ansvarar för bemötandet?' })).toBeVisible()
  await expect(panel.getByLabel('Ny öppen fråga')).toHaveValue('')
  await page.getByRole('tab', { name: 'Teman och frågor' }).click()

  // To the last phase by the rail, then finish the meeting.
  await page.locator('.phase-rail').getByRole('button', { name: /Till nästa gång/ }).click()
  await expect(page.locator('.phase-rail [aria-current="step"]')).toContainText('Till nästa gång')
  await page.getByRole('button', { name: /Avsluta träffen/ }).click()
  await expect(page.getByRole('heading', { name: 'Träff 1 är avslutad.' })).toBeVisible()
  await expect(page.getByText('Nästa träff: Problemformulering, 26 mars 2025')).toBeVisible()

  // Meeting 2 starts at its recap, with meeting 1's themes and open question in view.
  await page.getByRole('button', { name: /Starta träff 2/ }).click()
  await expect(page.locator('.phase-rail [aria-current="step"]')).toContainText('Återblick')
  const carried = page.getByRole('region', { name: 'Det här följer med från tidigare träffar' })
  await expect(carried).toBeVisible()
  await expect(carried.getByRole('listitem').filter({ hasText: 'Bemötande i skolan' })).toContainText('från Uppstart och teman')
  await expect(carried.getByRole('listitem').filter({ hasText: 'Språk och information' })).toBeVisible()
  await expect(carried.getByText('Vem på skolan ansvarar för bemötandet?')).toBeVisible()
  expect(await violations(page)).toEqual([])
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'run-meeting-2.png'), fullPage: true })

  // The meeting switcher shows both meetings with their dates; meeting 1's work is still there.
  const switcher = page.locator('.meeting-switcher')
  await expect(switcher.getByRole('button', { name: /Träff 1: Uppstart och teman.*12 mars 2025.*Klar/ })).toBeVisible()
  await expect(switcher.getByRole('button', { name: /Träff 2: Problemformulering.*26 mars 2025.*Pågår/ })).toBeVisible()
  await switcher.getByRole('button', { name: /Träff 1:/ }).click()
  await expect(page.locator('.phase-rail ol')).toContainText('Erfarenheter från vardagen')
  await page.locator('.phase-rail ol').getByRole('button', { name: /Erfarenheter från vardagen/ }).click()
  await expect(page.locator('#prompt-text')).toHaveText(/^Var i vardagen möter du frågan/)
  await page.getByRole('button', { name: /Tillbaka till träff 2/ }).click()
  await expect(page.locator('.phase-rail [aria-current="step"]')).toContainText('Återblick')

  // An answered question no longer carries forward.
  await carried.getByRole('button', { name: 'Markera frågan ”Vem på skolan ansvarar för bemötandet?” som besvarad' }).click()
  await expect(carried.getByText('Vem på skolan ansvarar för bemötandet?')).toBeHidden()
  await expect(carried.getByText('Inga öppna frågor.')).toBeVisible()
})

test('an organiser can start a democracy lab without receivers, and the reason is kept', async ({ page, host, api }) => {
  const opened = await api<Opened>('library.create', { title: 'Demokratilabb Almedalen', methodId: 'democracy-lab' })
  await page.goto(setupUrl(host.url, opened.path))
  await page.getByRole('button', { name: /Starta träff 1/ }).click()
  const refusal = page.getByRole('group', { name: 'Träffen kan inte starta ännu.' })
  await expect(refusal).toBeFocused()
  await refusal.getByRole('button', { name: 'Starta ändå …' }).click()
  const reason = refusal.getByLabel('Varför startar ni utan förankring?')
  await expect(reason).toBeFocused()
  await refusal.getByRole('button', { name: 'Starta utan förankring' }).click()
  await expect(refusal.getByText('Skriv ett skäl.')).toBeVisible()
  await reason.fill('Nämnden utser mottagare på sitt möte i juni')
  await refusal.getByRole('button', { name: 'Starta utan förankring' }).click()
  await expect(page).toHaveURL(/#\/w\?path=/)
  await expect(page.locator('.phase-rail [aria-current="step"]')).toContainText('Utmaningen')
  const data = (await api<{ data: Data }>('workshop.get', { docId: opened.docId })).data
  expect(data.workshop.anchoringOverride).toBe('Nämnden utser mottagare på sitt möte i juni')

  await page.locator('.phase-rail__setup').click()
  await expect(page.getByTestId('anchoring-status')).toContainText('Ni startade utan förankring. Skäl: Nämnden utser mottagare på sitt möte i juni')
  await expect(page.getByRole('link', { name: /Fortsätt träff 1/ })).toBeVisible()
})
