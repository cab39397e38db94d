import { reportUi } from '../views/report/reportUi.ts'
import type { Command } from './types.ts'

export const reportCommands: readonly Command[] = [
  {
    id: 'report.export',
    label: (t) => t('report.command'),
    group: 'workshop',
    // E as in export; a modifier combination, so it is safe while typing in a field.
    shortcuts: [{ key: 'e', mod: true }],
    inTextFields: true,
    enabled: ({ route, state }) =>
      route.name === 'workshop' && state.activeDocId !== null && state.workshops[state.activeDocId]?.status === 'ready',
    run: () => reportUi.open()
  }
]
