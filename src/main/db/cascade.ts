import type { EntityName } from '../../shared/domain/entities.ts'

/**
 * What happens to dependent rows when a row is removed. SQLite's own ON DELETE actions are only a
 * backstop: doing it here means every removed or detached row is captured for undo and events.
 */
export interface Dependent {
  readonly entity: EntityName
  readonly field: string
  readonly action: 'delete' | 'null' | 'pull'
  /** Extra equality conditions, for polymorphic links such as votes on notes or clusters. */
  readonly where?: Readonly<Record<string, string>>
}

export const DEPENDENTS: Partial<Record<EntityName, readonly Dependent[]>> = {
  meeting: [
    { entity: 'phase', field: 'meetingId', action: 'delete' },
    { entity: 'note', field: 'meetingId', action: 'delete' },
    { entity: 'question', field: 'meetingId', action: 'delete' },
    { entity: 'summary', field: 'meetingId', action: 'delete' }
  ],
  phase: [
    { entity: 'sticky', field: 'phaseId', action: 'delete' },
    { entity: 'cluster', field: 'phaseId', action: 'delete' },
    { entity: 'vote', field: 'phaseId', action: 'delete' },
    { entity: 'note', field: 'phaseId', action: 'delete' }
  ],
  cluster: [
    { entity: 'sticky', field: 'clusterId', action: 'null' },
    { entity: 'countermeasure', field: 'clusterId', action: 'delete' },
    { entity: 'vote', field: 'targetId', action: 'delete', where: { targetType: 'cluster' } },
    { entity: 'proposal', field: 'sourceClusterId', action: 'null' },
    { entity: 'effectRow', field: 'sourceId', action: 'null', where: { sourceType: 'cluster' } }
  ],
  sticky: [
    { entity: 'countermeasure', field: 'stickyId', action: 'delete' },
    { entity: 'vote', field: 'targetId', action: 'delete', where: { targetType: 'sticky' } }
  ],
  countermeasure: [{ entity: 'effectRow', field: 'sourceId', action: 'null', where: { sourceType: 'countermeasure' } }],
  proposal: [
    { entity: 'response', field: 'proposalId', action: 'delete' },
    { entity: 'effectRow', field: 'sourceId', action: 'null', where: { sourceType: 'proposal' } }
  ],
  body: [
    { entity: 'response', field: 'bodyId', action: 'delete' },
    { entity: 'effectRow', field: 'responsibleIds', action: 'pull' },
    { entity: 'proposal', field: 'receiverIds', action: 'pull' }
  ],
  summary: [{ entity: 'correction', field: 'summaryId', action: 'delete' }]
}
