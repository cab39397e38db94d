import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule)

const { fileFromArgv } = await import('../../../src/main/electron/launch-file.ts')
const { menuTemplate } = await import('../../../src/main/electron/menu.ts')

describe('the file on the command line', () => {
  const cwd = path.resolve('/home/anna')
  it.each([
    [['Medskapa.exe'], null],
    [['Medskapa.exe', 'C:\\x\\notes.txt'], null],
    [['Medskapa.exe', 'val.medskapa'], path.resolve(cwd, 'val.medskapa')],
    [['Medskapa.exe', '/srv/delad/Trygghet.MEDSKAPA'], path.resolve('/srv/delad/Trygghet.MEDSKAPA')],
    [['electron', '.', '--flag=x.medskapa'], null],
    [['electron', '.', 'a.medskapa', 'b.medskapa'], path.resolve(cwd, 'b.medskapa')],
    // argv[0] is the program itself, never a document.
    [['/opt/x.medskapa'], null]
  ])('%j -> %s', (argv, expected) => {
    expect(fileFromArgv(argv, cwd)).toBe(expected)
  })
})

describe('the menu template', () => {
  const actions = { command: vi.fn(), openWithDialog: vi.fn(), openFile: vi.fn(), about: vi.fn() }
  const entry = (title: string, p: string, problem: string | null = null) => ({ path: p, title, docId: null, modifiedAt: 0, problem })
  const find = (items: { label?: string; submenu?: unknown }[], label: string) => items.find((i) => i.label === label)

  it('shows a disabled placeholder when there are no recent workshops', () => {
    const file = find(menuTemplate({ platform: 'win32', recent: [], developer: false }, actions), 'Arkiv')!
    const recent = find(file.submenu as { label?: string; submenu?: unknown }[], 'Senaste')!.submenu as { enabled?: boolean }[]
    expect(recent).toEqual([expect.objectContaining({ enabled: false })])
  })

  it('disables a recent file that cannot be read and opens the others', () => {
    const template = menuTemplate(
      { platform: 'linux', recent: [entry('Trygghet', '/a/Alby/t.medskapa'), entry('Borta', '/a/b.medskapa', 'Filen finns inte längre.')], developer: false },
      actions
    )
    const file = find(template, 'Arkiv')!.submenu as { label?: string; submenu?: unknown }[]
    const recent = find(file, 'Senaste')!.submenu as { label: string; enabled: boolean; click: () => void }[]
    expect(recent.map((r) => [r.label, r.enabled])).toEqual([
      ['Trygghet — Alby', true],
      ['Borta — a', false]
    ])
    recent[0]!.click()
    expect(actions.openFile).toHaveBeenCalledWith('/a/Alby/t.medskapa')
  })

  it('adds the macOS app menu, Avsluta elsewhere, and developer tools only when unpackaged', () => {
    const labels = (t: ReturnType<typeof menuTemplate>) => t.map((m) => m.label)
    expect(labels(menuTemplate({ platform: 'darwin', recent: [], developer: false }, actions))[0]).toBe('Medskapa')
    const win = menuTemplate({ platform: 'win32', recent: [], developer: false }, actions)
    expect(labels(win)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp'])
    const roles = (t: ReturnType<typeof menuTemplate>) => JSON.stringify(t)
    expect(roles(win)).toContain('"quit"')
    expect(roles(win)).not.toContain('toggleDevTools')
    expect(roles(menuTemplate({ platform: 'win32', recent: [], developer: true }, actions))).toContain('toggleDevTools')
  })
})
