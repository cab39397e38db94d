import type { Handlers } from '../context.ts'
import { requirePhase } from './common.ts'
import { refreshTitle } from './layout.ts'

// Silent writing (domain brief §3.7, KJ step 2): while a phase is silent, new notes are hidden from
// the projector, then shown together so nobody's note is read out ahead of the others.

export const silentHandlers: Handlers<'phase.setSilent' | 'board.reveal'> = {
  // Turning it off reveals nothing by itself; the facilitator reveals when the room is ready.
  'phase.setSilent': (input, ctx) =>
    ctx.mutate(input.docId, 'phase.setSilent', (tx) => {
      const phase = requirePhase(tx, input.phaseId)
      return phase.silent === input.silent ? phase : tx.update('phase', phase.id, { silent: input.silent })
    }),

  'board.reveal': (input, ctx) =>
    ctx.mutate(input.docId, 'board.reveal', (tx) => {
      requirePhase(tx, input.phaseId)
      const hidden = tx.list('sticky', { phaseId: input.phaseId, status: 'board', hidden: true })
      for (const s of hidden) tx.update('sticky', s.id, { hidden: false })
      // Automatic titles left hidden notes out; now they may speak.
      for (const id of new Set(hidden.map((s) => s.clusterId))) if (id !== null) refreshTitle(tx, id)
      return { revealed: hidden.length }
    })
}
