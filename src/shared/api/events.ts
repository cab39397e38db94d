import { z } from 'zod'
import { ENTITY_NAMES, type EntityName, type EntityOf } from '../domain/entities.ts'
import { ProjectorView } from '../projector/schema.ts'
import { ParticipantStatus } from '../participants/schemas.ts'

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable()
})
export type HistoryState = z.infer<typeof HistoryState>

/** One row changed: the new value, or null when it was deleted. */
export type EntityChange = {
  [E in EntityName]: { entity: E; id: string; value: EntityOf<E> | null }
}[EntityName]

const EntityChangeSchema = z.object({
  entity: z.enum(ENTITY_NAMES as [EntityName, ...EntityName[]]),
  id: z.string(),
  value: z.record(z.string(), z.unknown()).nullable()
})

/**
 * Everything a view needs to stay in step: every committed change is broadcast to every open
 * view (windows, projector, phones), which apply it to their cache instead of re-fetching.
 */
export const ApiEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('changes'),
    docId: z.string(),
    seq: z.number().int(),
    changes: z.array(EntityChangeSchema),
    history: HistoryState
  }),
  z.object({ type: z.literal('closed'), docId: z.string() }),
  z.object({ type: z.literal('library') }),
  /** What the room's screen shows now; sent only while a projector watches the workshop. */
  z.object({ type: z.literal('projector'), docId: z.string(), view: ProjectorView }),
  /** The participant server of a workshop started, stopped, changed mode or code, or phones came and went. */
  z.object({ type: z.literal('participants'), docId: z.string(), status: ParticipantStatus })
])
export type ApiEvent =
  | { type: 'changes'; docId: string; seq: number; changes: EntityChange[]; history: HistoryState }
  | { type: 'closed'; docId: string }
  | { type: 'library' }
  | { type: 'projector'; docId: string; view: ProjectorView }
  | { type: 'participants'; docId: string; status: ParticipantStatus }
