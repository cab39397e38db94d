import { stopParticipants } from '../views/participants/actions.ts'
import { participantsUi } from '../views/participants/participantsUi.ts'
import type { Command, CommandContext } from './types.ts'

/** The workshop on screen, once it has loaded. */
function docOf(ctx: CommandContext): string | null {
  const docId = ctx.state.activeDocId
  if (ctx.route.name !== 'workshop' || !docId || ctx.state.workshops[docId]?.status !== 'ready') return null
  return docId
}

export const participantsCommands: readonly Command[] = [
  {
    id: 'participants.open',
    label: (t) => t('participants.command'),
    group: 'workshop',
    enabled: (ctx) => docOf(ctx) !== null,
    run: () => participantsUi.open()
  },
  {
    // Choosing this from the palette is the confirmation: the room's phones lose contact at once.
    id: 'participants.stop',
    label: (t) => t('participants.commandStop'),
    group: 'workshop',
    enabled: (ctx) => {
      const docId = docOf(ctx)
      return docId !== null && ctx.state.participants[docId]?.running === true
    },
    run: async (ctx) => {
      const docId = docOf(ctx)
      if (docId) await stopParticipants(docId)
    }
  }
]
