import AxeBuilder from '@axe-core/playwright'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts'
import { WCAG_TAGS } from './axe.ts'

interface PhaseTemplate {
  kind: string
  durationMin: number
  sv: { title: string; prompt: string; guidance: string }
  en: { title: string; prompt: string; guidance: string }
}

interface Template {
  id: string
  requiresAnchoring: boolean
  basedOn?: string
  sv: { name: string; description: string }
  en: { name: string; description: string }
  meetings: { sv: { title: string }; en: { title: string }; phases: PhaseTemplate[] }[]
}

const editor = (page: Page) => page.getByRole('region', { name: /Vår dystopi|Dystopiövningen \(kopia\)|Tom mall/ })

test('a template is copied, edited, saved, exported, deleted and imported again, and comes back identical', async ({
  page,
  host,
  api,
  dataDir
}) => {
  await page.goto(`${host.url}#/templates`)
  await expect(page.getByRole('heading', { level: 1, name: 'Mallar för metoder' })).toBeVisible()
  await page.getByRole('button', { name: 'Kopiera Dystopiövningen' }).click()
  const form = editor(page)
  await expect(form.getByRole('heading', { name: 'Dystopiövningen (kopia)' })).toBeVisible()
  await expect(form).toContainText('dystopiovningen-kopia')
  expect(fs.existsSync(path.join(dataDir, 'templates', 'dystopiovningen-kopia.json'))).toBe(true)

  await form.getByLabel('Namn (svenska)').fill('Vår dystopi (Alby)')
  await form.getByLabel('Namn (engelska)').fill('Our dystopia (Alby)')
  await form.getByLabel('Kräver förankring före första träffen').check()
  await expect(form.getByRole('status')).toHaveText('Ändringar som inte är sparade')

  // A proposals phase after phase 2, with its texts and time.
  const phases = form.locator('.phase-list__items')
  await phases.getByRole('button', { name: /^2\. Skapa dystopin/ }).click()
  await form.getByLabel('Typ av ny fas').selectOption('proposals')
  await form.getByRole('button', { name: 'Lägg till fas' }).click()
  await expect(form.getByRole('heading', { name: 'Fas 3' })).toBeVisible()
  const sv = form.getByRole('group', { name: 'Svenska' })
  const en = form.getByRole('group', { name: 'Engelska' })
  await sv.getByLabel('Rubrik').fill('Förslag till nämnden')
  await sv.getByLabel('Fråga till gruppen').fill('Vad föreslår vi nämnden?')
  await sv.getByLabel('Tips till den som leder').fill('Ett förslag per lapp.')
  await en.getByLabel('Rubrik').fill('Proposals to the committee')
  await en.getByLabel('Fråga till gruppen').fill('What do we propose to the committee?')
  await form.getByLabel('Tid i minuter').fill('20')

  // Alt+↑ moves the focused phase up, and the focus goes with it; the buttons move it back.
  const item = phases.getByRole('button', { name: /^3\. Förslag till nämnden/ })
  await item.focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(phases.getByRole('button', { name: /^2\. Förslag till nämnden/ })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Förslag till nämnden är nu fas 2.' })).toBeAttached()
  await form.getByRole('button', { name: 'Flytta ner Förslag till nämnden' }).click()
  await expect(phases.getByRole('button', { name: /^3\. Förslag till nämnden/ })).toBeVisible()
  await phases.getByRole('button', { name: /^9\. Avslutning/ }).click()
  await form.getByRole('button', { name: 'Ta bort fasen Avslutning' }).click()
  await expect(phases.getByRole('listitem')).toHaveCount(8)
  await form.getByLabel('Namn på träffen (svenska)').fill('Dystopiövning i Alby')

  expect(await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze().then((r) => r.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join()}`))).toEqual([])
  await phases.getByRole('button', { name: /^3\. Förslag till nämnden/ }).click()
  await page.evaluate('window.scrollTo(0, 0)')
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'run-template-editor.png') })
  await form.getByRole('heading', { name: 'Faser i träff 1' }).evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.evaluate('window.scrollBy(0, -110)')
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'run-template-phases.png') })

  await form.getByRole('button', { name: 'Spara mallen' }).click()
  await expect(form.getByRole('status')).toHaveText('Allt är sparat')
  const saved = (await api<{ template: Template }>('templates.get', { id: 'dystopiovningen-kopia' })).template
  expect(saved).toMatchObject({ requiresAnchoring: true, basedOn: 'dystopia', sv: { name: 'Vår dystopi (Alby)' }, en: { name: 'Our dystopia (Alby)' } })
  expect(saved.meetings[0].sv.title).toBe('Dystopiövning i Alby')
  expect(saved.meetings[0].phases.map((p) => p.kind)).toEqual(['inform', 'capture', 'proposals', 'cluster', 'reflect', 'vote', 'invert', 'effect_chain'])
  expect(saved.meetings[0].phases[2]).toEqual({
    kind: 'proposals',
    durationMin: 20,
    sv: { title: 'Förslag till nämnden', prompt: 'Vad föreslår vi nämnden?', guidance: 'Ett förslag per lapp.' },
    en: { title: 'Proposals to the committee', prompt: 'What do we propose to the committee?', guidance: '' }
  })

  // Export: the browser downloads exactly what is stored.
  const own = page.getByRole('region', { name: 'Dina egna mallar' })
  const downloading = page.waitForEvent('download')
  await own.getByRole('button', { name: 'Exportera Vår dystopi (Alby)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('dystopiovningen-kopia.json')
  const file = path.join(dataDir, 'export.json')
  await download.saveAs(file)
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as Template
  expect(exported).toEqual(saved)

  // Delete, after a confirmation in the page (never a browser dialog).
  await own.getByRole('button', { name: 'Ta bort Vår dystopi (Alby)' }).click()
  await own.getByRole('button', { name: 'Ja, ta bort' }).click()
  await expect(own.getByText('Du har inga egna mallar än.')).toBeVisible()
  await expect(api('templates.get', { id: 'dystopiovningen-kopia' })).rejects.toThrow(/dystopiovningen-kopia/)
  expect(fs.existsSync(path.join(dataDir, 'templates', 'dystopiovningen-kopia.json'))).toBe(false)

  // Import the file again: the same template, under the same id.
  await page.getByLabel('Välj mallfil').setInputFiles(file)
  await expect(own.getByRole('listitem').filter({ hasText: 'Vår dystopi (Alby)' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Mallen ”Vår dystopi (Alby)” är importerad.' })).toBeAttached()
  const back = (await api<{ template: Template }>('templates.get', { id: 'dystopiovningen-kopia' })).template
  expect(back).toEqual(exported)

  // The new-workshop form offers it.
  await page.getByRole('link', { name: 'Medskapa' }).click()
  await expect(page.getByLabel('Metod').locator('optgroup[label="Egna mallar"] option')).toHaveText(['Vår dystopi (Alby)'])
})

test('a broken template is refused with the field named, in the editor and on import', async ({ page, host, api, dataDir }) => {
  await page.goto(`${host.url}#/templates`)
  await page.getByRole('button', { name: 'Kopiera Tom mall' }).click()
  const form = editor(page)
  await expect(form.getByRole('heading', { name: 'Tom mall (kopia)' })).toBeVisible()

  // An empty heading cannot be saved: the problem is shown beside the field, which gets the focus.
  const title = form.getByRole('group', { name: 'Svenska' }).getByLabel('Rubrik')
  await title.fill('')
  await form.getByRole('button', { name: 'Spara mallen' }).click()
  await expect(form.getByText('Mallen kan inte sparas. Rätta det som är markerat.')).toBeVisible()
  await expect(title).toBeFocused()
  await expect(title).toHaveAttribute('aria-invalid', 'true')
  await expect(title).toHaveAccessibleDescription(/Får inte vara tomt/)
  await expect(form.getByRole('button', { name: 'meetings[0].phases[0].sv.title' })).toBeVisible()
  await title.fill('Samla idéer')
  await expect(form.getByText('Mallen kan inte sparas.')).toBeHidden()

  // A file with an unknown phase kind: refused, and the message names the field.
  const good = await api<Template>('templates.export', { id: 'ecar-circle' })
  const broken = structuredClone(good) as unknown as { meetings: { phases: { kind: string }[] }[] }
  broken.meetings[0].phases[2].kind = 'brainstorm'
  const brokenFile = path.join(dataDir, 'trasig-mall.json')
  fs.writeFileSync(brokenFile, JSON.stringify(broken))
  await page.getByLabel('Välj mallfil').setInputFiles(brokenFile)
  const importCard = page.getByRole('region', { name: 'Importera en mall' })
  await expect(importCard.getByText('Mallen kunde inte importeras.')).toBeVisible()
  await expect(importCard.getByText('Fält: meetings[0].phases[2].kind')).toBeVisible()

  // Not JSON at all.
  const notJson = path.join(dataDir, 'inte-json.json')
  fs.writeFileSync(notJson, '{ "id": ')
  await page.getByLabel('Välj mallfil').setInputFiles(notJson)
  await expect(importCard.getByText(/Filen är inte giltig JSON/)).toBeVisible()

  const list = await api<{ templates: { builtIn: boolean; template: Template }[] }>('templates.list', {})
  expect(list.templates.filter((t) => !t.builtIn).map((t) => t.template.id)).toEqual(['tom-mall-kopia'])
})
