// Paths are built in the renderer only to propose one; the core checks and writes the file.

/** The separator the folder already uses: a Windows data folder has backslashes and no slash. */
function separatorOf(folder: string): '/' | '\\' {
  return folder.includes('\\') && !folder.includes('/') ? '\\' : '/'
}

/** `folder` + `name`, without doubling a trailing separator. */
export function joinPath(folder: string, name: string): string {
  if (folder === '') return name
  const sep = separatorOf(folder)
  return /[\\/]$/.test(folder) ? `${folder}${name}` : `${folder}${sep}${name}`
}

/** Whether the path names a Word file (the core refuses anything else). */
export function isDocxPath(path: string): boolean {
  return /\.docx$/i.test(path.trim())
}

/** The last part of a path, whichever separator the system uses: "möte-3.medskapa". */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}
