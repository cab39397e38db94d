import { z } from 'zod'
import { Cluster, Countermeasure, Meeting, Note, Phase, Question, Sticky, Vote, type Proposal } from '../domain/entities.ts'
import type { WorkshopData } from '../domain/interchange.ts'
import { lexicalPlainText, lexicalText, parseLexical, replaceInLexical } from '../text/pii-lexical.ts'

/**
 * One meeting's own rows: what its summary is made from and what an approved version stores, so
 * the report can print the meeting as it was approved. Proposals are not here: they belong to the
 * whole workshop and the report reads them live.
 */
export const MeetingRows = z.object({
  meeting: Meeting,
  phases: z.array(Phase),
  stickies: z.array(Sticky),
  clusters: z.array(Cluster),
  votes: z.array(Vote),
  countermeasures: z.array(Countermeasure),
  notes: z.array(Note),
  questions: z.array(Question)
})
export type MeetingRows = z.infer<typeof MeetingRows>

/** The meeting's rows as they are now; only notes on the board count (not the inbox, not removed). */
export function meetingRowsOf(data: WorkshopData, meetingId: string): MeetingRows {
  const meeting = data.meetings.find((m) => m.id === meetingId)
  if (!meeting) throw new Error(`no meeting with id "${meetingId}"`)
  const phases = data.phases.filter((p) => p.meetingId === meetingId)
  const phaseIds = new Set(phases.map((p) => p.id))
  const stickies = data.stickies.filter((s) => phaseIds.has(s.phaseId) && s.status === 'board')
  const clusters = data.clusters.filter((c) => phaseIds.has(c.phaseId))
  const targets = new Set([...stickies.map((s) => s.id), ...clusters.map((c) => c.id)])
  return {
    meeting,
    phases,
    stickies,
    clusters,
    votes: data.votes.filter((v) => phaseIds.has(v.phaseId) && targets.has(v.targetId)),
    countermeasures: data.countermeasures.filter((c) => targets.has(c.stickyId ?? c.clusterId ?? '')),
    notes: data.notes.filter((n) => n.meetingId === meetingId),
    questions: data.questions.filter((q) => q.meetingId === meetingId)
  }
}

/**
 * The proposals a meeting's summary mentions: those grown from one of its themes, and, when the
 * meeting had a step for writing proposals, those that came from no other meeting's theme.
 */
export function proposalsOfMeeting(data: WorkshopData, meetingId: string): Proposal[] {
  const phaseMeeting = new Map(data.phases.map((p) => [p.id, p.meetingId]))
  const clusterMeeting = new Map(data.clusters.map((c) => [c.id, phaseMeeting.get(c.phaseId) ?? null]))
  const hasProposalStep = data.phases.some((p) => p.meetingId === meetingId && p.kind === 'proposals')
  return data.proposals
    .filter((p) => {
      const from = p.sourceClusterId === null ? null : (clusterMeeting.get(p.sourceClusterId) ?? null)
      return from === meetingId || (from === null && hasProposalStep)
    })
    .sort((a, b) => a.position - b.position)
}

function replaceAll(text: string, before: string, after: string): string {
  return before === '' ? text : text.split(before).join(after)
}

/** A note with every occurrence of `before` replaced inside its editor state, formatting kept. */
function correctNote(note: Note, before: string, after: string): Note {
  if (!note.plainText.includes(before) && !note.lexicalJson.includes(before)) return note
  const parsed = note.lexicalJson === '' ? null : parseLexical(note.lexicalJson)
  if (!parsed?.ok) return { ...note, lexicalJson: '', plainText: replaceAll(note.plainText, before, after) }
  const { text } = lexicalText(parsed.state)
  const starts: number[] = []
  for (let at = text.indexOf(before); at >= 0; at = text.indexOf(before, at + before.length)) starts.push(at)
  // Back to front, so earlier positions stay valid while later ones change.
  for (const start of starts.reverse()) replaceInLexical(parsed.state, start, start + before.length, after)
  return { ...note, lexicalJson: JSON.stringify(parsed.state), plainText: lexicalPlainText(parsed.state) }
}

/** Keep a corrected value only while it still fits its field. */
function fit(value: string, original: string, max: number, min = 0): string {
  return value.length <= max && value.trim().length >= min ? value : original
}

/**
 * A correction of the summary's wording that belongs to no single note ("text" corrections):
 * carried into every later version by replacing `before` with `after` wherever the meeting's
 * texts hold it. Pure; the live workshop is not touched.
 */
export function correctText(rows: MeetingRows, before: string, after: string): MeetingRows {
  if (before === '') return rows
  const r = (text: string, max: number, min = 0): string => fit(replaceAll(text, before, after), text, max, min)
  return {
    ...rows,
    meeting: { ...rows.meeting, title: r(rows.meeting.title, 200), place: r(rows.meeting.place, 500) },
    phases: rows.phases.map((p) => ({ ...p, title: r(p.title, 200), prompt: r(p.prompt, 20_000) })),
    stickies: rows.stickies.map((s) => ({ ...s, text: r(s.text, 2_000, 1) })),
    clusters: rows.clusters.map((c) => ({ ...c, title: r(c.title, 200) })),
    countermeasures: rows.countermeasures.map((c) => ({ ...c, text: r(c.text, 2_000, 1), owner: r(c.owner, 500), due: r(c.due, 500) })),
    notes: rows.notes.map((n) => correctNote(n, before, after)),
    questions: rows.questions.map((q) => ({ ...q, text: r(q.text, 2_000, 1) }))
  }
}

/** Every text of the meeting a summary can print (to check that a wording correction has something to correct). */
export function meetingTexts(rows: MeetingRows): string[] {
  return [
    rows.meeting.title,
    rows.meeting.place,
    ...rows.phases.flatMap((p) => [p.title, p.prompt]),
    ...rows.stickies.map((s) => s.text),
    ...rows.clusters.map((c) => c.title),
    ...rows.countermeasures.flatMap((c) => [c.text, c.owner, c.due]),
    ...rows.notes.map((n) => n.plainText),
    ...rows.questions.map((q) => q.text)
  ]
}

/** The workshop with the meeting's live rows swapped for `rows` (e.g. an approved version's). */
export function replaceMeetingRows(data: WorkshopData, rows: MeetingRows): WorkshopData {
  const meetingId = rows.meeting.id
  const livePhases = new Set(data.phases.filter((p) => p.meetingId === meetingId).map((p) => p.id))
  const gone = <T extends { id: string }>(list: readonly T[]): Set<string> => new Set(list.map((x) => x.id))
  const phaseIds = new Set([...livePhases, ...rows.phases.map((p) => p.id)])
  const stickyIds = new Set([...data.stickies.filter((s) => phaseIds.has(s.phaseId)).map((s) => s.id), ...gone(rows.stickies)])
  const clusterIds = new Set([...data.clusters.filter((c) => phaseIds.has(c.phaseId)).map((c) => c.id), ...gone(rows.clusters)])
  const cmIds = gone(rows.countermeasures)
  const noteIds = gone(rows.notes)
  const questionIds = gone(rows.questions)
  const voteIds = gone(rows.votes)
  return {
    ...data,
    phases: [...data.phases.filter((p) => !phaseIds.has(p.id)), ...rows.phases],
    stickies: [...data.stickies.filter((s) => !stickyIds.has(s.id)), ...rows.stickies],
    clusters: [...data.clusters.filter((c) => !clusterIds.has(c.id)), ...rows.clusters],
    votes: [...data.votes.filter((v) => !phaseIds.has(v.phaseId) && !voteIds.has(v.id)), ...rows.votes],
    countermeasures: [
      ...data.countermeasures.filter((c) => !cmIds.has(c.id) && !stickyIds.has(c.stickyId ?? '') && !clusterIds.has(c.clusterId ?? '')),
      ...rows.countermeasures
    ],
    notes: [...data.notes.filter((n) => n.meetingId !== meetingId && !noteIds.has(n.id)), ...rows.notes],
    questions: [...data.questions.filter((q) => q.meetingId !== meetingId && !questionIds.has(q.id)), ...rows.questions]
  }
}
