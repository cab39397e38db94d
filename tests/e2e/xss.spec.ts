import path from 'node:path'
import { card, clusterSection, createWorkshop, openInPage, type Workshop } from './board-helpers.ts'
import { expect, test } from './fixtures.ts'
import type { Api } from './outcomes-helpers.ts'
import { ensurePhoneBuild, openPhone } from './phone-helpers.ts'
import { openProjectorPage, screen } from './projector-helpers.ts'
import { COMBO, expectInert, expectSafe, expectScanFindsMarkup, PAYLOADS, payload, SHORT } from './xss-helpers.ts'

// Issue 9, item 9: script injection. Markup, event handlers, javascript: links, CSS, template
// syntax and a right-to-left override go in through every kind of input and must come out as
// the letters they are in every view: the facilitator's (board, notes, outcomes, answers, inbox,
// panels), the room's projector and the residents' phones — nothing run, nothing injected.
//
// Most fields are seeded through the `api` fixture (the same calls the views make): phase titles,
// prompts and guidance, the meeting's title and place, notes and signatures, group titles, first
// steps, bodies, effect-chain rows, recommendations, answers, feedback, open questions, the
// meeting's note and a summary correction. At least one field of every kind is typed through the
// real UI, marked "UI:" below: a new note and an edited one, a group's name, a workshop's and a
// meeting's title, the notes editor (typed, a link, pasted HTML), an effect-chain cell, a
// recommendation, an answer, an open question, a phone's note, and files through the import.

/** The parts of an interchange file this spec changes. */
interface WorkshopFile {
  workshop: { title: string }
  stickies: Array<{ colour: string }>
  notes: Array<{ phaseId: string | null; lexicalJson: string }>
}

interface Seeded extends Workshop {
  /** What a phase shows of itself: its title, prompt and (the facilitator's only) guidance. */
  own: Map<string, { id: string; title: string; prompt: string; guidance: string }>
}

test.beforeAll(() => ensurePhoneBuild())

/** HTML on the clipboard: Lexical keeps its words, drops the rest, and the link to javascript:. */
const PASTED =
  '<p>Inklistrat <img src=x onerror="window.__xss=1"><a href="javascript:window.__xss=2">länk</a><svg onload="window.__xss=3"></svg>' +
  ' och <script>window.__xss=4</script><b style="--xss:1" onclick="alert(1)">slut</b></p>'

/** A dystopia workshop with a payload in every field the API takes text in. */
async function seed(api: Api, dataDir: string): Promise<Seeded> {
  const ws = await createWorkshop(api, COMBO)
  const { docId } = ws
  const { data } = await api<{ data: { phases: Array<{ id: string; meetingId: string }>; meetings: Array<{ id: string }> } }>('workshop.get', { docId })
  const meetingId = data.meetings[0].id
  await api('meeting.update', { docId, id: meetingId, patch: { title: payload(5), place: payload(6) } })
  // Recommendations and answers are phases of later meetings; here they join this one's end.
  await api('phase.add', { docId, meetingId, kind: 'proposals' })
  await api('phase.add', { docId, meetingId, kind: 'responses' })
  const phases = (await api<{ data: { phases: Array<{ id: string; kind: string }> } }>('workshop.get', { docId })).data.phases
  const own = new Map<string, { id: string; title: string; prompt: string; guidance: string }>()
  for (const [i, p] of phases.entries()) {
    const texts = { title: payload(i), prompt: payload(i + 5), guidance: payload(i + 9) }
    await api('phase.update', { docId, id: p.id, patch: texts })
    if (!own.has(p.kind)) own.set(p.kind, { id: p.id, ...texts })
  }

  // Every payload as a note, and a note signed with one (the projector shows who wrote what here).
  await api('sticky.addMany', { docId, phaseId: ws.phase('capture'), texts: [...PAYLOADS] })
  await api('sticky.add', { docId, phaseId: ws.phase('capture'), text: 'Signerad lapp', authorLabel: COMBO })
  await api('workshop.update', { docId, patch: { showAuthorsOnProjector: true } })

  // Grouped in the cluster phase: two named groups, one named from its notes, the rest loose.
  const all = (await api<{ data: { stickies: Array<{ id: string; phaseId: string }> } }>('workshop.get', { docId })).data.stickies
  const brought = await api<{ stickies: Array<{ id: string; text: string }> }>('sticky.bringIn', {
    docId,
    ids: all.filter((s) => s.phaseId === ws.phase('capture')).map((s) => s.id),
    toPhaseId: ws.phase('cluster')
  })
  const id = (text: string): string => brought.stickies.find((s) => s.text === text)!.id
  const group = async (texts: string[], title?: string): Promise<string> =>
    (await api<{ id: string }>('cluster.create', { docId, phaseId: ws.phase('cluster'), stickyIds: texts.map(id), title })).id
  const clusters = [
    await group([payload(0), payload(1), payload(2)], payload(3)),
    await group([payload(4), payload(5)], COMBO),
    await group([payload(6), payload(7), payload(8)])
  ]
  // A first step for each group, with who does it and by when.
  for (const [i, c] of clusters.entries()) {
    await api('countermeasure.add', { docId, targetType: 'cluster', targetId: c, text: payload(i + 8), owner: payload(i + 1), due: payload(i + 2) })
  }
  await api('vote.configure', { docId, phaseId: ws.phase('vote'), voteTarget: 'cluster', dotsPerParticipant: 3 })

  // Outcomes: a receiving body, an effect-chain row with a payload in every cell, two
  // recommendations, an answer and how the circle was told.
  const body = (await api<{ id: string }>('body.add', { docId, name: COMBO, abbreviation: SHORT, contact: payload(1), isReceiver: true })).id
  await api('effectRow.add', {
    docId,
    goalArea: payload(0),
    longTerm: payload(1),
    shortTerm: payload(2),
    output: payload(3),
    activity: payload(4),
    time: payload(5),
    resources: payload(6),
    responsibleIds: [body]
  })
  const first = await api<{ id: string }>('proposal.add', { docId, text: payload(11), theme: payload(12), owner: payload(13), receiverIds: [body] })
  await api('proposal.add', { docId, text: payload(9), theme: payload(10), receiverIds: [body] })
  await api('response.record', { docId, proposalId: first.id, bodyId: body, decision: 'partly', commitment: payload(0), responsible: payload(2), due: payload(10) })
  await api('feedback.add', { docId, channel: payload(6), text: payload(13) })
  await api('question.add', { docId, meetingId, text: payload(7) })

  // The meeting's note: every payload as a paragraph, and a real link whose words are markup.
  const paragraph = (children: unknown[]) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children })
  const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, style: '', mode: 'normal', detail: 0 })
  const link = { type: 'link', version: 1, url: 'https://www.boras.se', rel: null, target: null, title: null, direction: null, format: '', indent: 0, children: [text(payload(5))] }
  const note = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [...PAYLOADS.map((p) => paragraph([text(p)])), paragraph([link])] } }
  await api('note.save', { docId, meetingId, phaseId: null, lexicalJson: JSON.stringify(note) })
  // The core refuses a javascript: link outright, whatever the editor would have done with it.
  const unsafe = structuredClone(note)
  unsafe.root.children[PAYLOADS.length] = paragraph([{ ...link, url: 'javascript:window.__xss=1' }])
  await expect(api('note.save', { docId, meetingId, phaseId: null, lexicalJson: JSON.stringify(unsafe) })).rejects.toThrow(/links must start with http/)

  // A meeting summary, and a participant's correction to it, as the summary dialog lists them.
  const summary = await api<{ summaryId: string }>('summary.export', { docId, meetingId, path: path.join(dataDir, 'minnesanteckningar.docx'), options: {} })
  await api('summary.addCorrection', { docId, summaryId: summary.summaryId, description: payload(11), targetType: 'text', before: payload(7), after: payload(12) })

  return { ...ws, own }
}

test('markup in every field stays text on the facilitator’s screens and the projector', async ({ page, context, host, api, problems }) => {
  test.setTimeout(90_000)
  await expectScanFindsMarkup(context)
  const ws = await seed(api, host.dataDir)
  const { docId } = ws
  await ws.goTo('capture')
  await openInPage(page, host, ws.path, COMBO)
  const { page: room } = await openProjectorPage(context, api, docId)
  // The facilitator's tab in front, as on the laptop: a background tab's frames are throttled.
  await page.bringToFront()
  const wall = screen(room)
  const main = page.locator('main')
  // The main area below the phase's own title, prompt and guidance.
  const workspace = main.locator(':scope > :not(.run-stage-frame)')
  const at = (kind: string) => ws.own.get(kind)!

  // The titles of the workshop, its meeting and every phase, in the top bar, switcher and rail.
  await expectSafe(page.locator('.workshop'), [COMBO, payload(5), ...[...ws.own.values()].map((p) => p.title)], 'the top bar and phase rail')

  /** One phase on both screens: its own texts, and what its workspace shows. */
  const phase = async (kind: string, texts: readonly string[], roomTexts: readonly string[]): Promise<void> => {
    const { title, prompt, guidance } = at(kind)
    await expectSafe(main.locator('.run-stage'), [prompt, guidance], `the facilitator's ${kind} prompt`)
    await expectSafe(workspace, texts, `the facilitator's ${kind} phase`)
    await expectSafe(wall, [title, prompt, ...roomTexts], `the projector's ${kind} phase`)
  }

  // --- Capture: the wall of notes ----------------------------------------------------------------
  // UI: a note typed into the capture field, and one edited in place.
  const capture = page.getByRole('textbox', { name: 'Ny lapp' })
  await capture.fill(COMBO)
  await capture.press('Enter')
  await expect(card(page, COMBO)).toHaveCount(1)
  const edited = `${payload(13)} ${payload(12)}`
  await page.getByRole('button', { name: `Ändra lappen ”${payload(13)}”` }).click()
  await page.getByRole('textbox', { name: 'Ändra lappen' }).fill(edited)
  await page.keyboard.press('Enter')
  await expect(card(page, edited)).toHaveCount(1)
  await expect(wall.locator('.pj-note')).toHaveCount(PAYLOADS.length + 2)
  const notes = [...PAYLOADS.slice(0, -1), edited, COMBO]
  // The signature is shown on the projector only (the room chose to show who wrote what).
  await phase('capture', notes, [...notes, COMBO])
  // Each note's own buttons are named with its words (long ones cut short), read as words.
  const PREFIX = 'Ta bort lappen ”'
  const labels = (await page.getByRole('button', { name: PREFIX }).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))).map((l) =>
    l.slice(PREFIX.length, -1).replace(/…$/, '')
  )
  expect(notes.filter((p) => !labels.some((l) => l.length >= Math.min(p.length, 30) && p.startsWith(l)))).toEqual([])

  // --- Cluster: groups named through the API, by hand, and from their notes -----------------------
  await ws.goTo('cluster')
  await expect(clusterSection(page, payload(3))).toHaveCount(1)
  // UI: a group renamed in place.
  await page.getByRole('button', { name: `Mer för gruppen ${COMBO}` }).click()
  await page.getByRole('button', { name: 'Byt namn' }).click()
  await page.getByRole('textbox', { name: /Gruppens namn/ }).fill(payload(9))
  await page.keyboard.press('Enter')
  await expect(clusterSection(page, payload(9))).toHaveCount(1)
  await phase('cluster', [payload(3), payload(9), ...PAYLOADS], [payload(3), payload(9)])

  await ws.goTo('reflect')
  await phase('reflect', [payload(3), payload(9)], [payload(3), payload(9)])
  await ws.goTo('vote')
  await phase('vote', [payload(3), payload(9)], [])
  // First steps with who and when, on both screens.
  await ws.goTo('invert')
  const steps = [payload(8), payload(9), payload(10), payload(1), payload(2), payload(3), payload(4)]
  await phase('invert', steps, [payload(8), payload(9), payload(10)])

  // --- Outcomes: the effect chain, recommendations and answers -------------------------------------
  await ws.goTo('effect_chain')
  // UI: a cell of the effect chain typed in place.
  const cell = main.getByRole('textbox', { name: 'Prestation, rad 1' })
  await cell.fill(COMBO)
  await cell.press('Tab')
  await expect(wall.locator('.pj-table')).toContainText(COMBO)
  const cells = [payload(0), payload(1), payload(2), COMBO, payload(4), payload(5), payload(6)]
  await phase('effect_chain', [...cells, SHORT, COMBO], [...cells.slice(0, 6), SHORT])

  await api('run.goToPhase', { docId, phaseId: at('proposals').id })
  // UI: a recommendation written in the form.
  const form = page.getByRole('form', { name: 'Ny rekommendation' })
  await form.getByLabel('Text', { exact: true }).fill(payload(0))
  await form.getByLabel('Tema').fill(payload(1))
  await form.getByRole('checkbox', { name: `${SHORT} – ${COMBO}` }).check()
  await form.getByRole('button', { name: 'Lägg till rekommendation' }).click()
  await expect(wall.locator('.pj-proposal')).toHaveCount(3)
  const proposals = [payload(11), payload(12), payload(9), payload(10), payload(0), payload(1)]
  await phase('proposals', proposals, [payload(11), payload(9), payload(0)])

  await api('run.goToPhase', { docId, phaseId: at('responses').id })
  // UI: an answer recorded in its form.
  const block = main.locator('.answer-block').filter({ hasText: payload(9) })
  await block.getByRole('button', { name: /^Registrera svar från/ }).click()
  const answer = block.getByRole('form', { name: /^Svar från/ })
  await answer.getByRole('radio', { name: 'Instämmer', exact: true }).check()
  await answer.getByLabel('Åtagande eller åtgärd').fill(payload(3))
  await answer.getByLabel('Vem ansvarar').fill(payload(4))
  await answer.getByLabel('Klart senast').fill(payload(5))
  await answer.getByRole('button', { name: 'Spara svaret' }).click()
  await expect(answer).toHaveCount(0)
  await expect(wall.locator('.pj-response').filter({ hasText: payload(3) })).toHaveCount(1)
  const answers = [payload(0), payload(2), payload(10), payload(3), payload(4), payload(5), payload(6), payload(13), COMBO]
  await phase('responses', answers, [payload(0), payload(3)])

  // --- The side panels ---------------------------------------------------------------------------
  await page.getByRole('tab', { name: 'Anteckningar' }).click()
  const notesPanel = page.locator('#side-panel-notes')
  await notesPanel.getByRole('button', { name: 'Hela mötet' }).click()
  const editor = page.getByRole('textbox', { name: /^Anteckningar för/ })
  await expectSafe(editor, [...PAYLOADS, payload(5)], 'the notes panel')
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://www.boras.se')
  // UI: markup typed into the notes; a javascript: address refused by the link form.
  await editor.locator('p').last().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(COMBO)
  await expect(editor.locator('p').last()).toHaveText(COMBO)
  await page.keyboard.press('Control+Shift+K')
  const address = notesPanel.getByLabel('Adress')
  await address.fill('javascript:window.__xss=1')
  await address.press('Enter')
  await expect(notesPanel.getByText('Skriv en adress som börjar med http:// eller https://.')).toBeVisible()
  await address.press('Escape')
  await expect(editor).toBeFocused()
  // UI: pasted HTML keeps its words and none of its markup.
  await editor.evaluate((el, pasted) => {
    type Ctor<T> = new (...args: unknown[]) => T
    const w = globalThis as unknown as { DataTransfer: Ctor<{ setData(type: string, value: string): void }>; ClipboardEvent: Ctor<object> }
    const data = new w.DataTransfer()
    data.setData('text/html', pasted)
    data.setData('text/plain', 'Inklistrat länk slut')
    el.dispatchEvent(new w.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }) as never)
  }, PASTED)
  // The words arrive (Lexical trims spaces next to dropped elements); the link does not.
  await expect(editor.locator('p').last()).toHaveText(/^"><img.*Inklistrat ?länk ?och ?slut$/)
  await expect(editor.locator('a')).toHaveCount(1)
  // Lexical reads the clipboard's HTML in a DOMParser document, which never runs anything; the
  // browser still reports each handler attribute in it as refused by the CSP. Those reports, and
  // only those, are expected here.
  const refused = problems.filter((p) => /^console error: Executing inline event handler violates .*Content Security Policy/.test(p))
  expect(refused.length).toBeGreaterThan(0)
  problems.splice(0, problems.length, ...problems.filter((p) => !refused.includes(p)))
  await expectSafe(editor, [COMBO], 'the notes panel after typing and pasting')
  await expect
    .poll(async () => (await api<Array<{ plainText: string; phaseId: string | null }>>('note.list', { docId })).find((n) => n.phaseId === null)?.plainText ?? '')
    .toContain(COMBO)

  // UI: an open question typed into the carry-forward panel, below the seeded one.
  await page.getByRole('tab', { name: 'Teman och frågor' }).click()
  const question = page.getByLabel('Ny öppen fråga')
  await question.fill(payload(1))
  await question.press('Enter')
  await expectSafe(page.locator('#side-panel-carry-forward'), [payload(7), payload(1)], 'the carry-forward panel')
  await page.getByRole('tab', { name: 'Projektorn' }).click()
  await expectSafe(page.locator('#side-panel-projector'), [at('responses').title, payload(0), payload(3)], 'the projector preview')
  await page.getByRole('tab', { name: 'Personuppgifter' }).click()
  await expectInert(page, 'the privacy panel')

  // --- Dialogs: the whole outcomes, the meeting summary, the report ---------------------------------
  await page.getByRole('button', { name: 'Resultat' }).click()
  const outcomes = page.getByRole('dialog', { name: 'Effektkedja, rekommendationer och svar' })
  for (const [tab, texts] of [
    ['Effektkedja', cells],
    ['Rekommendationer', proposals],
    ['Svar', answers]
  ] as const) {
    await outcomes.getByRole('tab', { name: tab }).click()
    await expectSafe(outcomes, texts, `the outcomes dialog, ${tab}`)
  }
  await outcomes.getByRole('button', { name: 'Stäng' }).click()
  await page.getByRole('button', { name: 'Minnesanteckningar' }).click()
  const summary = page.getByRole('dialog', { name: 'Minnesanteckningar till deltagarna' })
  // The participant's correction, listed under the version it corrects.
  await expectSafe(summary.getByRole('list', { name: /^Rättelser/ }), [payload(11)], 'the summary dialog')
  // The proposed file is named from the workshop's title, and stays in the data folder.
  const saveAs = summary.getByRole('textbox', { name: 'Spara som' })
  await expect(saveAs).toHaveValue(/\.docx$/)
  expect(path.dirname(await saveAs.inputValue())).toBe(host.dataDir)
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Exportera rapport' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectInert(page, 'the report dialog')
  await page.keyboard.press('Escape')
  await expectInert(room, 'the projector at the end')
})

test('markup sent from phones stays text on the phone, in the inbox, on the board and on the projector', async ({ page, context, host, api, browser, problems }) => {
  test.setTimeout(90_000)
  const ws = await createWorkshop(api, COMBO)
  const { docId } = ws
  await api('phase.update', { docId, id: ws.phase('capture'), patch: { title: payload(3), prompt: COMBO } })
  await api('phase.update', { docId, id: ws.phase('vote'), patch: { title: payload(9), prompt: payload(4) } })
  await ws.goTo('capture')
  const status = await api<{ url: string }>('participants.start', { docId, address: '127.0.0.1', port: 0, mode: 'controlled' })
  await openInPage(page, host, ws.path, COMBO)
  const { page: room } = await openProjectorPage(context, api, docId)
  // The facilitator's tab in front, as on the laptop: a background tab's frames are throttled.
  await page.bringToFront()
  const phone = await openPhone(browser, problems)
  await phone.page.goto(status.url)
  // The phase's question, as the phone shows it.
  await expectSafe(phone.page.locator('body'), [COMBO], 'the phone while writing')

  // UI: one note typed on the phone; the rest sent the way the phone page sends them (its own
  // route, its own device cookie), one request each.
  await phone.page.getByLabel('Din lapp').fill(COMBO)
  await phone.page.getByRole('button', { name: 'Skicka' }).click()
  await expect(phone.page.getByText('Tack! Din lapp har kommit fram.')).toBeVisible()
  const statuses = await phone.page.evaluate(
    async ({ phaseId, texts }) => {
      const out: number[] = []
      for (const text of texts) {
        const r = await fetch('/api/note', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phaseId, text }) })
        out.push(r.status)
      }
      return out
    },
    { phaseId: ws.phase('capture'), texts: [...PAYLOADS] }
  )
  expect(statuses).toEqual(PAYLOADS.map(() => 200))
  await expectInert(phone.page, 'the phone after sending')

  // Controlled mode: the notes wait in the inbox, as text.
  const tab = page.getByRole('tab', { name: /^Inkorg/ })
  await expect(tab).toHaveAccessibleName(/15 lappar väntar/)
  await tab.click()
  const inbox = page.getByRole('tabpanel', { name: /^Inkorg/ })
  await expect(inbox.getByRole('option')).toHaveCount(PAYLOADS.length + 1)
  await expectSafe(inbox, [COMBO, ...PAYLOADS], 'the inbox')
  // Nothing reached the wall or the room before it was approved.
  await expectInert(room, 'the projector before approval')
  await expect(screen(room).locator('.pj-note')).toHaveCount(0)
  const ids = (await api<{ data: { stickies: Array<{ id: string; status: string }> } }>('workshop.get', { docId })).data.stickies.filter((s) => s.status === 'inbox')
  await api('inbox.approve', { docId, ids: ids.map((s) => s.id) })
  await expect(inbox.getByText('Inga lappar väntar.')).toBeVisible()
  await expectSafe(page.locator('main'), [COMBO, ...PAYLOADS], 'the board with the phones’ notes')
  await expectSafe(screen(room), [COMBO, ...PAYLOADS], 'the projector with the phones’ notes')

  // Voting: every note is an option on the phone, by its words.
  await api('vote.configure', { docId, phaseId: ws.phase('vote'), voteTarget: 'sticky', dotsPerParticipant: 3 })
  await ws.goTo('vote')
  await expect(phone.page.locator('.option')).toHaveCount(PAYLOADS.length + 1, { timeout: 8_000 })
  await expectSafe(phone.page.locator('body'), [payload(4), COMBO, ...PAYLOADS], 'the phone while voting')
  await phone.page.locator('.option').first().locator('.dot-button.plus').click()
  await expect(phone.page.locator('.dots-left-text')).toHaveText('Prickar kvar: 2 av 3')
  await expectSafe(screen(room), [payload(9), payload(4)], 'the projector while the phones vote')
  await expectSafe(page.locator('main'), [payload(4), COMBO, ...PAYLOADS], 'the facilitator while the phones vote')
  await phone.context.close()
})

test('markup in an imported file and in typed titles stays text; a javascript: link in a file’s notes is refused', async ({ page, host, api }) => {
  test.setTimeout(60_000)
  const source = await seed(api, host.dataDir)
  const exported = await api<WorkshopFile>('workshop.export', { docId: source.docId })
  exported.workshop.title = payload(1)
  await page.goto(`${host.url}#/`)
  await expect(page.getByRole('heading', { level: 1, name: 'Medskapa' })).toBeVisible()
  const region = page.getByRole('region', { name: 'Importera JSON' })
  // UI: every file goes in through the start page's import control.
  const choose = (name: string, text: string) =>
    page.getByLabel('Välj JSON-fil').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })

  // Not JSON: the parser's message quotes the file, and is shown as text.
  await choose('inte.json', payload(1))
  await expect(region.getByRole('alert')).toContainText('Filen är inte giltig JSON')
  await expectSafe(region.getByRole('alert'), ['"<img src=x'], 'the import error for a file that is not JSON')

  // A value where the file format has a fixed list: refused, the field named, the value shown as text.
  const wrongColour = structuredClone(exported)
  wrongColour.stickies[0].colour = COMBO
  await choose('fel.json', JSON.stringify(wrongColour))
  await expect(region.getByRole('alert')).toContainText('stickies[0].colour')
  await expectInert(page, 'the import error for a wrong value')

  // A note whose link runs script: refused like a note saved in the app would be.
  const badLink = structuredClone(exported)
  const note = badLink.notes.findIndex((n) => n.phaseId === null)
  badLink.notes[note].lexicalJson = badLink.notes[note].lexicalJson.replace('https://www.boras.se', 'javascript:window.__xss=1')
  await choose('lank.json', JSON.stringify(badLink))
  await expect(region.getByRole('alert')).toContainText(`notes[${note}].lexicalJson`)
  await expect(region.getByRole('alert')).toContainText('links must start with http')

  // The whole workshop, every field holding markup, imports and opens.
  await choose('hel.json', JSON.stringify(exported))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload(1))
  await expectSafe(page.locator('.workshop'), [payload(1), payload(5), ...[...source.own.values()].map((p) => p.title)], 'the imported workshop')
  await page.getByRole('tab', { name: 'Anteckningar' }).click()
  await page.locator('#side-panel-notes').getByRole('button', { name: 'Hela mötet' }).click()
  await expectSafe(page.getByRole('textbox', { name: /^Anteckningar för/ }), [...PAYLOADS], 'the imported notes')

  // UI: a workshop's and a meeting's titles typed on the start and set-up pages.
  await page.goto(`${host.url}#/`)
  await page.getByLabel('Namn på workshoppen').fill(payload(3))
  await page.getByLabel('Namn på workshoppen').press('Enter')
  await expect(page).toHaveURL(/#\/setup\?path=/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload(3))
  const meetingTitle = page.getByLabel('Namn på träff 1')
  await meetingTitle.fill(COMBO)
  await meetingTitle.blur()
  const typedPath = new URLSearchParams(page.url().split('?')[1]).get('path') ?? ''
  await expect
    .poll(async () => {
      const { docId } = await api<{ docId: string }>('library.open', { path: typedPath })
      return (await api<{ data: { meetings: Array<{ title: string }> } }>('workshop.get', { docId })).data.meetings[0].title
    })
    .toBe(COMBO)
  await expectSafe(page.locator('main'), [payload(3), COMBO], 'the set-up page')
  // Both names in the start page's list of recent workshops.
  await page.goto(`${host.url}#/`)
  await expectSafe(page.getByRole('link', { name: payload(1) }), [payload(1)], 'the start page')
  await expectSafe(page.getByRole('link', { name: payload(3) }), [payload(3)], 'the start page')
})
