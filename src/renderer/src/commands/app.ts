import { changeLanguage } from '../i18n/index.ts'
import type { Command } from './types.ts'

export const appCommands: readonly Command[] = [
  {
    id: 'app.palette',
    label: 'palette',
    group: 'app',
    shortcuts: [{ key: 'k', mod: true }],
    inTextFields: true,
    hidden: true,
    run: ({ state }) => state.setPaletteOpen(!state.paletteOpen)
  },
  {
    id: 'app.switchLanguage',
    label: 'switchLanguage',
    group: 'app',
    run: async ({ state }) => {
      const next = state.language === 'sv' ? 'en' : 'sv'
      await changeLanguage(next)
      state.setLanguage(next)
    }
  },
  {
    id: 'app.goToStart',
    label: 'goToStart',
    group: 'app',
    enabled: ({ route }) => route.name !== 'start',
    run: ({ navigate }) => navigate({ name: 'start' })
  },
  {
    id: 'app.openDemo',
    label: 'openDemo',
    group: 'workshop',
    run: async ({ state, navigate }) => {
      const opened = await state.openDemo()
      navigate({ name: 'workshop', path: opened.path })
    }
  }
]
