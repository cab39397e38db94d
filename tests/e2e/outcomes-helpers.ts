import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { WCAG_TAGS as WCAG } from './axe.ts'

/** Axe on this feature's part of the page (other capabilities scan their own). */
export async function axe(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(WCAG).analyze()
  // An empty selection would pass too: make sure axe actually checked something.
  expect(results.passes.length).toBeGreaterThan(5)
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

export type Api = <T = unknown>(method: string, input?: unknown) => Promise<T>

interface Phase {
  id: string
  meetingId: string
  kind: string
  position: number
}
interface Meeting {
  id: string
  position: number
}
export interface Data {
  workshop: { id: string; currentPhaseId: string | null }
  meetings: Meeting[]
  phases: Phase[]
  effectRows: { id: string; activity: string; goalArea: string; longTerm: string; responsibleIds: string[]; sourceType: string | null; sourceId: string | null }[]
  bodies: { id: string; name: string; abbreviation: string }[]
  responses: { bodyId: string; proposalId: string; decision: string; commitment: string }[]
  notes: { plainText: string; lexicalJson: string; meetingId: string; phaseId: string | null }[]
}

export async function workshopData(api: Api, docId: string): Promise<Data> {
  return (await api<{ data: Data }>('workshop.get', { docId })).data
}

/** Create a workshop from a method and open it at the first phase of `kind` (starting its meeting). */
export async function workshopAt(api: Api, methodId: string, title: string, kind: string, before?: (docId: string) => Promise<void>) {
  const opened = await api<{ docId: string; path: string }>('library.create', { title, methodId, language: 'sv' })
  const { docId } = opened
  if (before) await before(docId)
  const data = await workshopData(api, docId)
  const meetingPos = new Map(data.meetings.map((m) => [m.id, m.position]))
  const phase = [...data.phases]
    .sort((a, b) => (meetingPos.get(a.meetingId) ?? 0) - (meetingPos.get(b.meetingId) ?? 0) || a.position - b.position)
    .find((p) => p.kind === kind)
  if (!phase) throw new Error(`the method ${methodId} has no ${kind} phase`)
  await api('meeting.start', { docId, meetingId: phase.meetingId })
  await api('run.goToPhase', { docId, phaseId: phase.id })
  return { docId, path: opened.path, phase, data }
}

/** The workshop route for a file, with the host's token already kept in the tab's session. */
export async function openWorkshop(page: Page, hostUrl: string, path: string): Promise<void> {
  await page.goto(hostUrl)
  await page.waitForURL(/#\/w\?/)
  await page.goto(`${new URL(hostUrl).origin}/#/w?${new URLSearchParams({ path }).toString()}`)
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Demo:/)
}

/** Scroll back to the top, so a full-page screenshot shows the sticky top bar where it belongs. */
export async function scrollTop(page: Page): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)')
}
