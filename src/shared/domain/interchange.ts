import { z } from 'zod'
import { parseLexical } from '../text/pii-lexical.ts'
import {
  Body,
  Cluster,
  Correction,
  Countermeasure,
  Dismissal,
  EffectRow,
  Feedback,
  KnownName,
  Meeting,
  Note,
  Phase,
  Proposal,
  Question,
  Response,
  Setting,
  Sticky,
  Summary,
  Vote,
  Workshop,
  type EntityName
} from './entities.ts'

export const FORMAT_NAME = 'medskapa-workshop'
export const FORMAT_VERSION = 1

/** Which collection of WorkshopData holds each entity ("workshop" is the single root object). */
export const COLLECTION_OF = {
  workshop: 'workshop',
  body: 'bodies',
  meeting: 'meetings',
  phase: 'phases',
  sticky: 'stickies',
  cluster: 'clusters',
  vote: 'votes',
  countermeasure: 'countermeasures',
  note: 'notes',
  effectRow: 'effectRows',
  proposal: 'proposals',
  response: 'responses',
  feedback: 'feedback',
  knownName: 'knownNames',
  question: 'questions',
  summary: 'summaries',
  correction: 'corrections',
  setting: 'settings',
  dismissal: 'dismissals'
} as const satisfies Record<EntityName, string>

const dataShape = {
  workshop: Workshop,
  bodies: z.array(Body),
  meetings: z.array(Meeting),
  phases: z.array(Phase),
  stickies: z.array(Sticky),
  clusters: z.array(Cluster),
  votes: z.array(Vote),
  countermeasures: z.array(Countermeasure),
  notes: z.array(Note),
  effectRows: z.array(EffectRow),
  proposals: z.array(Proposal),
  responses: z.array(Response),
  feedback: z.array(Feedback),
  knownNames: z.array(KnownName),
  questions: z.array(Question),
  summaries: z.array(Summary),
  corrections: z.array(Correction),
  settings: z.array(Setting),
  dismissals: z.array(Dismissal)
}

type DataShape = { [K in keyof typeof dataShape]: z.infer<(typeof dataShape)[K]> }

/**
 * Cross-references are checked here rather than left to SQLite so an import error names the
 * exact field ("stickies[3].phaseId") instead of a bare FOREIGN KEY failure.
 */
function checkReferences(d: DataShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string): void => {
    ctx.addIssue({ code: 'custom', path, message })
  }
  const ids = (rows: { id: string }[], name: string): Set<string> => {
    const set = new Set<string>()
    rows.forEach((r, i) => {
      if (set.has(r.id)) issue([name, i, 'id'], `duplicate id "${r.id}"`)
      set.add(r.id)
    })
    return set
  }
  const bodies = ids(d.bodies, 'bodies')
  const meetings = ids(d.meetings, 'meetings')
  const phases = ids(d.phases, 'phases')
  const stickies = ids(d.stickies, 'stickies')
  const clusters = ids(d.clusters, 'clusters')
  const proposals = ids(d.proposals, 'proposals')
  const summaries = ids(d.summaries, 'summaries')
  for (const name of ['votes', 'countermeasures', 'notes', 'effectRows', 'responses', 'feedback', 'knownNames', 'questions', 'corrections', 'settings', 'dismissals'] as const) {
    ids(d[name], name)
  }
  const ref = (set: Set<string>, value: string | null, path: (string | number)[], what: string): void => {
    if (value !== null && !set.has(value)) issue(path, `refers to a ${what} that is not in the file ("${value}")`)
  }
  ref(meetings, d.workshop.currentMeetingId, ['workshop', 'currentMeetingId'], 'meeting')
  ref(phases, d.workshop.currentPhaseId, ['workshop', 'currentPhaseId'], 'phase')
  d.phases.forEach((p, i) => ref(meetings, p.meetingId, ['phases', i, 'meetingId'], 'meeting'))
  d.stickies.forEach((s, i) => {
    ref(phases, s.phaseId, ['stickies', i, 'phaseId'], 'phase')
    ref(clusters, s.clusterId, ['stickies', i, 'clusterId'], 'cluster')
  })
  d.clusters.forEach((c, i) => ref(phases, c.phaseId, ['clusters', i, 'phaseId'], 'phase'))
  d.votes.forEach((v, i) => {
    ref(phases, v.phaseId, ['votes', i, 'phaseId'], 'phase')
    ref(v.targetType === 'sticky' ? stickies : clusters, v.targetId, ['votes', i, 'targetId'], v.targetType)
  })
  d.countermeasures.forEach((c, i) => {
    if ((c.stickyId === null) === (c.clusterId === null)) {
      issue(['countermeasures', i, 'stickyId'], 'must be linked to exactly one note or cluster')
    }
    ref(stickies, c.stickyId, ['countermeasures', i, 'stickyId'], 'sticky')
    ref(clusters, c.clusterId, ['countermeasures', i, 'clusterId'], 'cluster')
  })
  d.notes.forEach((n, i) => {
    ref(meetings, n.meetingId, ['notes', i, 'meetingId'], 'meeting')
    ref(phases, n.phaseId, ['notes', i, 'phaseId'], 'phase')
  })
  d.effectRows.forEach((r, i) =>
    r.responsibleIds.forEach((b, j) => ref(bodies, b, ['effectRows', i, 'responsibleIds', j], 'body'))
  )
  d.proposals.forEach((p, i) => {
    p.receiverIds.forEach((b, j) => ref(bodies, b, ['proposals', i, 'receiverIds', j], 'body'))
    ref(clusters, p.sourceClusterId, ['proposals', i, 'sourceClusterId'], 'cluster')
  })
  d.responses.forEach((r, i) => {
    ref(proposals, r.proposalId, ['responses', i, 'proposalId'], 'proposal')
    ref(bodies, r.bodyId, ['responses', i, 'bodyId'], 'body')
  })
  d.questions.forEach((q, i) => ref(meetings, q.meetingId, ['questions', i, 'meetingId'], 'meeting'))
  d.summaries.forEach((s, i) => ref(meetings, s.meetingId, ['summaries', i, 'meetingId'], 'meeting'))
  d.corrections.forEach((c, i) => ref(summaries, c.summaryId, ['corrections', i, 'summaryId'], 'summary'))
}

/**
 * A file's notes obey the rule note.save applies to every note typed in the app: a Lexical state
 * whose links go to http(s) only. Without it an import could bring in a javascript: link that the
 * app itself never lets anyone store.
 */
function checkNotes(d: Pick<DataShape, 'notes'>, ctx: z.RefinementCtx): void {
  d.notes.forEach((n, i) => {
    // An empty note is a note nobody has written in yet; the report and the editor treat it so.
    if (n.lexicalJson === '') return
    const parsed = parseLexical(n.lexicalJson)
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['notes', i, 'lexicalJson'], message: `${parsed.path}: ${parsed.message}` })
  })
}

/** Everything a workshop holds, as the facilitator view loads it. */
export const WorkshopData = z.object(dataShape).superRefine(checkReferences)
export type WorkshopData = z.infer<typeof WorkshopData>

/** The open interchange format: the whole workshop as one JSON document. */
export const WorkshopFile = z
  .object({
    format: z.literal(FORMAT_NAME),
    formatVersion: z.literal(FORMAT_VERSION),
    exportedAt: z.string().datetime({ offset: true }),
    ...dataShape
  })
  .strict()
  .superRefine(checkReferences)
  .superRefine(checkNotes)
export type WorkshopFile = z.infer<typeof WorkshopFile>
