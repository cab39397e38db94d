import type { Command, CommandContext } from './types.ts'

function history(ctx: CommandContext) {
  const docId = ctx.state.activeDocId
  return docId ? (ctx.state.workshops[docId]?.history ?? null) : null
}

// Ctrl+Z inside a text field is the field's own undo, so these never take it from one.
export const historyCommands: readonly Command[] = [
  {
    id: 'history.undo',
    label: 'undo',
    group: 'history',
    shortcuts: [{ key: 'z', mod: true }],
    enabled: (ctx) => ctx.route.name === 'workshop' && Boolean(history(ctx)?.canUndo),
    run: async ({ state }) => {
      if (state.activeDocId) await state.undo(state.activeDocId)
    }
  },
  {
    id: 'history.redo',
    label: 'redo',
    group: 'history',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true }
    ],
    enabled: (ctx) => ctx.route.name === 'workshop' && Boolean(history(ctx)?.canRedo),
    run: async ({ state }) => {
      if (state.activeDocId) await state.redo(state.activeDocId)
    }
  }
]
