import type { MethodTemplate } from '../../../../shared/methods/schema.ts'

/**
 * Save a template as a .json file through the browser's own download (a Blob link), which works
 * the same in Electron, where it opens the save dialog.
 */
export function downloadTemplate(template: MethodTemplate): string {
  const file = `${template.id}.json`
  const blob = new Blob([`${JSON.stringify(template, null, 2)}\n`], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = file
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // Revoked after the click has been handled, so the download has its data.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return file
}
