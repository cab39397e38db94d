import type { RowTarget } from '../../../../shared/summary/corrections.ts'
import type { EntityTables } from '../../store/index.ts'

// What a correction can point at in one meeting, read from the window's cache of the workshop.

export interface Target {
  id: string
  /** The text as it reads now: what the correction replaces. */
  text: string
}

const byPosition = <T extends { position: number }>(a: T, b: T): number => a.position - b.position

/** The rows of one kind that belong to the meeting (proposals belong to the whole workshop). */
export function targetsOf(tables: EntityTables, meetingId: string, type: RowTarget): Target[] {
  const phases = new Set(Object.values(tables.phase).filter((p) => p.meetingId === meetingId).map((p) => p.id))
  const stickies = Object.values(tables.sticky).filter((s) => phases.has(s.phaseId) && s.status === 'board')
  const clusters = Object.values(tables.cluster).filter((c) => phases.has(c.phaseId))
  switch (type) {
    case 'sticky':
      return stickies.sort(byPosition).map((s) => ({ id: s.id, text: s.text }))
    case 'cluster':
      return clusters.sort(byPosition).map((c) => ({ id: c.id, text: c.title }))
    case 'countermeasure': {
      const ids = new Set([...stickies.map((s) => s.id), ...clusters.map((c) => c.id)])
      return Object.values(tables.countermeasure)
        .filter((c) => ids.has(c.stickyId ?? c.clusterId ?? ''))
        .sort(byPosition)
        .map((c) => ({ id: c.id, text: c.text }))
    }
    case 'proposal':
      return Object.values(tables.proposal).sort(byPosition).map((p) => ({ id: p.id, text: p.text }))
    case 'question':
      return Object.values(tables.question)
        .filter((q) => q.meetingId === meetingId)
        .sort(byPosition)
        .map((q) => ({ id: q.id, text: q.text }))
  }
}

export interface NoteChoice {
  /** Empty: the meeting's own note, created when it does not exist yet. */
  id: string
  phaseTitle: string | null
  exists: boolean
}

/** The meeting's notes: its own note first (offered even when empty, to add to), then each step's. */
export function notesOf(tables: EntityTables, meetingId: string): NoteChoice[] {
  const phases = Object.values(tables.phase).filter((p) => p.meetingId === meetingId).sort(byPosition)
  const notes = Object.values(tables.note).filter((n) => n.meetingId === meetingId)
  const own = notes.find((n) => n.phaseId === null)
  const out: NoteChoice[] = [{ id: own?.id ?? '', phaseTitle: null, exists: own !== undefined }]
  for (const p of phases) {
    const n = notes.find((x) => x.phaseId === p.id)
    if (n) out.push({ id: n.id, phaseTitle: p.title, exists: true })
  }
  return out
}

/** A long text shortened for a list: whole words, an ellipsis. */
export function shorten(text: string, max = 70): string {
  const one = text.replace(/\s+/g, ' ').trim()
  if (one.length <= max) return one
  const cut = one.slice(0, max)
  return `${cut.replace(/\s+\S*$/, '') || cut} …`
}
