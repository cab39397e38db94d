import { backupsUi } from '../views/backups/backupsUi.ts'
import type { Command } from './types.ts'

export const backupsCommands: readonly Command[] = [
  {
    id: 'backup.show',
    label: (t) => t('backups.command'),
    group: 'workshop',
    enabled: ({ route, state }) =>
      route.name === 'workshop' && state.activeDocId !== null && state.workshops[state.activeDocId]?.status === 'ready',
    run: () => backupsUi.open()
  }
]
