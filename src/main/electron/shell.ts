import path from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import type { FileEntry } from '../../shared/api/methods/library.ts'
import { OPEN_DOC_COMMAND_PREFIX } from '../../shared/api/transport.ts'
import { APP_VERSION, createCore, type Core } from '../core/core.ts'
import { defaultDataDir } from '../core/library.ts'
import { installParticipants } from '../host/participants/service.ts'
import { appLocation, handleAppProtocol, isAppUrl } from './app-protocol.ts'
import { chooseFile, showError } from './dialogs.ts'
import { registerIpc } from './ipc.ts'
import { installMenu } from './menu.ts'
import { ProjectorWindows } from './projector-window.ts'
import { installSecurity } from './security.ts'
import { createFacilitatorWindow, focusWindow, ShellWindows, type WindowPaths } from './windows.ts'

/** What the app lifecycle (second instance, macOS open-file) asks of a running shell. */
export interface Shell {
  openFile(filePath: string): Promise<void>
  focus(): void
}

/**
 * Everything that needs a ready app: security, the app:// protocol, the core, IPC, the menu and
 * the first window. Null when the data folder cannot be used (the user has been told why).
 */
export function bootShell(env: NodeJS.ProcessEnv): Shell | null {
  const location = appLocation({ devServerUrl: env.ELECTRON_RENDERER_URL, packaged: app.isPackaged })
  const ownUrl = (url: string): boolean => isAppUrl(location, url)
  installSecurity({ isAppUrl: ownUrl })
  const appPath = app.getAppPath()
  handleAppProtocol(path.join(appPath, 'out', 'renderer'))

  let core: Core
  try {
    core = createCore({ dataDir: defaultDataDir(env), host: 'electron' })
  } catch (e) {
    dialog.showErrorBox('Medskapa kunde inte starta', `Datamappen gick inte att använda.\n\n${(e as Error).message}`)
    app.quit()
    return null
  }

  // Residents' phones (off until the facilitator turns them on); core.close() stops their server.
  installParticipants(core, { phoneDir: path.join(appPath, 'out', 'phone') })

  const windows = new ShellWindows()
  const disposeIpc = registerIpc({ core, windows, isAppUrl: ownUrl })
  const paths: WindowPaths = { preloadPath: path.join(appPath, 'out', 'preload', 'index.js'), entryUrl: location.entryUrl }
  // The projector window belongs to the facilitator's: when the last of those closes, it closes
  // too, so the app quits as before instead of leaving the room's screen on its own.
  const facilitatorWindow = (): BrowserWindow => {
    const win = createFacilitatorWindow(paths, windows)
    win.on('closed', () => {
      if (windows.all().length === 0) projectors.close()
    })
    return win
  }
  const mainWindow = (): BrowserWindow => windows.main() ?? facilitatorWindow()
  const targetWindow = (): BrowserWindow => {
    const focused = BrowserWindow.getFocusedWindow()
    return focused && windows.all().includes(focused) ? focused : mainWindow()
  }

  // Main opens the file itself and tells the renderer which document to show: the renderer never
  // has to trust a path it did not choose, and a bad file is reported here, once.
  const openFile = async (filePath: string): Promise<void> => {
    const win = mainWindow()
    try {
      const opened = await core.call('library.open', { path: filePath })
      windows.sendCommand(win, `${OPEN_DOC_COMMAND_PREFIX}${opened.docId}`)
      focusWindow(win)
    } catch (e) {
      await showError(win, 'Workshoppen kunde inte öppnas', `${filePath}\n\n${(e as Error).message}`)
    }
  }

  const projectors = new ProjectorWindows(paths, windows, {
    changed: () => void refreshMenu(),
    watch: (docId) => core.projector.watch(docId)
  })
  core.services.openProjectorWindow = (docId, displayId) => projectors.open(docId, displayId)
  core.services.closeProjectorWindow = (docId) => projectors.close(docId)
  core.services.projectorWindowOpen = (docId) => projectors.isOpen(docId)

  let lastRecent: string | null = null
  const refreshMenu = async (): Promise<void> => {
    let recent: FileEntry[] = []
    try {
      recent = (await core.call('library.list', {})).recent
    } catch (e) {
      console.error('medskapa: the recent list could not be read', e)
    }
    installMenu(
      {
        platform: process.platform,
        recent,
        developer: !app.isPackaged,
        projector: { displays: projectors.displays(), chosen: projectors.chosen(), open: projectors.openDocId() !== null }
      },
      {
        command: (id) => windows.sendCommand(targetWindow(), id),
        openWithDialog: () => {
          chooseFile('open-workshop', targetWindow())
            .then((chosen) => (chosen ? openFile(chosen) : undefined))
            .catch((e: unknown) => console.error('medskapa: open dialog failed', e))
        },
        openFile: (filePath) => void openFile(filePath),
        projector: {
          openProjector: () => windows.sendCommand(targetWindow(), 'projector-open'),
          closeProjector: () => projectors.close(),
          chooseDisplay: (displayId) => projectors.choose(displayId)
        },
        about: () => {
          void dialog.showMessageBox(targetWindow(), {
            title: 'Om Medskapa',
            message: `Medskapa ${APP_VERSION}`,
            detail: `Offline-verktyg för forskningscirklar, workshoppar och rapporter till nämnderna.\n\nDatamapp: ${core.library.dataDir}`,
            buttons: ['OK']
          })
        }
      }
    )
    // The OS list (Windows jump list, macOS Dock) follows whatever was opened last, by any route.
    const newest = recent[0]?.path ?? null
    if (newest && newest !== lastRecent) app.addRecentDocument(newest)
    lastRecent = newest
  }
  core.subscribe((event) => {
    if (event.type === 'library') void refreshMenu()
    // A closed workshop leaves the room's screen too.
    if (event.type === 'closed') projectors.close(event.docId)
  })
  void refreshMenu()

  facilitatorWindow()
  app.on('activate', () => void mainWindow())
  app.on('window-all-closed', () => app.quit())
  // will-quit, not before-quit: it runs after every window has closed, so a renderer that flushes
  // its autosave while closing (a later issue) still reaches an open core.
  let closed = false
  app.on('will-quit', () => {
    if (closed) return
    closed = true
    projectors.dispose()
    disposeIpc()
    core.close()
  })

  return { openFile, focus: () => focusWindow(mainWindow()) }
}
