import { ApiError } from '../../../shared/api/errors.ts'
import type { projectorMethods } from '../../../shared/api/methods/projector.ts'
import type { CoreContext, Handlers } from '../context.ts'

// The projector's state lives in the hub (projector-hub.ts), in memory per open workshop: none of
// these calls writes to the file, so none is an undo step.

function screens(ctx: CoreContext, docId: string): { screens: number; window: boolean } {
  return { screens: ctx.projector.screens(docId), window: ctx.services.projectorWindowOpen?.(docId) ?? false }
}

export const projectorHandlers: Handlers<keyof typeof projectorMethods> = {
  'projector.view': (input, ctx) => ctx.projector.view(input.docId),

  'projector.setPresenter': (input, ctx) => {
    const { docId, ...patch } = input
    return ctx.projector.setPresenter(
      docId,
      Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
    )
  },

  'projector.step': (input, ctx) => ctx.projector.step(input.docId, input.direction),

  'projector.url': (input, ctx) => {
    ctx.docs.get(input.docId)
    if (!ctx.services.projectorUrl) {
      throw new ApiError(
        'not_found',
        ctx.host === 'electron'
          ? 'the projector has no address in the app: open its window instead (projector.open)'
          : 'the projector address exists only while Medskapa runs in the browser (npm start)'
      )
    }
    return { url: ctx.services.projectorUrl(input.docId) }
  },

  'projector.open': (input, ctx) => {
    ctx.docs.get(input.docId)
    if (!ctx.services.openProjectorWindow) {
      throw new ApiError('not_found', 'only the app opens a projector window; in the browser, open the projector address (projector.url)')
    }
    ctx.services.openProjectorWindow(input.docId, input.displayId)
    return screens(ctx, input.docId)
  },

  'projector.close': (input, ctx) => {
    ctx.services.closeProjectorWindow?.(input.docId)
    return screens(ctx, input.docId)
  },

  'projector.status': (input, ctx) => {
    ctx.docs.get(input.docId)
    return screens(ctx, input.docId)
  }
}
