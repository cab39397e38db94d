import type { Page } from '@playwright/test'
import { expect, screenshot, stickies, test } from './fixtures.ts'
import { axe, openWorkshop, workshopAt, workshopData } from './outcomes-helpers.ts'

async function openNotes(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Anteckningar' }).click()
  await expect(page.getByRole('textbox', { name: /^Anteckningar för/ })).toBeVisible()
}

interface NoteRow {
  meetingId: string
  phaseId: string | null
  plainText: string
  lexicalJson: string
}

test('notes typed just before the page closes are there, formatted, when it opens again', async ({ page, context, host, api }) => {
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)
  const { docId } = await api<{ docId: string }>('library.openDemo')
  await openNotes(page)
  const editor = page.getByRole('textbox', { name: /^Anteckningar för/ })
  await editor.click()
  await page.keyboard.press('Control+Alt+1')
  await page.keyboard.type('Trygghet i Alby')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Gruppen tycker att ')
  await page.keyboard.press('Control+b')
  await page.keyboard.type('belysningen')
  await page.keyboard.press('Control+b')
  await page.keyboard.type(' är viktigast.')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+Shift+Digit8')
  await page.keyboard.type('Lampor vid gångvägen')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Öppet längre på fritidsgården')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+Shift+Digit9')
  await page.keyboard.type('Vi vill kunna gå hem utan att vara rädda.')
  await expect(editor.locator('ul > li')).toHaveCount(2)
  await expect(editor.locator('blockquote')).toHaveText('Vi vill kunna gå hem utan att vara rädda.')
  await expect(editor.locator('h3')).toHaveText('Trygghet i Alby')
  await expect(editor.locator('strong, b').filter({ hasText: 'belysningen' })).toBeVisible()

  // Well inside the autosave delay: only the flush on leaving can have stored the last words.
  await page.waitForTimeout(200)
  await page.close()
  await expect
    .poll(async () => (await api<NoteRow[]>('note.list', { docId })).map((n) => n.plainText).join('\n'), { timeout: 1_000 })
    .toContain('utan att vara rädda.')

  const again = await context.newPage()
  await again.setViewportSize({ width: 1920, height: 1080 })
  await again.goto(host.url)
  await expect(stickies(again)).toHaveCount(8)
  await openNotes(again)
  const reopened = again.getByRole('textbox', { name: /^Anteckningar för/ })
  await expect(reopened.locator('h3')).toHaveText('Trygghet i Alby')
  await expect(reopened.locator('strong, b').filter({ hasText: 'belysningen' })).toBeVisible()
  await expect(reopened).toContainText('Gruppen tycker att belysningen är viktigast.')
  await expect(reopened.locator('ul > li')).toHaveText(['Lampor vid gångvägen', 'Öppet längre på fritidsgården'])
  await expect(reopened.locator('blockquote')).toHaveText('Vi vill kunna gå hem utan att vara rädda.')
  await screenshot(again, 'outcomes-notes-editor')
  expect(await axe(again, '#side-panel-notes')).toEqual([])
})

test('names and numbers in the notes are flagged and replaced; links are http(s) only; references are plain text', async ({ page, host, api }) => {
  await page.goto(host.url)
  await expect(stickies(page)).toHaveCount(8)
  const { docId } = await api<{ docId: string }>('library.openDemo')
  await api('knownName.add', { docId, name: 'Amina Yusuf' })
  // Alt+N opens the notes with the caret in them, from anywhere in the workshop.
  await page.keyboard.press('Alt+n')
  const panel = page.locator('#side-panel-notes')
  const editor = page.getByRole('textbox', { name: /^Anteckningar för/ })
  await expect(editor).toBeFocused()
  await page.keyboard.type('Amina Yusuf ringde från 070-123 45 67 om bänkarna. ')

  const flags = panel.getByRole('region', { name: /möjliga personuppgifter i anteckningen/ })
  await expect(flags).toBeVisible()
  await expect(flags.locator('.pii-hit')).toHaveCount(2)
  await flags.getByRole('button', { name: 'Ersätt med pseudonym: Amina Yusuf' }).click()
  await expect(editor).toContainText('Deltagare A ringde')
  await flags.getByRole('button', { name: 'Ersätt med platshållare: 070-123 45 67' }).click()
  await expect(editor).toContainText('Deltagare A ringde från [telefonnummer] om bänkarna.')
  await expect(flags).toHaveCount(0)

  // The editor's own undo cannot bring a replaced name back.
  await editor.click()
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(editor).not.toContainText('Amina')

  // A link: anything but http(s) is refused with the reason, then a real address is accepted.
  await page.keyboard.press('End')
  await page.keyboard.press('Control+Shift+K')
  const address = panel.getByLabel('Adress')
  await expect(address).toBeFocused()
  await address.fill('javascript:alert(1)')
  await address.press('Enter')
  await expect(panel.getByText('Skriv en adress som börjar med http:// eller https://.')).toBeVisible()
  await address.fill('www.boras.se')
  await panel.getByRole('button', { name: 'Lägg till länk' }).click()
  await expect(editor.locator('a[href="https://www.boras.se"]')).toHaveText('https://www.boras.se')
  await expect(editor).toBeFocused()

  // A reference to a sticky goes in as text.
  await page.keyboard.type(' Se ')
  await panel.getByRole('button', { name: 'Infoga hänvisning' }).click()
  await panel.getByLabel('Lapp eller grupp att hänvisa till').selectOption({ label: 'Bygga högt och stort' })
  await panel.getByRole('button', { name: 'Infoga', exact: true }).click()
  await expect(editor).toContainText('Se [Lapp: Bygga högt och stort]')

  // Pasted links the core would refuse (mailto:, javascript:) keep their words but not the link,
  // so one of them can never stop the note from saving.
  await expect(editor).toBeFocused()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await expect(editor.locator('p')).toHaveCount(2)
  const html = '<p><a href="mailto:info@example.se">Skriv till oss</a> eller <a href="javascript:alert(1)">klicka</a></p>'
  await editor.evaluate((el, pasted) => {
    // The e2e project has no DOM types; these are the browser's own constructors.
    type Ctor<T> = new (...args: unknown[]) => T
    const w = globalThis as unknown as { DataTransfer: Ctor<{ setData(type: string, value: string): void }>; ClipboardEvent: Ctor<object> }
    const data = new w.DataTransfer()
    data.setData('text/html', pasted)
    data.setData('text/plain', 'Skriv till oss eller klicka')
    el.dispatchEvent(new w.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }) as never)
  }, html)
  await expect(editor).toContainText('Skriv till oss eller klicka')
  await expect(editor.locator('a')).toHaveCount(1)

  await expect
    .poll(async () => {
      const notes = await api<{ plainText: string; lexicalJson: string }[]>('note.list', { docId })
      const note = notes[0]
      return note ? `${note.plainText} | ${note.lexicalJson.includes('"url":"https://www.boras.se"')}` : ''
    })
    .toBe('Deltagare A ringde från [telefonnummer] om bänkarna. https://www.boras.se Se [Lapp: Bygga högt och stort]\n\nSkriv till oss eller klicka | true')
  expect(await axe(page, '#side-panel-notes')).toEqual([])
})

test('a notes phase shows its note in the main area, saved to that phase', async ({ page, host, api }) => {
  const { docId, path, phase } = await workshopAt(api, 'ecar-circle', 'Cirkel med anteckningar', 'free_notes', async (id) => {
    await api('body.add', { docId: id, name: 'Utbildningsnämnden', abbreviation: 'UN', isReceiver: true, answerBy: '2031-06-01' })
  })
  await openWorkshop(page, host.url, path)
  const editor = page.locator('main').getByRole('textbox', { name: /^Anteckningar för fasen/ })
  await editor.click()
  await page.keyboard.type('Nästa gång: bjud in fritidsgården.')
  await editor.blur()
  await expect
    .poll(async () => (await workshopData(api, docId)).notes.map((n) => `${n.phaseId === phase.id} ${n.plainText}`))
    .toEqual(['true Nästa gång: bjud in fritidsgården.'])
  expect(await axe(page, 'main .workspace-notes')).toEqual([])
})
