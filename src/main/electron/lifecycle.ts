import path from 'node:path'
import { app, dialog } from 'electron'
import { registerAppScheme } from './app-protocol.ts'
import { fileFromArgv } from './launch-file.ts'
import { bootShell, type Shell } from './shell.ts'

export interface StartOptions {
  readonly argv: readonly string[]
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
}

/**
 * One Medskapa per user: a second launch (double-clicking another workshop) hands its file to the
 * first and exits, so two processes never hold the same SQLite file.
 */
export function startShell(opts: StartOptions): void {
  registerAppScheme()
  // With an explicit data folder (tests, a portable install) Chromium's profile goes beside it: the
  // single-instance lock is per profile, so two test runs with their own folders do not collide.
  if (opts.env.MEDSKAPA_DATA_DIR) app.setPath('userData', path.join(path.resolve(opts.env.MEDSKAPA_DATA_DIR), 'chromium-profile'))
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  let shell: Shell | null = null
  // A file named before the app is ready waits for the shell.
  let pendingFile = fileFromArgv(opts.argv, opts.cwd)

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!shell) return
    shell.focus()
    const file = fileFromArgv(argv, workingDirectory)
    if (file) void shell.openFile(file)
  })
  // macOS delivers double-clicked files as an event, not on the command line.
  app.on('open-file', (event, filePath) => {
    event.preventDefault()
    if (shell) void shell.openFile(filePath)
    else pendingFile = filePath
  })

  app
    .whenReady()
    .then(() => {
      shell = bootShell(opts.env)
      if (shell && pendingFile) void shell.openFile(pendingFile)
      pendingFile = null
    })
    .catch((e: unknown) => {
      dialog.showErrorBox('Medskapa kunde inte starta', (e as Error).stack ?? String(e))
      app.quit()
    })
}
