import {
  clearSelection,
  currentBoard,
  currentPhase,
  fail,
  focusedItem,
  groupNotes,
  moveNotes,
  noteTargets,
  setHappening,
  setRevealed
} from '../views/board/actions.ts'
import { boardUi, visibleOrder } from '../views/board/boardUi.ts'
import type { Command, CommandContext } from './types.ts'

// The board's commands: the keyboard's way to do everything a drag does (select notes with
// Space, then M, G or U), plus find, silent writing, reveal and the vote. Single-key shortcuts
// never fire while typing.

function board(ctx: CommandContext) {
  return ctx.route.name === 'workshop' ? currentBoard(ctx.state) : null
}

function targets(ctx: CommandContext): string[] {
  const b = board(ctx)
  return b ? noteTargets(ctx.state, b.docId, b.phase.id) : []
}

function phaseOfKind(ctx: CommandContext, kinds: readonly string[]) {
  if (ctx.route.name !== 'workshop') return null
  const at = currentPhase(ctx.state)
  return at && kinds.includes(at.phase.kind) ? at : null
}

function hiddenCount(ctx: CommandContext): number {
  const b = board(ctx)
  const table = b ? ctx.state.workshops[b.docId]?.entities?.sticky : undefined
  if (!b || !table) return 0
  let n = 0
  for (const id in table) if (table[id].phaseId === b.phase.id && table[id].hidden && table[id].status === 'board') n++
  return n
}

export const boardCommands: readonly Command[] = [
  {
    id: 'board.moveTo',
    label: (t) => t('board.commands.moveTo'),
    group: 'capture',
    shortcuts: [{ key: 'm' }],
    enabled: (ctx) => targets(ctx).length > 0,
    run: (ctx) => boardUi.openDialog({ kind: 'move', ids: targets(ctx) })
  },
  {
    id: 'board.group',
    label: (t) => t('board.commands.group'),
    group: 'capture',
    shortcuts: [{ key: 'g' }],
    enabled: (ctx) => targets(ctx).length > 0,
    run: async (ctx) => {
      const b = board(ctx)
      if (b) await groupNotes(b.docId, b.phase.id, targets(ctx))
    }
  },
  {
    id: 'board.unsort',
    label: (t) => t('board.commands.unsort'),
    group: 'capture',
    shortcuts: [{ key: 'u' }],
    enabled: (ctx) => targets(ctx).length > 0,
    run: async (ctx) => {
      const b = board(ctx)
      if (b) await moveNotes(b.docId, targets(ctx), null)
    }
  },
  {
    id: 'board.selectAll',
    label: (t) => t('board.commands.selectAll'),
    group: 'capture',
    shortcuts: [{ key: 'a', mod: true }],
    enabled: (ctx) => board(ctx) !== null && visibleOrder.ids.length > 0,
    run: ({ state, t }) => {
      state.setSelection([...visibleOrder.ids])
      state.announce(t('board.selectedCount', { count: visibleOrder.ids.length }))
    }
  },
  {
    id: 'board.clearSelection',
    label: (t) => t('board.commands.clearSelection'),
    group: 'capture',
    enabled: (ctx) => board(ctx) !== null && ctx.state.selection.length > 0,
    run: () => clearSelection()
  },
  {
    id: 'board.find',
    label: (t) => t('board.commands.find'),
    group: 'capture',
    shortcuts: [{ key: 'f', mod: true }],
    inTextFields: true,
    enabled: (ctx) => board(ctx) !== null,
    run: () => boardUi.focusFind()
  },
  {
    id: 'board.bringIn',
    label: (t) => t('board.commands.bringIn'),
    group: 'capture',
    enabled: (ctx) => board(ctx) !== null,
    run: () => boardUi.openDialog({ kind: 'bringIn' })
  },
  {
    id: 'board.silent',
    label: (t) => t('board.commands.silent'),
    group: 'capture',
    enabled: (ctx) => board(ctx)?.phase.kind === 'capture',
    run: async (ctx) => {
      const b = board(ctx)
      if (b) await ctx.state.mutate(b.docId, 'phase.setSilent', { docId: b.docId, phaseId: b.phase.id, silent: !b.phase.silent })
      ctx.state.announce(ctx.t(b?.phase.silent ? 'board.silent.offSaid' : 'board.silent.onSaid'))
    }
  },
  {
    id: 'board.reveal',
    label: (t) => t('board.commands.reveal'),
    group: 'capture',
    enabled: (ctx) => hiddenCount(ctx) > 0,
    run: async (ctx) => {
      const b = board(ctx)
      if (!b) return
      const r = await ctx.state.mutate(b.docId, 'board.reveal', { docId: b.docId, phaseId: b.phase.id })
      ctx.state.announce(ctx.t('board.silent.revealed', { count: r.revealed }))
    }
  },
  {
    id: 'board.collapseAll',
    label: (t) => t('board.collapseAll'),
    group: 'capture',
    enabled: (ctx) => board(ctx) !== null,
    run: async (ctx) => {
      const b = board(ctx)
      if (b) await ctx.state.mutate(b.docId, 'cluster.setAllCollapsed', { docId: b.docId, phaseId: b.phase.id, collapsed: true })
    }
  },
  {
    id: 'board.expandAll',
    label: (t) => t('board.expandAll'),
    group: 'capture',
    enabled: (ctx) => board(ctx) !== null,
    run: async (ctx) => {
      const b = board(ctx)
      if (b) await ctx.state.mutate(b.docId, 'cluster.setAllCollapsed', { docId: b.docId, phaseId: b.phase.id, collapsed: false })
    }
  },
  {
    id: 'board.happening',
    label: (t) => t('board.commands.happening'),
    group: 'capture',
    shortcuts: [{ key: 'h' }],
    enabled: (ctx) => phaseOfKind(ctx, ['reflect', 'invert']) !== null && focusedItem() !== null,
    run: async (ctx) => {
      const at = phaseOfKind(ctx, ['reflect', 'invert'])
      const item = focusedItem()
      const tables = at ? ctx.state.workshops[at.docId]?.entities : undefined
      if (!at || !item || !tables) return
      const row = item.type === 'sticky' ? tables.sticky[item.id] : tables.cluster[item.id]
      if (!row) return
      const title = 'title' in row ? row.title : row.text
      await setHappening(at.docId, { ...item, title }, !row.happening).catch(fail)
    }
  },
  {
    id: 'board.voteReveal',
    label: (t) => t('board.commands.voteReveal'),
    group: 'capture',
    enabled: (ctx) => {
      const at = phaseOfKind(ctx, ['vote'])
      return at !== null && !at.phase.votesRevealed
    },
    run: async (ctx) => {
      const at = phaseOfKind(ctx, ['vote'])
      if (at) await setRevealed(at.docId, at.phase.id, true)
    }
  },
  {
    id: 'board.voteHide',
    label: (t) => t('board.commands.voteHide'),
    group: 'capture',
    enabled: (ctx) => {
      const at = phaseOfKind(ctx, ['vote'])
      return at !== null && at.phase.votesRevealed
    },
    run: async (ctx) => {
      const at = phaseOfKind(ctx, ['vote'])
      if (at) await setRevealed(at.docId, at.phase.id, false)
    }
  }
]
