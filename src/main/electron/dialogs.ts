import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron'
import { z } from 'zod'
import { DOC_EXT } from '../core/library.ts'

export const ChooseFileKind = z.enum(['open-workshop', 'import-json'])
export type ChooseFileKind = z.infer<typeof ChooseFileKind>

const DIALOGS: Record<ChooseFileKind, OpenDialogOptions> = {
  'open-workshop': {
    title: 'Öppna workshop',
    properties: ['openFile'],
    filters: [{ name: 'Medskapa-workshop', extensions: [DOC_EXT.slice(1)] }]
  },
  'import-json': {
    title: 'Importera workshop från JSON',
    properties: ['openFile'],
    filters: [{ name: 'JSON', extensions: ['json'] }]
  }
}

/** The native open dialog, modal to `parent` when there is one; null when the user cancels. */
export async function chooseFile(kind: ChooseFileKind, parent: BrowserWindow | null): Promise<string | null> {
  const options = DIALOGS[kind]
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

export async function showError(parent: BrowserWindow | null, message: string, detail: string): Promise<void> {
  const options = { type: 'error' as const, title: 'Medskapa', message, detail, buttons: ['OK'] }
  if (parent) await dialog.showMessageBox(parent, options)
  else await dialog.showMessageBox(options)
}
