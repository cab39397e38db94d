import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { createWorkshop, shot } from './board-helpers.ts'
import { expect, SCREENSHOT_DIR, stickies, test } from './fixtures.ts'
import { axe, scrollTop, type Api } from './outcomes-helpers.ts'
import { prng } from '../../src/shared/prng.ts'

// Backups in the app (reliability items 3 and 4): a workshop file damaged on disk is opened from
// the start page, the app names the problem and offers the newest backup by its date and time,
// and restoring brings the work back while the damaged file is kept. An open workshop lists its
// backups in a dialog, and any of them opens as a new file without touching the workshop.

const STICKIES = ['Mörkt i gångtunneln vid skolan', 'Bussen går för sällan på kvällen', 'Ingen plats för unga att vara på']

interface BackupEntry {
  path: string
  takenAt: number
  sizeBytes: number
}
interface BackupSet {
  backups: BackupEntry[]
}

/**
 * "23 november 2026 kl. 14.05" (or "kl. 14.05.09"), as the app writes a moment: Intl sv-SE in
 * the browser's time zone, the time as Språkrådet writes it.
 */
function svDateTime(ms: number, seconds = false): string {
  const zone = { timeZone: 'Europe/Stockholm' } as const
  const date = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', ...zone }).format(ms)
  const parts = new Intl.DateTimeFormat('sv-SE', { hour: 'numeric', minute: '2-digit', second: '2-digit', hourCycle: 'h23', ...zone }).formatToParts(ms)
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${date} kl. ${Number(part('hour'))}.${part('minute')}${seconds ? `.${part('second')}` : ''}`
}

/** The window as a person sees it, a modal dialog over the page (a full-page shot would not be). */
async function windowShot(page: Page, name: string): Promise<void> {
  for (const dir of [SCREENSHOT_DIR, process.env.BOARD_SHOTS]) {
    if (!dir) continue
    fs.mkdirSync(dir, { recursive: true })
    await page.screenshot({ path: path.join(dir, `${name}.png`) })
  }
}

/**
 * Random bytes over the middle of the file: the header and cell pointers of the table page
 * nearest its middle, as a bad sector or a half-copied USB stick leaves it.
 */
function damageMiddle(file: string, seed: number): void {
  const bytes = fs.readFileSync(file)
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16)
  const pages = bytes.length / pageSize
  const tablePages: number[] = []
  for (let p = 2; p <= pages; p++) if ([0x02, 0x05, 0x0a, 0x0d].includes(bytes[(p - 1) * pageSize])) tablePages.push(p)
  const page = tablePages.reduce((best, p) => (Math.abs(p - pages / 2) < Math.abs(best - pages / 2) ? p : best))
  const rnd = prng(seed)
  for (let i = 0; i < 512; i++) bytes[(page - 1) * pageSize + i] = Math.floor(rnd() * 256)
  fs.writeFileSync(file, bytes)
}

/** Axe on `selector` in the light and the dark theme (a shot of the dark one too). */
async function axeLightAndDark(page: Page, selector: string, name: string): Promise<string[]> {
  const found = await axe(page, selector)
  await page.emulateMedia({ colorScheme: 'dark' })
  found.push(...(await axe(page, selector)).map((v) => `dark: ${v}`))
  await windowShot(page, `${name}-dark`)
  await page.emulateMedia({ colorScheme: 'light' })
  return found
}

const sha256 = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

async function stickyTexts(api: Api, docId: string): Promise<string[]> {
  const { data } = await api<{ data: { stickies: { text: string }[] } }>('workshop.get', { docId })
  return data.stickies.map((s) => s.text).sort()
}

/** A workshop with three stickies, backed up, closed, and then damaged on disk. */
async function damagedWorkshop(api: Api, title: string) {
  const w = await createWorkshop(api, title)
  await w.goTo('capture')
  for (const text of STICKIES) await api('sticky.add', { docId: w.docId, phaseId: w.phase('capture'), text })
  const { backup } = await api<{ backup: BackupEntry }>('backup.create', { docId: w.docId })
  await api('library.close', { docId: w.docId })
  for (const journal of ['-wal', '-shm']) expect(fs.existsSync(w.path + journal), `no ${journal} beside the closed file`).toBe(false)
  damageMiddle(w.path, 7)
  return { ...w, backup, damagedHash: sha256(w.path) }
}

async function openFromStartPage(page: Page, hostUrl: string, title: string): Promise<void> {
  await page.goto(`${hostUrl}#/`)
  await page.getByRole('link', { name: title }).first().click()
}

test('a damaged workshop names the problem, offers its newest backup by date and time, and restores it', async ({ page, host, api }) => {
  const title = 'Trygghetsvandring i Norrby'
  const w = await damagedWorkshop(api, title)
  await expect(api('library.open', { path: w.path })).rejects.toThrow(/the file is damaged/)

  await openFromStartPage(page, host.url, title)
  const main = page.locator('main')
  const alert = main.getByRole('alert')
  await expect(alert).toContainText('Filen är skadad och går inte att öppna.')
  await expect(alert).toContainText('the file is damaged')
  await expect(main).toContainText(`Medskapa har en säkerhetskopia av filen från ${svDateTime(w.backup.takenAt)}.`)
  const restore = main.getByRole('button', { name: `Återställ säkerhetskopian från ${svDateTime(w.backup.takenAt)}` })
  await expect(restore).toBeVisible()
  await expect(restore).toHaveAccessibleDescription(/Den skadade filen flyttas undan .* Ingenting tas bort\./)
  await scrollTop(page)
  await shot(page, 'backups-damaged-file')
  expect(await axeLightAndDark(page, 'main', 'backups-damaged-file')).toEqual([])

  await restore.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(stickies(page)).toHaveCount(STICKIES.length)
  for (const text of STICKIES) await expect(page.locator('.sticky__text').getByText(text, { exact: true })).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: /Säkerhetskopian från .* är återställd\. Den skadade filen sparades som / })).toBeVisible()
  await shot(page, 'backups-restored')

  // Restored where the file was; the damaged file kept beside it, byte for byte.
  const { docId } = await api<{ docId: string }>('library.open', { path: w.path })
  expect(await stickyTexts(api, docId)).toEqual([...STICKIES].sort())
  const aside = fs.readdirSync(path.dirname(w.path)).filter((f) => f.startsWith(`${path.basename(w.path)}.damaged-`))
  expect(aside).toHaveLength(1)
  expect(sha256(path.join(path.dirname(w.path), aside[0]))).toBe(w.damagedHash)
  expect(fs.existsSync(w.backup.path), 'the backup itself is left as it was').toBe(true)
})

test('a file with no backup gets the problem named and no offer', async ({ page, host, api }) => {
  const title = 'Utan säkerhetskopia'
  const w = await damagedWorkshop(api, title)
  // Without its backups the file has no way back but the message.
  fs.rmSync(path.dirname(w.backup.path), { recursive: true, force: true })
  await openFromStartPage(page, host.url, title)
  const main = page.locator('main')
  await expect(main.getByRole('alert')).toContainText('Filen är skadad och går inte att öppna.')
  await expect(main).toContainText('Det finns ingen säkerhetskopia av filen.')
  await expect(main.getByRole('button', { name: /Återställ säkerhetskopian/ })).toHaveCount(0)
  expect(sha256(w.path), 'the damaged file is not touched').toBe(w.damagedHash)
})

test('the backups dialog lists the open workshop’s backups, newest first, and opens one as a new file', async ({ page, host, api }) => {
  const title = 'Dialog med säkerhetskopior'
  const w = await createWorkshop(api, title)
  await w.goTo('capture')
  const phaseId = w.phase('capture')
  // Each backup a second after the one before (the first was taken on opening): three within
  // about a minute, which the list must still tell apart.
  const aSecond = (): Promise<void> => new Promise((r) => setTimeout(r, 1_100))
  await api('sticky.add', { docId: w.docId, phaseId, text: STICKIES[0] })
  await aSecond()
  const older = (await api<{ backup: BackupEntry }>('backup.create', { docId: w.docId })).backup
  await api('sticky.add', { docId: w.docId, phaseId, text: STICKIES[1] })
  await aSecond()
  const newer = (await api<{ backup: BackupEntry }>('backup.create', { docId: w.docId })).backup
  await api('sticky.add', { docId: w.docId, phaseId, text: STICKIES[2] })
  const [set] = (await api<{ sets: BackupSet[] }>('backup.list', { docId: w.docId })).sets
  expect(set.backups.map((b) => b.path)).toContain(older.path)

  await page.goto(`${host.url}#/w?${new URLSearchParams({ path: w.path }).toString()}`)
  await expect(stickies(page)).toHaveCount(3)
  // From the command palette, as from anywhere in the workshop.
  await page.locator('main').focus()
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Kommandon' })
  await palette.getByRole('combobox', { name: 'Sök kommando' }).fill('säkerhetskopior')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Säkerhetskopior' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused()

  const items = dialog.getByRole('list', { name: 'Säkerhetskopior, nyast först' }).getByRole('listitem')
  await expect(items).toHaveCount(set.backups.length)
  const times = set.backups.map((b) => b.takenAt)
  expect(times, 'the API lists newest first').toEqual([...times].sort((a, b) => b - a))
  // Each backup by its date and time; those within the same minute by their seconds as well.
  const shown = times.map((ms) => (times.filter((o) => svDateTime(o) === svDateTime(ms)).length > 1 ? svDateTime(ms, true) : svDateTime(ms)))
  expect(new Set(shown).size, 'every backup tells apart from the others').toBe(shown.length)
  for (const [i, when] of shown.entries()) await expect(items.nth(i)).toContainText(when)
  await expect(items.first()).toContainText('Nyast')
  expect(set.backups[0].path).toBe(newer.path)
  await windowShot(page, 'backups-dialog')
  expect(await axeLightAndDark(page, 'dialog.backups-dialog', 'backups-dialog')).toEqual([])

  // The older backup (one sticky) opens as a new file; the workshop itself keeps all three.
  const index = set.backups.findIndex((b) => b.path === older.path)
  await items.nth(index).getByRole('button', { name: `Öppna som ny fil: säkerhetskopian från ${shown[index]}` }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('.topbar__path')).toContainText('-restored-')
  await expect(stickies(page)).toHaveCount(1)
  await expect(page.locator('.sticky__text')).toHaveText(STICKIES[0])
  expect(await stickyTexts(api, w.docId)).toEqual([...STICKIES].sort())
  const restoredPath = (await page.locator('.topbar__path').getAttribute('title')) ?? ''
  expect(path.dirname(restoredPath)).toBe(path.dirname(w.path))
  expect(path.basename(restoredPath)).toMatch(/-restored-\d{8}-\d{6}\.medskapa$/)
})
