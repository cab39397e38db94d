import { z } from 'zod'
import { Spotlight, ProjectorView } from '../../projector/schema.ts'
import { method } from '../define.ts'

// The room's screen. Its content is a read model selected on the core (shared/projector); these
// methods are the facilitator's: a preview of what the room sees, the presenter controls (blank,
// freeze, spotlight) and opening the screen itself. The projector page only ever receives
// 'projector' events and may call nothing but 'projector.view'.

const Scope = { docId: z.string() }

export const ProjectorScreens = z.object({
  /** Projector screens showing this workshop now (windows or browser pages). */
  screens: z.number().int().min(0),
  /** Electron: whether the app's own projector window is open for it. */
  window: z.boolean()
})
export type ProjectorScreens = z.infer<typeof ProjectorScreens>

export const projectorMethods = {
  'projector.view': method(
    z.object(Scope),
    ProjectorView,
    'What the room sees now (the frozen picture while frozen): the facilitator\'s preview, and the projector\'s first view.'
  ),
  'projector.setPresenter': method(
    z.object({ ...Scope, blank: z.boolean().optional(), frozen: z.boolean().optional(), spotlight: Spotlight.nullable().optional() }),
    ProjectorView,
    'Blank the screen, freeze it, or put one note or cluster in the spotlight (null ends it). Not an undo step; not saved.'
  ),
  'projector.step': method(
    z.object({ ...Scope, direction: z.union([z.literal(1), z.literal(-1)]) }),
    ProjectorView,
    'Move the spotlight to the next (1) or previous (-1) note or cluster in wall order.'
  ),
  'projector.url': method(
    z.object(Scope),
    z.object({ url: z.string() }),
    'Browser mode: the projector address, with its own read-only key, for any browser on this computer.'
  ),
  'projector.open': method(
    z.object({ ...Scope, displayId: z.number().int().optional() }),
    ProjectorScreens,
    'Electron: open the projector window, fullscreen on the external display (or the one given).'
  ),
  'projector.close': method(z.object(Scope), ProjectorScreens, 'Electron: close the projector window of this workshop.'),
  'projector.status': method(z.object(Scope), ProjectorScreens, 'How many projector screens show this workshop.')
} as const
