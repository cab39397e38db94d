import { endSpotlight, openProjector, spotlightFocused, step, toggleBlank, toggleFreeze } from '../views/presenter/actions.ts'
import { presenterView } from '../views/presenter/presenterStore.ts'
import type { Command, CommandContext } from './types.ts'

// The presenter's keys, as in presentation tools: B blank, F freeze, S spotlight, arrows step
// through the spotlight, Esc ends it. Single keys, so never while typing; the arrows and Esc only
// act while a spotlight is on, so the board keeps its own arrow keys otherwise.

/** The workshop on screen, once it has loaded. */
function docOf(ctx: CommandContext): string | null {
  const docId = ctx.state.activeDocId
  if (ctx.route.name !== 'workshop' || !docId || ctx.state.workshops[docId]?.status !== 'ready') return null
  return docId
}

/** A dialog (a picker, the export) owns Esc and the arrows while it is open. */
function dialogOpen(): boolean {
  return document.querySelector('dialog[open], [role="dialog"]') !== null
}

export function spotlightOn(ctx: CommandContext): string | null {
  const docId = docOf(ctx)
  return docId && presenterView(docId)?.presenter.spotlight && !dialogOpen() ? docId : null
}

export const presenterCommands: readonly Command[] = [
  {
    id: 'presenter.open',
    label: (t) => t('projector.presenter.commands.open'),
    group: 'workshop',
    enabled: (ctx) => docOf(ctx) !== null,
    run: async (ctx) => {
      const docId = docOf(ctx)
      if (docId) await openProjector(docId)
    }
  },
  {
    id: 'presenter.blank',
    label: (t) => t('projector.presenter.commands.blank'),
    group: 'workshop',
    shortcuts: [{ key: 'b' }],
    enabled: (ctx) => docOf(ctx) !== null,
    run: async (ctx) => {
      const docId = docOf(ctx)
      if (docId) await toggleBlank(docId)
    }
  },
  {
    id: 'presenter.freeze',
    label: (t) => t('projector.presenter.commands.freeze'),
    group: 'workshop',
    shortcuts: [{ key: 'f' }],
    enabled: (ctx) => docOf(ctx) !== null,
    run: async (ctx) => {
      const docId = docOf(ctx)
      if (docId) await toggleFreeze(docId)
    }
  },
  {
    id: 'presenter.spotlight',
    label: (t) => t('projector.presenter.commands.spotlight'),
    group: 'workshop',
    shortcuts: [{ key: 's' }],
    enabled: (ctx) => docOf(ctx) !== null,
    run: async (ctx) => {
      const docId = docOf(ctx)
      if (docId) await spotlightFocused(docId)
    }
  },
  {
    id: 'presenter.next',
    label: (t) => t('projector.presenter.commands.next'),
    group: 'workshop',
    shortcuts: [{ key: 'ArrowRight' }, { key: 'ArrowDown' }],
    enabled: (ctx) => spotlightOn(ctx) !== null,
    run: async (ctx) => {
      const docId = spotlightOn(ctx)
      if (docId) await step(docId, 1)
    }
  },
  {
    id: 'presenter.previous',
    label: (t) => t('projector.presenter.commands.previous'),
    group: 'workshop',
    shortcuts: [{ key: 'ArrowLeft' }, { key: 'ArrowUp' }],
    enabled: (ctx) => spotlightOn(ctx) !== null,
    run: async (ctx) => {
      const docId = spotlightOn(ctx)
      if (docId) await step(docId, -1)
    }
  },
  {
    id: 'presenter.endSpotlight',
    label: (t) => t('projector.presenter.commands.endSpotlight'),
    group: 'workshop',
    shortcuts: [{ key: 'Escape' }],
    enabled: (ctx) => spotlightOn(ctx) !== null,
    run: async (ctx) => {
      const docId = spotlightOn(ctx)
      if (docId) await endSpotlight(docId)
    }
  }
]
