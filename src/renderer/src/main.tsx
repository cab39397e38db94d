import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createTransport } from './api/index.ts'
import { App } from './App.tsx'
import { registerAllCommands } from './commands/index.ts'
import { runShellCommand } from './commands/shell.ts'
import { initI18n, savedLanguage } from './i18n/index.ts'
import { useAppStore } from './store/index.ts'
import './styles/index.css'
import { isProjectorPage, ProjectorRoot } from './views/projector/ProjectorRoot.tsx'

const language = savedLanguage()
initI18n(language)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

if (isProjectorPage()) {
  // The room's screen: its own read-only line, and none of the facilitator's client (see ProjectorRoot).
  createRoot(root).render(
    <StrictMode>
      <ProjectorRoot />
    </StrictMode>
  )
} else {
  useAppStore.getState().setLanguage(language)
  registerAllCommands()

  const api = createTransport()
  useAppStore.getState().connect(api)
  // The Electron menu runs the same commands as the keyboard and the palette.
  api.onCommand?.(runShellCommand)

  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
}
