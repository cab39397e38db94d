import type { BrowserContext, Locator, Page } from '@playwright/test'
import { createWorkshop, shot } from './board-helpers.ts'
import { expect, test } from './fixtures.ts'
import { scrollTop, workshopAt, workshopData, type Api } from './outcomes-helpers.ts'

// Nothing typed is lost (reliability item 2). For every field that saves without a Save button,
// text is typed and, well inside the field's own autosave delay, the page is reloaded, hidden and
// then killed, closed after beforeunload, or closed outright. The host must have the text, and
// the field must show it when the workshop is opened again.

/** The promise: text typed this long before the view goes away is kept. */
const WITHIN_MS = 500

type Exit = 'reload' | 'hide, then kill' | 'close (beforeunload)' | 'close'
const EXITS: readonly Exit[] = ['reload', 'hide, then kill', 'close (beforeunload)', 'close']

interface Field {
  /** The route holding the field, with the host's token. */
  url: string
  /** Show the field, put the caret at the end of its text and return it. */
  focus(page: Page): Promise<Locator>
  /** The field's text as the page shows it. */
  read(field: Locator): Promise<string>
  /** The text the host has stored for it. */
  stored(): Promise<string>
}

/** The browser globals used inside page.evaluate (the e2e project has no DOM types). */
interface PageDocument {
  visibilityState: string
  dispatchEvent(event: unknown): boolean
}
type PageGlobals = { document: PageDocument; Event: new (type: string) => unknown }

const routeUrl = (hostUrl: string, route: 'w' | 'setup', path: string): string =>
  `${hostUrl}#/${route}?${new URLSearchParams({ path }).toString()}`

const inputValue = (field: Locator): Promise<string> => field.inputValue()

/**
 * The page stops being visible, as when the facilitator switches tab or the lid closes, and then
 * its renderer dies (a discarded tab, a flat battery): nothing after the visibilitychange event
 * runs. Headless Chromium keeps every tab visible whatever is done to its window, so the event is
 * the page's own, with the state it reports set to hidden; the kill is real.
 */
async function hideThenKill(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { document, Event } = globalThis as unknown as PageGlobals
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  const cdp = await page.context().newCDPSession(page)
  const crashed = page.waitForEvent('crash')
  // The renderer dies before it can answer.
  cdp.send('Page.crash').catch(() => {})
  await crashed
  await page.close()
}

/** Leave the page the given way; returns the page to use next. */
async function leave(page: Page, context: BrowserContext, exit: Exit): Promise<Page> {
  switch (exit) {
    case 'reload':
      await page.reload()
      return page
    case 'hide, then kill':
      await hideThenKill(page)
      break
    case 'close (beforeunload)': {
      const closed = page.waitForEvent('close')
      await page.close({ runBeforeUnload: true })
      await closed
      break
    }
    case 'close':
      await page.close()
      break
  }
  return context.newPage()
}

interface Timing {
  exit: Exit
  ms: number
}

/**
 * Each exit in turn appends its own word to the field, so the last reopening shows that every
 * earlier word is still there too.
 */
async function everyExit(name: string, first: Page, context: BrowserContext, field: Field): Promise<void> {
  const timings: Timing[] = []
  let page = first
  await page.goto(field.url)
  const words: string[] = []
  for (const [i, exit] of EXITS.entries()) {
    const word = `sparat${i + 1}${'xyzw'[i]}`
    words.push(word)
    const input = await field.focus(page)
    await page.keyboard.type(` ${word}`)
    const typedAt = Date.now()
    await expect(input).toBeFocused()
    // The field's own autosave has not run: only leaving can store the word.
    expect(await field.stored(), `${exit}: stored before leaving`).not.toContain(word)
    const ms = Date.now() - typedAt
    const next = await leave(page, context, exit)
    timings.push({ exit, ms })
    expect(ms, `${exit}: left ${ms} ms after the last keystroke`).toBeLessThanOrEqual(WITHIN_MS)
    await expect.poll(field.stored, { message: `${exit}: stored by the host`, timeout: 2_000 }).toContain(word)

    if (next !== page) await next.goto(field.url)
    page = next
    const shown = await field.read(await field.focus(page))
    for (const w of words) expect(shown, `${exit}: shown again`).toContain(w)
  }
  await scrollTop(page)
  await shot(page, `autosave-${name}`)
  // One line per field for the reliability figures.
  console.log(`autosave ${name}: ${timings.map((t) => `${t.exit} after ${t.ms} ms`).join('; ')}`)
}

test('notes (Lexical, side panel)', async ({ page, context, host, api }) => {
  const { docId, path } = await api<{ docId: string; path: string }>('library.openDemo')
  await everyExit('notes', page, context, {
    url: routeUrl(host.url, 'w', path),
    async focus(p) {
      await expect(p.getByRole('tab', { name: 'Anteckningar' })).toBeVisible()
      // Alt+N opens the notes with the caret in them, whether the panel was open or not.
      await p.keyboard.press('Alt+n')
      const editor = p.getByRole('textbox', { name: /^Anteckningar för/ })
      await expect(editor).toBeFocused()
      await p.keyboard.press('Control+End')
      return editor
    },
    read: (editor) => editor.innerText(),
    stored: async () => (await api<{ plainText: string }[]>('note.list', { docId })).map((n) => n.plainText).join('\n')
  })
})

test("a recommendation's text (outcomes, saves while typing)", async ({ page, context, host, api }) => {
  const { docId, path } = await workshopAt(api, 'ecar-circle', 'Autospar rekommendation', 'responses', async (id) => {
    await api('body.add', { docId: id, name: 'Utbildningsnämnden', abbreviation: 'UN', isReceiver: true, answerBy: '2031-06-01' })
  })
  await api('proposal.add', { docId, text: 'Ge information på flera språk' })
  await everyExit('recommendation', page, context, {
    url: routeUrl(host.url, 'w', path),
    async focus(p) {
      const dialog = p.getByRole('dialog', { name: 'Effektkedja, rekommendationer och svar' })
      const field = dialog.getByRole('textbox', { name: /^Text för/ })
      // Open the dialog unless it still is (it stays open after being read back).
      if (!(await field.isVisible())) {
        await p.getByRole('button', { name: 'Resultat' }).click()
        await dialog.getByRole('tab', { name: 'Rekommendationer' }).click()
      }
      await field.click()
      await field.press('Control+End')
      return field
    },
    read: inputValue,
    stored: async () => ((await workshopData(api, docId)) as unknown as { proposals: { text: string }[] }).proposals.map((x) => x.text).join('\n')
  })
})

test('an effect-chain cell (outcomes, saves while typing)', async ({ page, context, host, api }) => {
  const { docId, path } = await workshopAt(api, 'dystopia', 'Autospar effektkedja', 'effect_chain')
  await api('effectRow.add', { docId, activity: 'Öppna fritidsgården på kvällar' })
  await everyExit('effect-cell', page, context, {
    url: routeUrl(host.url, 'w', path),
    async focus(p) {
      const field = p.locator('main').getByRole('textbox', { name: 'Kortsiktig effekt, rad 1' })
      await field.click()
      await field.press('Control+End')
      return field
    },
    read: inputValue,
    stored: async () => (await workshopData(api, docId)).effectRows.map((r) => (r as unknown as { shortTerm: string }).shortTerm).join('\n')
  })
})

test("the workshop's purpose (setup, saves on leaving the field)", async ({ page, context, host, api }) => {
  const { docId, path } = await api<{ docId: string; path: string }>('library.create', { title: 'Autospar syfte', methodId: 'dystopia' })
  await everyExit('setup-purpose', page, context, {
    url: routeUrl(host.url, 'setup', path),
    async focus(p) {
      const field = p.getByLabel('Syfte')
      await field.click()
      await field.press('Control+End')
      return field
    },
    read: inputValue,
    stored: async () => ((await workshopData(api, docId)).workshop as unknown as { purpose: string }).purpose
  })
})

test('a report header field (report dialog, saves on leaving the field)', async ({ page, context, host, api }) => {
  const { docId, path } = await api<{ docId: string; path: string }>('library.openDemo')
  await everyExit('report-header', page, context, {
    url: routeUrl(host.url, 'w', path),
    async focus(p) {
      await expect(p.locator('[data-sticky-id]').first()).toBeVisible()
      await p.locator('main').focus()
      await p.keyboard.press('Control+e')
      const field = p.getByRole('dialog', { name: 'Exportera rapport till Word' }).getByRole('textbox', { name: 'Handläggare' })
      await field.click()
      await field.press('End')
      return field
    },
    read: inputValue,
    stored: async () => (await api<{ handlaggare: string }>('report.header.get', { docId })).handlaggare
  })
})

test('a sticky being edited in place (board)', async ({ page, context, host, api }) => {
  const w = await createWorkshop(api, 'Autospar lapp')
  await w.goTo('capture')
  const sticky = await api<{ id: string }>('sticky.add', { docId: w.docId, phaseId: w.phase('capture'), text: 'Mörkt i tunneln' })
  await everyExit('sticky', page, context, {
    url: routeUrl(host.url, 'w', w.path),
    async focus(p) {
      const field = p.getByRole('textbox', { name: 'Ändra lappen' })
      // Open the editor unless it still is (it stays open after being read back).
      if (!(await field.isVisible())) await p.locator(`[data-sticky-id="${sticky.id}"] .sticky__text`).dblclick()
      await expect(field).toBeFocused()
      await field.press('Control+End')
      return field
    },
    read: inputValue,
    stored: async () => (await stickyTexts(api, w.docId)).join('\n')
  })
})

test("a group's name being renamed in place (board)", async ({ page, context, host, api }) => {
  const w = await createWorkshop(api, 'Autospar grupp')
  const phaseId = w.phase('cluster')
  const a = await api<{ id: string }>('sticky.add', { docId: w.docId, phaseId, text: 'Bussen går för sällan' })
  const b = await api<{ id: string }>('sticky.add', { docId: w.docId, phaseId, text: 'Bussen är full' })
  const cluster = await api<{ id: string }>('cluster.create', { docId: w.docId, phaseId, stickyIds: [a.id, b.id] })
  await w.goTo('cluster')
  await everyExit('group-name', page, context, {
    url: routeUrl(host.url, 'w', w.path),
    async focus(p) {
      const section = p.locator('section.cluster')
      await section.getByRole('button', { name: /^Mer för gruppen/ }).click()
      await section.getByRole('button', { name: 'Byt namn' }).click()
      const field = p.getByRole('textbox', { name: /^Gruppens namn/ })
      await expect(field).toBeFocused()
      await field.press('End')
      return field
    },
    read: inputValue,
    stored: async () => {
      const data = (await workshopData(api, w.docId)) as unknown as { clusters: { id: string; title: string }[] }
      return data.clusters.find((c) => c.id === cluster.id)?.title ?? ''
    }
  })
})

async function stickyTexts(api: Api, docId: string): Promise<string[]> {
  return ((await workshopData(api, docId)) as unknown as { stickies: { text: string }[] }).stickies.map((s) => s.text)
}
