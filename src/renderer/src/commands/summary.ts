import { summaryUi } from '../views/summary/summaryUi.ts'
import type { Command } from './types.ts'

export const summaryCommands: readonly Command[] = [
  {
    id: 'summary.open',
    label: (t) => t('summary.command'),
    group: 'workshop',
    enabled: ({ route, state }) =>
      route.name === 'workshop' && state.activeDocId !== null && state.workshops[state.activeDocId]?.status === 'ready',
    run: () => summaryUi.open()
  }
]
